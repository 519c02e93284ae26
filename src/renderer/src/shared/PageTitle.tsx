import { Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The page's one h1, also used as the window title. */
export function PageTitle({ children }: { children: string }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${children} – ${t('ui.appName')}`;
  }, [children, t]);
  return (
    <Title order={1} mb="lg">
      {children}
    </Title>
  );
}
