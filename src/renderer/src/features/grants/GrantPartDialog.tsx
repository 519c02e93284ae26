import { useTranslation } from 'react-i18next';
import type { GrantPageData } from '../../../../core/db';
import type { Funder, GrantBudgetLine, GrantExpense, GrantPayment } from '../../../../core/schemas';
import { AppModal } from '../../shared/AppModal';
import { GrantForm } from './GrantForm';
import { BudgetLineForm, ExpenseForm, PaymentForm, StatusChangeForm } from './GrantRecordForms';
import { useGrantPageText } from './useGrantPageText';
import { useGrantPartTrash } from './useGrantPartTrash';

/** Which dialog of the grant page is open, and on which row. */
export type GrantPartDialogState =
  | { kind: 'details' }
  | { kind: 'status' }
  | { kind: 'payment'; payment?: GrantPayment }
  | { kind: 'line'; line?: GrantBudgetLine }
  | { kind: 'expense'; expense: GrantExpense };

/** Where the focus goes when a dialog closed and its opener is gone (the row was deleted). */
const fallbackFocus: Record<GrantPartDialogState['kind'], string> = {
  details: 'grant-edit-details',
  status: 'grant-change-status',
  payment: 'grant-add-payment',
  line: 'grant-add-line',
  expense: 'grant-expenses-title',
};

type Props = {
  dialog: GrantPartDialogState | null;
  opened: boolean;
  data: GrantPageData;
  funders: Funder[];
  onClose: () => void;
  /** After the closing animation: the dialog is forgotten. */
  onClosed: () => void;
};

/** The grant page's one dialog: details, status change, a payment, budget line or expense. */
export function GrantPartDialog({ dialog, opened, data, funders, onClose, onClosed }: Props) {
  const { t } = useTranslation();
  const { expenseLabel, paymentLabel } = useGrantPageText();
  const { trash, removeLine } = useGrantPartTrash(onClose);
  const { grant } = data;
  const afterClose = () => {
    const kind = dialog?.kind;
    onClosed();
    window.setTimeout(() => {
      const active = document.activeElement;
      if (kind && (!active || active === document.body || !active.isConnected)) {
        document.getElementById(fallbackFocus[kind])?.focus();
      }
    }, 0);
  };
  const title = !dialog
    ? ''
    : dialog.kind === 'details'
      ? t('grantsPage.grants.editTitle')
      : dialog.kind === 'status'
        ? t('grantsPage.status.changeTitle')
        : dialog.kind === 'payment'
          ? t(dialog.payment ? 'grantsPage.payments.editTitle' : 'grantsPage.payments.addTitle')
          : dialog.kind === 'line'
            ? t(dialog.line ? 'grantsPage.lines.editTitle' : 'grantsPage.lines.addTitle')
            : t('grantsPage.expenses.editTitle');
  return (
    <AppModal
      size={dialog?.kind === 'details' ? 'xl' : 'lg'}
      opened={opened}
      onClose={onClose}
      onClosed={afterClose}
      title={title}
    >
      {dialog?.kind === 'details' && (
        <GrantForm grant={grant} funders={funders} onClose={onClose} />
      )}
      {dialog?.kind === 'status' && <StatusChangeForm grant={grant} onClose={onClose} />}
      {dialog?.kind === 'payment' && (
        <PaymentForm
          grantId={grant.id}
          payment={dialog.payment}
          onClose={onClose}
          onDelete={(p) => void trash('grantPayments', p.id, paymentLabel(p))}
        />
      )}
      {dialog?.kind === 'line' && (
        <BudgetLineForm
          grantId={grant.id}
          line={dialog.line}
          position={data.lines.length}
          onClose={onClose}
          onDelete={(l) => void removeLine(l)}
        />
      )}
      {dialog?.kind === 'expense' && (
        <ExpenseForm
          grantId={grant.id}
          lines={data.lines}
          expense={dialog.expense}
          onClose={onClose}
          onDelete={(e) => void trash('grantExpenses', e.id, expenseLabel(e))}
        />
      )}
    </AppModal>
  );
}
