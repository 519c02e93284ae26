import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Edit" in a row of a grant's table, named for the row it opens. */
export function EditRowButton({ label, onClick }: { label: string; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button
      size="compact-md"
      variant="subtle"
      aria-haspopup="dialog"
      aria-label={`${t('grantsPage.common.edit')}: ${label}`}
      onClick={onClick}
    >
      {t('grantsPage.common.edit')}
    </Button>
  );
}
