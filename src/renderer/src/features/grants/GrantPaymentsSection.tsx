import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GrantPayment } from '../../../../core/schemas';
import { PagedTable } from '../../shared/PagedTable';
import { EditRowButton } from './EditRowButton';
import { GrantSection } from './GrantSection';
import { useGrantPageText } from './useGrantPageText';

type Props = {
  payments: GrantPayment[];
  paidCents: number;
  onAdd: () => void;
  onEdit: (payment: GrantPayment) => void;
};

/** The payments the funder made, their total, and "Add payment". */
export function GrantPaymentsSection({ payments, paidCents, onAdd, onEdit }: Props) {
  const { t } = useTranslation();
  const { money, date, paymentLabel } = useGrantPageText();
  return (
    <GrantSection title={t('grantsPage.payments.title')} id="grant-payments-title">
      <PagedTable
        caption={t('grantsPage.payments.title')}
        rows={payments}
        rowKey={(p) => p.id}
        columns={[
          { key: 'date', header: t('grantsPage.payments.date'), cell: (p) => date(p.date) },
          {
            key: 'amount',
            header: t('grantsPage.payments.amount'),
            numeric: true,
            cell: (p) => money(p.amountCents),
          },
          {
            key: 'note',
            header: t('grantsPage.payments.note'),
            cell: (p) => p.note ?? t('ui.common.none'),
          },
          {
            key: 'edit',
            header: t('grantsPage.common.actions'),
            cell: (p) => <EditRowButton label={paymentLabel(p)} onClick={() => onEdit(p)} />,
          },
        ]}
      />
      <Group mt="md" justify="space-between">
        <Text>
          {t('grantsPage.payments.total')}: <strong>{money(paidCents)}</strong>
        </Text>
        <Button id="grant-add-payment" variant="outline" aria-haspopup="dialog" onClick={onAdd}>
          {t('grantsPage.payments.add')}
        </Button>
      </Group>
    </GrantSection>
  );
}
