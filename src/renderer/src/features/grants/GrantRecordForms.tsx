import { useTranslation } from 'react-i18next';
import { changeGrantStatus, Repository } from '../../../../core/db';
import { nextStatuses } from '../../../../core/grants';
import { todayIso } from '../../../../core/format';
import type {
  Grant,
  GrantBudgetLine,
  GrantExpense,
  GrantPayment,
  GrantStatus,
} from '../../../../core/schemas';
import { db } from '../../db';
import { notify } from '../../shared/notify';
import {
  centsText,
  checkBudgetLine,
  checkDates,
  optional,
  readAmounts,
  type Errors,
  type Values,
} from './grantFormModel';
import { looseT, RecordForm, type FieldSpec } from './RecordForm';
import { useState } from 'react';
import { Alert } from '@mantine/core';

/** Add or edit one payment of the grant. */
export function PaymentForm({
  grantId,
  payment,
  onClose,
  onDelete,
}: {
  grantId: string;
  payment?: GrantPayment;
  onClose: () => void;
  onDelete?: (payment: GrantPayment) => void;
}) {
  const { t } = useTranslation();
  const fields: FieldSpec[] = [
    { name: 'date', label: t('grantsPage.payments.date'), kind: 'date', required: true },
    {
      name: 'amountCents',
      label: t('grantsPage.payments.amount'),
      kind: 'money',
      required: true,
      description: t('grantsPage.grants.amountHint'),
    },
    { name: 'note', label: t('grantsPage.payments.note'), kind: 'textarea', wide: true },
  ];
  const save = async (values: Values): Promise<Errors | null> => {
    const { cents, errors } = readAmounts(values, ['amountCents'], ['amountCents']);
    const all = { ...checkDates(values, ['date'], ['date']), ...errors };
    if (Object.keys(all).length > 0) return all;
    const input = {
      grantId,
      date: values.date!,
      amountCents: cents.amountCents!,
      note: optional(values.note),
    };
    const repo = new Repository(db, 'grantPayments');
    if (payment) await repo.update(payment.id, input);
    else await repo.create(input);
    onClose();
    return null;
  };
  return (
    <RecordForm
      fields={fields}
      initial={{
        date: payment?.date ?? todayIso(),
        amountCents: centsText(payment?.amountCents),
        note: payment?.note ?? '',
      }}
      save={save}
      onCancel={onClose}
      onDelete={payment && onDelete ? () => onDelete(payment) : undefined}
    />
  );
}

/** Add or edit one budget line. Deleting is refused while expenses point to it. */
export function BudgetLineForm({
  grantId,
  line,
  position,
  onClose,
  onDelete,
}: {
  grantId: string;
  line?: GrantBudgetLine;
  /** The place of a new line: after the others. */
  position: number;
  onClose: () => void;
  onDelete?: (line: GrantBudgetLine) => void;
}) {
  const { t } = useTranslation();
  const fields: FieldSpec[] = [
    { name: 'name', label: t('grantsPage.lines.name'), required: true, wide: true },
    {
      name: 'budgetCents',
      label: t('grantsPage.lines.budget'),
      kind: 'money',
      required: true,
      description: t('grantsPage.grants.amountHint'),
    },
    {
      name: 'ownFundingCents',
      label: t('grantsPage.lines.ownFunding'),
      kind: 'money',
      description: t('grantsPage.grants.amountHint'),
    },
  ];
  const save = async (values: Values): Promise<Errors | null> => {
    const { cents, errors } = readAmounts(
      values,
      ['budgetCents', 'ownFundingCents'],
      ['budgetCents'],
    );
    const all = checkBudgetLine(values, cents, errors);
    if (Object.keys(all).length > 0) return all;
    const input = {
      grantId,
      name: values.name!.trim(),
      budgetCents: cents.budgetCents!,
      ownFundingCents: cents.ownFundingCents,
    };
    const repo = new Repository(db, 'grantBudgetLines');
    if (line) await repo.update(line.id, input);
    else await repo.create({ ...input, position });
    onClose();
    return null;
  };
  return (
    <RecordForm
      fields={fields}
      initial={{
        name: line?.name ?? '',
        budgetCents: centsText(line?.budgetCents),
        ownFundingCents: centsText(line?.ownFundingCents),
      }}
      save={save}
      onCancel={onClose}
      onDelete={line && onDelete ? () => onDelete(line) : undefined}
    />
  );
}

/**
 * Add (the form stays on the page, ready for the next one) or edit an expense:
 * date, amount typed as Finnish money, budget line, payee, receipt, note.
 */
