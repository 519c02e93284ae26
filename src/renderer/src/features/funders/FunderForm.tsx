import { useTranslation } from 'react-i18next';
import { createFunder, Repository } from '../../../../core/db';
import { defaultFunderChecklist } from '../../../../core/grants';
import { funderTypes, type Funder } from '../../../../core/schemas';
import { db } from '../../db';
import { notify } from '../../shared/notify';
import { useLanguage } from '../../shared/useLanguage';
import { optional, type Values } from '../grants/grantFormModel';
import { RecordForm, type FieldSpec } from '../grants/RecordForm';

const textFields = ['contact', 'contactPerson', 'email', 'phone', 'website', 'notes'] as const;

/** Create or edit a funder: name, type, contact fields and the default checklist (one label a line). */
export function FunderForm({
  funder,
  onClose,
  onDelete,
}: {
  funder?: Funder;
  onClose: () => void;
  onDelete?: (funder: Funder) => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const fields: FieldSpec[] = [
    { name: 'name', label: t('grantsPage.funders.name'), required: true },
    {
      name: 'type',
      label: t('grantsPage.funders.type'),
      kind: 'select',
      required: true,
      data: funderTypes.map((type) => ({ value: type, label: t(`grants.funderTypes.${type}`) })),
    },
    { name: 'contact', label: t('grantsPage.funders.contact') },
    { name: 'contactPerson', label: t('grantsPage.funders.contactPerson') },
    { name: 'email', label: t('grantsPage.funders.email') },
    { name: 'phone', label: t('grantsPage.funders.phone') },
    { name: 'website', label: t('grantsPage.funders.website'), wide: true },
    {
      name: 'defaultChecklist',
      label: t('grantsPage.funders.checklist'),
      description: t('grantsPage.funders.checklistHint'),
      kind: 'textarea',
      wide: true,
    },
    { name: 'notes', label: t('grantsPage.funders.notes'), kind: 'textarea', wide: true },
  ];
  const initial: Values = {
    name: funder?.name ?? '',
    type: funder?.type ?? 'municipality',
    ...Object.fromEntries(textFields.map((f) => [f, funder?.[f] ?? ''])),
    defaultChecklist: (funder?.defaultChecklist ?? defaultFunderChecklist(lang)).join('\n'),
  };
  const save = async (values: Values) => {
    const input = {
      name: values.name!.trim(),
      type: values.type as Funder['type'],
      ...Object.fromEntries(textFields.map((f) => [f, optional(values[f])])),
      defaultChecklist: (values.defaultChecklist ?? '')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== ''),
    };
    if (funder) await new Repository(db, 'funders').update(funder.id, input);
    else await createFunder(db, input, lang);
    notify(t, {
      color: 'teal',
      message: t(funder ? 'grantsPage.common.saved' : 'grantsPage.common.created', {
        name: input.name,
      }),
    });
    onClose();
    return null;
  };
  return (
    <RecordForm
      fields={fields}
      initial={initial}
      save={save}
      onCancel={onClose}
      onDelete={funder && onDelete ? () => onDelete(funder) : undefined}
    />
  );
}
