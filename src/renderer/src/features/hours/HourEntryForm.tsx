import {
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { activitiesToLog } from '../../../../core/activities';
import { Repository } from '../../../../core/db';
import { formatMinutes, todayIso } from '../../../../core/format';
import { kindForActivity, parseDuration } from '../../../../core/hours';
import {
  hourKinds,
  isCalendarDate,
  type Activity,
  type HourKind,
  type Person,
} from '../../../../core/schemas';
import { db } from '../../db';
import { useLanguage } from '../../shared/useLanguage';
import { DurationInput, durationError } from './DurationInput';
import { DateField } from '../../shared/DateField';

const PERSON_INPUT_ID = 'hour-form-person';

type Values = {
  personId: string | null;
  activityId: string | null;
  date: string;
  duration: string;
  kind: HourKind;
  participants: number | string;
  note: string;
};

/**
 * The quick form a peer leader uses after a meeting: made for the keyboard.
 * Offers the people and activities given (trash and ended ones left out).
 */
export function HourEntryForm({
  people: register,
  activities: allActivities,
}: {
  people: readonly Person[];
  activities: readonly Activity[];
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  // Sorted once per change of the register, not on every render of the page.
  const people = useMemo(
    () =>
      register
        .filter((p) => !p.deletedAt && !p.anonymisedAt)
        .sort((a, b) => a.fullName.localeCompare(b.fullName, lang))
        .map((p) => ({ value: p.id, label: `${p.fullName} (${p.homeMunicipality})` })),
    [register, lang],
  );
  const form = useForm<Values>({
    initialValues: {
      personId: null,
      activityId: null,
      date: todayIso(),
      duration: '',
      kind: 'volunteering',
      participants: '',
      note: '',
    },
    validate: {
      personId: (v) => (v ? null : t('ui.hourForm.personRequired')),
      date: (v) => (isCalendarDate(v) ? null : t('ui.hourForm.dateRequired')),
      duration: (v) => durationError(t, v),
    },
  });
  // The activities running on the day being entered (today while the date is half typed).
  const activities = activitiesToLog(
    allActivities,
    isCalendarDate(form.values.date) ? form.values.date : todayIso(),
    lang,
    form.values.activityId,
  );

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="hour-form-title" mb="xl">
      <Title order={2} size="h3" id="hour-form-title" mb={4}>
        {t('ui.hourForm.title')}
      </Title>
      <Text mb="md">{t('ui.hourForm.intro')}</Text>
      <form
        noValidate
        onSubmit={form.onSubmit(async (values) => {
          const minutes = parseDuration(values.duration)!;
          await new Repository(db, 'hours').create({
            personId: values.personId!,
            activityId: values.activityId ?? undefined,
            date: values.date,
            minutes,
            kind: values.kind,
            participantsReached:
              values.participants === '' ? undefined : Number(values.participants),
            note: values.note.trim() || undefined,
            approved: false,
          });
          const name = people.find((p) => p.value === values.personId)?.label ?? '';
          notifications.show({
            color: 'teal',
            message: t('ui.hourForm.saved', {
              person: name,
              duration: formatMinutes(minutes, lang),
            }),
          });
          // Keep date, activity and kind for the next volunteer of the same meeting.
          form.setValues({
            personId: null,
            duration: values.duration,
            participants: values.participants,
            note: '',
          });
          form.resetDirty();
          document.getElementById(PERSON_INPUT_ID)?.focus();
        })}
      >
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
          <Select
            id={PERSON_INPUT_ID}
            label={t('ui.hourForm.person')}
            placeholder={t('ui.hourForm.personPlaceholder')}
            data={people}
            searchable
            limit={50}
            required
            {...form.getInputProps('personId')}
          />
          <Select
            label={t('ui.hourForm.activity')}
            data={activities.map((a) => ({ value: a.id, label: a.name }))}
            searchable
            clearable
            {...form.getInputProps('activityId')}
            onChange={(value) => {
              form.setFieldValue('activityId', value);
              const activity = activities.find((a) => a.id === value);
              if (activity) form.setFieldValue('kind', kindForActivity(activity.type));
            }}
          />
          <DateField label={t('ui.hourForm.date')} required {...form.getInputProps('date')} />
          <DurationInput
            label={t('ui.hourForm.duration')}
            hint={t('ui.hourForm.durationHint')}
            required
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
        <Group mt="lg">
          <Button type="submit" size="md">
            {t('ui.hourForm.save')}
          </Button>
        </Group>
      </form>
    </Card>
  );
}
