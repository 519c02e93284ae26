import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { saveIndicatorValue } from '../../../../core/db';
import { todayIso } from '../../../../core/format';
import {
  indicatorFormValues,
  readIndicatorForm,
  type IndicatorFormErrors,
  type IndicatorFormValues,
} from '../../../../core/impact';
import { indicatorKinds, provenances, type Activity } from '../../../../core/schemas';
import { db } from '../../db';
import { DateField } from '../../shared/DateField';
import { notify } from '../../shared/notify';
import { looseT } from '../grants/RecordForm';
import { FormFooter } from '../../shared/FormFooter';
import { RecordFormFrame } from '../../shared/RecordFormFrame';
import { useRecordFormState } from '../../shared/useRecordFormState';

/** The order the fields take the focus in when one of them is wrong. */
const order: (keyof IndicatorFormValues)[] = [
  'name',
  'kind',
  'from',
  'to',
  'before',
  'value',
  'provenance',
  'note',
];

/** Enter one measurement of an indicator: a count or a value before and after, with its provenance. */
export function IndicatorValueForm({
  activities,
  names,
  onClose,
}: {
  activities: Activity[];
  /** Names already used, offered so the same indicator keeps one name. */
  names: string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const tl = looseT(t);
  const { values, errors, setErrors, refusal, setRefusal, saving, id, set, focus, saveWith } =
    useRecordFormState<IndicatorFormValues, IndicatorFormErrors>(() => {
      const today = todayIso();
      return indicatorFormValues(`${today.slice(0, 4)}-01-01`, today);
    });
  const err = (name: keyof IndicatorFormValues) =>
    errors[name] ? tl(`indicators.errors.${errors[name]}`) : undefined;

  const submit = async () => {
    const read = readIndicatorForm(values);
    if (!read.ok) {
      setErrors(read.errors);
      const first = order.find((f) => read.errors[f]);
      if (first) focus(id(first));
      return;
    }
    setErrors({});
    await saveWith(
      async () => {
        const result = await saveIndicatorValue(db, read.input);
        if (!result.ok) {
          setRefusal(tl(`feedback.errors.${result.code}`, result.params));
          return;
        }
        notify(t, { color: 'teal', message: t('indicators.page.saved') });
        onClose();
      },
      (error) => t('feedback.errors.saveFailed', { error }),
    );
  };

  const listId = id('names');
  return (
    <RecordFormFrame onSubmit={() => void submit()}>
      <TextInput
        id={id('name')}
        data-autofocus
        required
        list={listId}
        label={t('indicators.form.name')}
        description={t('indicators.form.nameHelp')}
        value={values.name}
        onChange={(e) => set('name', e.currentTarget.value)}
        error={err('name')}
      />
      <datalist id={listId}>
        {names.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="md">
        <NativeSelect
          id={id('kind')}
          required
          label={t('indicators.form.kind')}
          value={values.kind}
          onChange={(e) => set('kind', e.currentTarget.value)}
          error={err('kind')}
          data={indicatorKinds.map((k) => ({ value: k, label: t(`indicators.kinds.${k}`) }))}
        />
        <NativeSelect
          id={id('activityId')}
          label={t('indicators.form.activity')}
          value={values.activityId}
          onChange={(e) => set('activityId', e.currentTarget.value)}
          data={[
            { value: '', label: t('impactPage.none') },
            ...activities.filter((a) => !a.deletedAt).map((a) => ({ value: a.id, label: a.name })),
          ]}
        />
        <DateField
          id={id('from')}
          required
          label={t('indicators.form.from')}
          value={values.from}
          onChange={(v) => set('from', v)}
          error={err('from')}
        />
        <DateField
          id={id('to')}
          required
          label={t('indicators.form.to')}
          value={values.to}
          onChange={(v) => set('to', v)}
          error={err('to')}
        />
        {values.kind === 'beforeAfter' && (
          <TextInput
            id={id('before')}
            required
            inputMode="decimal"
            label={t('indicators.form.before')}
            value={values.before}
            onChange={(e) => set('before', e.currentTarget.value)}
            error={err('before')}
          />
        )}
        <TextInput
          id={id('value')}
          required
          inputMode="decimal"
          label={t(
            values.kind === 'beforeAfter' ? 'indicators.form.after' : 'indicators.form.value',
          )}
          value={values.value}
          onChange={(e) => set('value', e.currentTarget.value)}
          error={err('value')}
        />
        <NativeSelect
          id={id('provenance')}
          required
          label={t('indicators.form.provenance')}
          value={values.provenance}
          onChange={(e) => set('provenance', e.currentTarget.value)}
          error={err('provenance')}
          data={provenances.map((p) => ({ value: p, label: t(`feedback.provenances.${p}`) }))}
        />
      </SimpleGrid>
      <TextInput
        id={id('note')}
        mt="md"
        label={t('indicators.form.note')}
        value={values.note}
        onChange={(e) => set('note', e.currentTarget.value)}
        error={err('note')}
      />
      <FormFooter
        fixErrors={Object.keys(errors).length > 0 ? t('indicators.form.fixErrors') : null}
        refusal={refusal}
        saving={saving}
        saveLabel={t('indicators.form.save')}
        cancelLabel={t('indicators.form.cancel')}
        onCancel={onClose}
      />
    </RecordFormFrame>
  );
}
