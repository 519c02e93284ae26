import {
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { logSession, previousSessionOfActivity, type PreviousSession } from '../../../../core/db';
import { formatDate, todayIso } from '../../../../core/format';
import { kindForActivity, minutesToHhmm, parseDuration } from '../../../../core/hours';
import {
  isCalendarDate,
  type Activity,
  type CountMethod,
  type Person,
} from '../../../../core/schemas';
import { db } from '../../db';
import { useLanguage } from '../../shared/useLanguage';
import { DateField } from '../../shared/DateField';

type Values = {
  activityId: string | null;
  date: string;
  duration: string;
  participants: number | string;
  newParticipants: number | string;
  countMethod: CountMethod;
  volunteerIds: string[];
  volunteerDuration: string;
};

/** Log one meeting of an activity with every volunteer's hours, in one transaction. */
export function SessionLogForm({
  people: register,
  activities: allActivities,
  onDone,
}: {
  people: readonly Person[];
  activities: readonly Activity[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  // The chosen activity's previous meeting, once read: what the form was prefilled from.
  const [previous, setPrevious] = useState<PreviousSession | null>(null);
  const activities = allActivities
    .filter((a) => !a.deletedAt && !a.endedOn)
    .sort((a, b) => a.name.localeCompare(b.name, lang));
  const people = register
    .filter((p) => !p.deletedAt && !p.anonymisedAt)
    .sort((a, b) => a.fullName.localeCompare(b.fullName, lang))
    .map((p) => ({ value: p.id, label: p.fullName }));
  const durationOk = (v: string) => {
    const m = parseDuration(v);
    return m !== null && m > 0 && m <= 24 * 60;
  };
  const form = useForm<Values>({
    initialValues: {
      activityId: null,
      date: todayIso(),
      duration: '',
      participants: '',
      newParticipants: 0,
      countMethod: 'counted',
      volunteerIds: [],
      volunteerDuration: '',
    },
    validate: {
      activityId: (v) => (v ? null : t('ui.sessionForm.activityRequired')),
      date: (v) => (isCalendarDate(v) ? null : t('ui.hourForm.dateRequired')),
      duration: (v) => (durationOk(v) ? null : t('ui.hourForm.badDuration')),
      volunteerDuration: (v, values) =>
        values.volunteerIds.length === 0 || durationOk(v) ? null : t('ui.hourForm.badDuration'),
      participants: (v) =>
        v === '' || Number(v) < 0 ? t('ui.sessionForm.participantsInvalid') : null,
      newParticipants: (v, values) =>
        Number(v || 0) > Number(values.participants || 0) ? t('ui.sessionForm.newTooMany') : null,
    },
  });
  const prefill = async (activityId: string) => {
    const prev = await previousSessionOfActivity(db, activityId);
    // The user may have chosen another activity while this one was read.
    if (form.getValues().activityId !== activityId) return;
    setPrevious(prev);
    if (prev) {
      form.setValues({
        duration: minutesToHhmm(prev.session.durationMinutes),
        participants: prev.session.participants,
        countMethod: prev.session.countMethod,
        volunteerIds: prev.volunteerIds,
        volunteerDuration: prev.minutes ? minutesToHhmm(prev.minutes) : '',
      });
    }
  };

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async (values) => {
        const activity = activities.find((a) => a.id === values.activityId)!;
        const sessionMinutes = parseDuration(values.duration)!;
        const result = await logSession(db, {
          session: {
            activityId: activity.id,
            date: values.date,
            durationMinutes: sessionMinutes,
            participants: Number(values.participants),
            newParticipants: Number(values.newParticipants || 0),
            countMethod: values.countMethod,
          },
          volunteerIds: values.volunteerIds,
          volunteerMinutes: parseDuration(values.volunteerDuration) ?? sessionMinutes,
          kind: kindForActivity(activity.type),
        });
        notifications.show({
          color: 'teal',
          message: t('ui.sessionForm.saved', { count: result.hours.length }),
        });
        onDone();
      })}
    >
      <Text mb="md">{t('ui.sessionForm.intro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Select
          label={t('ui.sessionForm.activity')}
          data={activities.map((a) => ({ value: a.id, label: a.name }))}
          searchable
          required
          data-autofocus
          {...form.getInputProps('activityId')}
          onChange={(value) => {
            form.setFieldValue('activityId', value);
            setPrevious(null);
            if (value) void prefill(value);
          }}
        />
        <DateField label={t('ui.sessionForm.date')} required {...form.getInputProps('date')} />
        <TextInput
          label={t('ui.sessionForm.duration')}
          description={t('ui.hourForm.durationHint')}
          required
          {...form.getInputProps('duration')}
        />
        <NumberInput
          label={t('ui.sessionForm.participants')}
          min={0}
          allowDecimal={false}
          required
          {...form.getInputProps('participants')}
        />
        <NumberInput
          label={t('ui.sessionForm.newParticipants')}
          min={0}
          allowDecimal={false}
          {...form.getInputProps('newParticipants')}
        />
        <Radio.Group label={t('ui.sessionForm.countMethod')} {...form.getInputProps('countMethod')}>
          <Group mt="xs">
            <Radio value="counted" label={t('ui.sessionForm.counted')} />
            <Radio value="estimated" label={t('ui.sessionForm.estimated')} />
          </Group>
        </Radio.Group>
        <MultiSelect
          label={t('ui.sessionForm.volunteers')}
          description={t('ui.sessionForm.volunteersHint')}
          data={people}
          searchable
          limit={50}
          {...form.getInputProps('volunteerIds')}
        />
        <TextInput
          label={t('ui.sessionForm.volunteerDuration')}
          description={t('ui.hourForm.durationHint')}
          {...form.getInputProps('volunteerDuration')}
        />
      </SimpleGrid>
      {previous && (
        <Text size="sm" mt="md" c="gray.7">
          {t('ui.sessionForm.prefill', { date: formatDate(previous.session.date, lang) })}
        </Text>
      )}
      <Group mt="lg">
        <Button type="submit" size="md">
          {t('ui.sessionForm.save')}
        </Button>
      </Group>
    </form>
  );
}
