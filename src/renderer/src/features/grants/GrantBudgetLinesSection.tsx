import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GrantBudgetLine } from '../../../../core/schemas';
import { PagedTable } from '../../shared/PagedTable';
import { EditRowButton } from './EditRowButton';
import { GrantSection } from './GrantSection';
import { useGrantPageText } from './useGrantPageText';

type Props = {
  lines: GrantBudgetLine[];
  onAdd: () => void;
  onEdit: (line: GrantBudgetLine) => void;
};

/** The budget lines with their budget and own funding, and "Add line". */
export function GrantBudgetLinesSection({ lines, onAdd, onEdit }: Props) {
  const { t } = useTranslation();
  const { money } = useGrantPageText();
  return (
    <GrantSection title={t('grantsPage.lines.title')} id="grant-lines-title">
      {lines.length === 0 && <Text mb="sm">{t('grantsPage.lines.empty')}</Text>}
      <PagedTable
        caption={t('grantsPage.lines.title')}
        rows={lines}
        rowKey={(l) => l.id}
        columns={[
          { key: 'name', header: t('grantsPage.lines.name'), cell: (l) => l.name },
          {
            key: 'budget',
            header: t('grantsPage.lines.budget'),
            numeric: true,
            cell: (l) => money(l.budgetCents),
          },
          {
            key: 'own',
            header: t('grantsPage.lines.ownFunding'),
            numeric: true,
            cell: (l) => money(l.ownFundingCents),
          },
          {
            key: 'edit',
            header: t('grantsPage.common.actions'),
            cell: (l) => <EditRowButton label={l.name} onClick={() => onEdit(l)} />,
          },
        ]}
      />
      <Button id="grant-add-line" mt="md" variant="outline" aria-haspopup="dialog" onClick={onAdd}>
        {t('grantsPage.lines.add')}
      </Button>
    </GrantSection>
  );
}
