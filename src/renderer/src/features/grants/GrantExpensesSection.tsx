import { Alert, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GrantPageData } from '../../../../core/db';
import type { GrantExpense } from '../../../../core/schemas';
import { PagedTable } from '../../shared/PagedTable';
import { EditRowButton } from './EditRowButton';
import { GrantExpenseImportSlot } from './GrantPageSlots';
import { ExpenseForm } from './GrantRecordForms';
import { GrantSection } from './GrantSection';
import { useGrantPageText } from './useGrantPageText';

type Props = { data: GrantPageData; onEdit: (expense: GrantExpense) => void };

/** A quick expense form, the import, and the expenses (those outside the period marked). */
export function GrantExpensesSection({ data, onEdit }: Props) {
  const { t } = useTranslation();
  const { money, date, expenseLabel } = useGrantPageText();
  const { grant, budget } = data;
  const lineNames = new Map(data.lines.map((l) => [l.id, l.name]));
  return (
    <GrantSection title={t('grantsPage.expenses.title')} id="grant-expenses-title">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">
          {t('grantsPage.expenses.addTitle')}
        </Title>
        <GrantExpenseImportSlot grantId={grant.id} />
      </Group>
      {data.lines.length === 0 ? (
        <Text mb="md">{t('grantsPage.expenses.needLine')}</Text>
      ) : (
        <ExpenseForm
          key={data.lines.map((l) => l.id).join()}
          grantId={grant.id}
          lines={data.lines}
        />
      )}
      {budget.outsidePeriod.length > 0 && (
        <Alert mt="md" color="yellow" role="status">
          {t('grantsPage.expenses.outsideWarning', { count: budget.outsidePeriod.length })}
        </Alert>
      )}
      <Stack mt="md">
        <PagedTable
          caption={t('grantsPage.expenses.title')}
          rows={data.expenses}
          rowKey={(e) => e.id}
          columns={[
            {
              key: 'date',
              header: t('grantsPage.expenses.date'),
              cell: (e) => (
                <>
                  {date(e.date)}
                  {data.outsideIds.has(e.id) && (
                    <Badge ml="xs" color="yellow" c="dark" variant="light">
                      {t('grantsPage.expenses.outside')}
                    </Badge>
                  )}
                </>
              ),
            },
            {
              key: 'amount',
              header: t('grantsPage.expenses.amount'),
              numeric: true,
              cell: (e) => money(e.amountCents),
            },
            {
              key: 'line',
              header: t('grantsPage.expenses.line'),
              cell: (e) => lineNames.get(e.budgetLineId) ?? t('ui.common.none'),
            },
            {
              key: 'payee',
              header: t('grantsPage.expenses.payee'),
              cell: (e) => e.payee ?? t('ui.common.none'),
            },
            {
              key: 'receipt',
              header: t('grantsPage.expenses.receiptRef'),
              cell: (e) => e.receiptRef ?? t('ui.common.none'),
            },
            {
              key: 'note',
              header: t('grantsPage.expenses.note'),
              cell: (e) => e.note ?? t('ui.common.none'),
            },
            {
              key: 'edit',
              header: t('grantsPage.common.actions'),
              cell: (e) => <EditRowButton label={expenseLabel(e)} onClick={() => onEdit(e)} />,
            },
          ]}
        />
      </Stack>
    </GrantSection>
  );
}