export function ExpenseForm({
  grantId,
  lines,
  expense,
  onClose,
  onDelete,
}: {
  grantId: string;
  lines: GrantBudgetLine[];
  expense?: GrantExpense;
  onClose?: () => void;
  onDelete?: (expense: GrantExpense) => void;
}) {
  const { t } = useTranslation();
  const fields: FieldSpec[] = [
    { name: 'date', label: t('grantsPage.expenses.date'), kind: 'date', required: true },
    {
      name: 'amountCents',
      label: t('grantsPage.expenses.amount'),
      kind: 'money',
      required: true,
      description: t('grantsPage.grants.amountHint'),
    },
    {
      name: 'budgetLineId',
      label: t('grantsPage.expenses.line'),
      kind: 'select',
      required: true,
      data: lines.map((l) => ({ value: l.id, label: l.name })),
    },
    { name: 'payee', label: t('grantsPage.expenses.payee') },
    { name: 'receiptRef', label: t('grantsPage.expenses.receiptRef') },
    { name: 'note', label: t('grantsPage.expenses.note') },
  ];
  const save = async (values: Values): Promise<Errors | null> => {
    const { cents, errors } = readAmounts(values, ['amountCents'], ['amountCents'], {
      allowNegative: true,
    });
    const all = {
      ...checkDates(values, ['date'], ['date']),
      ...errors,
      ...(optional(values.budgetLineId) ? {} : { budgetLineId: 'required' }),
    };
    if (Object.keys(all).length > 0) return all;
    const input = {
      grantId,
      date: values.date!,
      amountCents: cents.amountCents!,
      budgetLineId: values.budgetLineId!,
      payee: optional(values.payee),
      receiptRef: optional(values.receiptRef),
      note: optional(values.note),
    };
    const repo = new Repository(db, 'grantExpenses');
    if (expense) await repo.update(expense.id, input);
    else await repo.create(input);
    onClose?.();
    return null;
  };
  return (
    <RecordForm
      fields={fields}
      initial={{
        date: expense?.date ?? todayIso(),
        amountCents: centsText(expense?.amountCents),
        budgetLineId: expense?.budgetLineId ?? (lines.length === 1 ? lines[0]!.id : ''),
        payee: expense?.payee ?? '',
        receiptRef: expense?.receiptRef ?? '',
        note: expense?.note ?? '',
      }}
      save={save}
      onCancel={onClose}
      onDelete={expense && onDelete ? () => onDelete(expense) : undefined}
      submitLabel={expense ? undefined : t('grantsPage.expenses.add')}
    />
  );
}

/** Move the grant to one of the statuses the rule allows next, dated, with a note. */
export function StatusChangeForm({ grant, onClose }: { grant: Grant; onClose: () => void }) {
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [next, setNext] = useState<string>(nextStatuses(grant.status)[0] ?? '');
  const fields: FieldSpec[] = [
    {
      name: 'status',
      label: t('grantsPage.status.newStatus'),
      kind: 'select',
      required: true,
      data: nextStatuses(grant.status).map((s) => ({
        value: s,
        label: t(`ui.grants.statuses.${s}`),
      })),
    },
    { name: 'date', label: t('grantsPage.status.date'), kind: 'date', required: true },
    {
      name: 'note',
      label: t(next === 'rejected' ? 'grantsPage.status.reason' : 'grantsPage.status.note'),
      kind: 'textarea',
      wide: true,
    },
  ];
  const save = async (values: Values): Promise<Errors | null> => {
    const errors = {
      ...checkDates(values, ['date'], ['date']),
      ...(optional(values.status) ? {} : { status: 'required' }),
    };
    if (Object.keys(errors).length > 0) return errors;
    const result = await changeGrantStatus(db, grant.id, {
      status: values.status as GrantStatus,
      date: values.date!,
      note: optional(values.note),
    });
    if (!result.ok) {
      const params = { ...result.params };
      for (const k of ['status', 'from', 'to'] as const) {
        if (typeof params[k] === 'string') params[k] = looseT(t)(`ui.grants.statuses.${params[k]}`);
      }
      setRefusal(looseT(t)(`grants.errors.${result.code}`, params));
      return result.code === 'statusDateBeforePrevious' || result.code === 'invalidDate'
        ? { date: 'date' }
        : { status: 'invalid' };
    }
    setRefusal(null);
    notify(t, {
      color: 'teal',
      message: t('grantsPage.status.changed', {
        status: t(`ui.grants.statuses.${result.change.status}`),
      }),
    });
    onClose();
    return null;
  };
  return (
    <RecordForm
      fields={fields}
      initial={{ status: next, date: todayIso(), note: '' }}
      save={save}
      onCancel={onClose}
      onChange={(name, value) => {
        if (name === 'status') setNext(value);
      }}
    >
      {refusal && (
        <Alert mt="md" color="red" role="alert">
          {refusal}
        </Alert>
      )}
    </RecordForm>
  );
}
