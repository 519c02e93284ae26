import { Loader, type LoaderProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A spinner a screen reader announces: Mantine's Loader is a bare span, and
 * an aria-label on an element without a role is not read (axe:
 * aria-prohibited-attr), so it gets the status role.
 */
export function Loading({ label, ...props }: LoaderProps & { label?: string }) {
  const { t } = useTranslation();
  return <Loader role="status" aria-label={label ?? t('ui.common.loading')} {...props} />;
}
