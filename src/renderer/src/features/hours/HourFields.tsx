import { NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { hourKinds } from '../../../../core/schemas';
import { DateField } from '../../shared/DateField';
import { useOptionsWhileOpen } from '../../shared/useOptionsWhileOpen';
import { DurationInput } from './DurationInput';
import type { HourFormValues } from './hourFormModel';

type Option = { value: string; label: string };

type Props = {
  form: UseFormReturnType<HourFormValues>;
  people: Option[];
  activities: Option[];
  /**
   * In the correction dialog: two columns and the first field to change takes
   * the focus. On the Hours page: three columns and a placeholder for the person.
   */
  inDialog?: boolean;
  personInputId?: string;
  /**
   * An entry logged with a meeting: its person, activity and day are the
   * meeting's, shown but not changed here, and the duration takes the focus.
   */
  fromSession?: boolean;
  /** A new entry takes the kind of work from the activity chosen. */
  onActivity?: (activityId: string | null) => void;
};

/** The fields of one hour entry, the same in the quick form and in the correction dialog. */
export function HourFields({
  form,
  people,
  activities,
  inDialog,
  personInputId,
  fromSession,
  onActivity,
}: Props) {
  const { t } = useTranslation();
  const activityProps = form.getInputProps('activityId');
  const personProps = form.getInputProps('personId');
  const personOptions = useOptionsWhileOpen(people, personProps.value as string | null);
  return (
    <SimpleGrid cols={inDialog ? { base: 1, sm: 2 } : { base: 1, md: 3 }} spacing="md">
      <Select
        id={personInputId}
        label={t('ui.hourForm.person')}
        placeholder={inDialog ? undefined : t('ui.hourForm.personPlaceholder')}
        searchable
        limit={50}
        required
        disabled={fromSession}
        data-autofocus={inDialog && !fromSession ? true : undefined}
        {...personProps}
        {...personOptions}
      />
      <Select
        label={t('ui.hourForm.activity')}
        data={activities}
        searchable
        clearable
        disabled={fromSession}
        {...activityProps}
        onChange={(value) => {
          form.setFieldValue('activityId', value);
          onActivity?.(value);
        }}
      />
      <DateField
        label={t('ui.hourForm.date')}
        required
        disabled={fromSession}
        {...form.getInputProps('date')}
      />
      <DurationInput
        label={t('ui.hourForm.duration')}
        hint={t('ui.hourForm.durationHint')}
        required
        data-autofocus={inDialog && fromSession ? true : undefined}
        {...form.getInputProps('duration')}
      />
      <Select
        label={t('ui.hourForm.kind')}
        data={hourKinds.map((k) => ({ value: k, label: t(`ui.hours.kinds.${k}`) }))}
        allowDeselect={false}
        {...form.getInputProps('kind')}
      />
      <NumberInput
        label={t('ui.hourForm.participants')}
        min={0}
        allowDecimal={false}
        {...form.getInputProps('participants')}
      />
      <TextInput label={t('ui.hourForm.note')} {...form.getInputProps('note')} />
    </SimpleGrid>
  );
}
