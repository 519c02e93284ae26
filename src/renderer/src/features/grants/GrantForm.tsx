import { useTranslation } from 'react-i18next';
import { createGrant, Repository } from '../../../../core/db';
import { todayIso } from '../../../../core/format';
import { grantStatuses, type Funder, type Grant, type GrantStatus } from '../../../../core/schemas';
import { db } from '../../db';
import { notify } from '../../shared/notify';
import {
  centsText,
  checkDates,
  optional,
  readAmounts,
  type Errors,
  type Values,
} from './grantFormModel';
import { RecordForm, type FieldSpec } from './RecordForm';

const textFields = ['programme', 'purpose', 'decisionNumber'] as const;
const dateFields = [
  'decisionDate',
  'periodStart',
  'periodEnd',
  'useBy',
  'interimReportDue',
  'reportDue',
  'applicationDeadline',
] as const;
const amountFields = ['appliedCents', 'grantedCents'] as const;

/**
 * Create or edit a grant: funder, name, programme, purpose, amounts, decision,
 * period and deadlines. A new grant gets its first status (dated today) and its
 * funder's checklist; an existing grant's status changes on the grant page.
 */
export function GrantForm({
  grant,
  funders,
  funderId,
  onClose,
  onDelete,
  onCreated,
}: {
  grant?: Grant;
  funders: Funder[];
  funderId?: string;
  onClose: () => void;
  onDelete?: (grant: Grant) => void;
  onCreated?: (grant: Grant) => void;
}) {
  const { t } = useTranslation();
  const fields: FieldSpec[] = [
    {
      name: 'funderId',
      label: t('grantsPage.grants.funder'),
      kind: 'select',
      required: true,
      data: funders.map((f) => ({ value: f.id, label: f.name })),
    },
    { name: 'name', label: t('grantsPage.grants.name'), required: true },
    { name: 'programme', label: t('grantsPage.grants.programme') },
    ...(grant
      ? []
      : [
          {
            name: 'status',
            label: t('grantsPage.grants.status'),
            kind: 'select' as const,
            required: true,
            data: grantStatuses.map((s) => ({ value: s, label: t(`ui.grants.statuses.${s}`) })),
          },
        ]),
    { name: 'purpose', label: t('grantsPage.grants.purpose'), kind: 'textarea', wide: true },
    {
      name: 'appliedCents',
      label: t('grantsPage.grants.applied'),
      kind: 'money',
      description: t('grantsPage.grants.amountHint'),
    },
    {
      name: 'grantedCents',
      label: t('grantsPage.grants.granted'),
      kind: 'money',
      description: t('grantsPage.grants.amountHint'),
    },
    { name: 'decisionNumber', label: t('grantsPage.grants.decisionNumber') },
    ...dateFields.map((f): FieldSpec => ({
      name: f,
      label: t(`grantsPage.grants.${f}`),
      kind: 'date',
    })),
  ];
  const initial: Values = {
    funderId: grant?.funderId ?? funderId ?? (funders.length === 1 ? funders[0]!.id : ''),
    name: grant?.name ?? '',
    status: 'planned',
    ...Object.fromEntries(textFields.map((f) => [f, grant?.[f] ?? ''])),
    ...Object.fromEntries(dateFields.map((f) => [f, grant?.[f] ?? ''])),
    ...Object.fromEntries(amountFields.map((f) => [f, centsText(grant?.[f])])),
  };
  const save = async (values: Values): Promise<Errors | null> => {
    const { cents, errors: amountErrors } = readAmounts(values, amountFields);
    const errors: Errors = {
      ...checkDates(values, dateFields),
      ...amountErrors,
      ...(optional(values.funderId) ? {} : { funderId: 'required' }),
      ...(optional(values.name) ? {} : { name: 'required' }),
    };
    if (Object.keys(errors).length > 0) return errors;
    const input = {
      funderId: values.funderId!,
      name: values.name!.trim(),
      ...Object.fromEntries(textFields.map((f) => [f, optional(values[f])])),
      ...Object.fromEntries(dateFields.map((f) => [f, optional(values[f])])),
      ...cents,
    };
    if (grant) {
      await new Repository(db, 'grants').update(grant.id, input);
      notify(t, { color: 'teal', message: t('grantsPage.common.saved', { name: input.name }) });
      onClose();
    } else {
      const created = await createGrant(
        db,
        { ...input, status: values.status as GrantStatus },
        todayIso(),
      );
      notify(t, { color: 'teal', message: t('grantsPage.common.created', { name: input.name }) });
      onClose();
      onCreated?.(created);
    }
    return null;
  };
  return (
    <RecordForm
      fields={fields}
      initial={initial}
      save={save}
      onCancel={onClose}
      onDelete={grant && onDelete ? () => onDelete(grant) : undefined}
    />
  );
}
