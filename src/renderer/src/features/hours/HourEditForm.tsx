import { Button, Group, NumberInput, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activitiesToLog } from '../../../../core/activities';
import { updateHourEntry } from '../../../../core/db';
import { formatDate, formatMinutes } from '../../../../core/format';
import { HourEditError, parseDuration, minutesToHhmm } from '../../../../core/hours';
import {
  hourKinds,
  isCalendarDate,
  type Activity,
  type HourEntry,
  type HourKind,
  type Person,
} from '../../../../core/schemas';
import { db } from '../../db';
import { notify } from '../../shared/notify';
import { useLanguage } from '../../shared/useLanguage';
import { ApprovedChangeConfirm } from './ApprovedChangeConfirm';
import { DurationInput, durationError } from './DurationInput';
import { DateField } from '../../shared/DateField';

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
 * Correct one hour entry, or move it to the trash. An entry logged with a
 * meeting takes its person, day and activity from the meeting: those are
 * changed there (`onOpenSession`), so the meeting and its entries agree.
 */
export function HourEditForm({
  entry,
  personName,
  people: register,
  activities: allActivities,
  onClose,
  onTrash,
  onOpenSession,
}: {
  entry: HourEntry;
  personName: string;
  people: readonly Person[];
  activities: readonly Activity[];
  onClose: () => void;
  onTrash: (entry: HourEntry) => void;
  onOpenSession: (sessionId: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [confirming, setConfirming] = useState<Values | null>(null);
  const [saving, setSaving] = useState(false);
  const fromSession = !!entry.sessionId;
  const people = useMemo(() => {
    const options = register
      .filter((p) => !p.deletedAt && !p.anonymisedAt)
      .sort((a, b) => a.fullName.localeCompare(b.fullName, lang))
      .map((p) => ({ value: p.id, label: `${p.fullName} (${p.homeMunicipality})` }));
    // The entry's own person stays choosable even when no longer in the register.
    if (!options.some((o) => o.value === entry.personId))
      options.unshift({ value: entry.personId, label: personName });
    return options;
  }, [register, lang, entry.personId, personName]);
  const form = useForm<Values>({
    initialValues: {
      personId: entry.personId,
      activityId: entry.activityId ?? null,
      date: entry.date,
      duration: minutesToHhmm(entry.minutes),
      kind: entry.kind,
      participants: entry.participantsReached ?? '',
      note: entry.note ?? '',
    },
    validate: {
      personId: (v) => (v ? null : t('ui.hourForm.personRequired')),
      date: (v) => (isCalendarDate(v) ? null : t('ui.hourForm.dateRequired')),
      duration: (v) => durationError(t, v),
    },
  });
  // Running on the entry's day; the entry's own activity stays choosable.
  const activities = activitiesToLog(
    allActivities,
    isCalendarDate(form.values.date) ? form.values.date : entry.date,
    lang,
    entry.activityId,
  ).map((a) => ({ value: a.id, label: a.name }));

  const save = async (values: Values, changedBy?: string) => {
    setSaving(true);
    try {
      const minutes = parseDuration(values.duration)!;
      const saved = await updateHourEntry(
        db,
        entry.id,
        {
          personId: values.personId!,
          activityId: values.activityId ?? undefined,
          date: values.date,
          minutes,
          kind: values.kind,
          participantsReached: values.participants === '' ? undefined : Number(values.participants),
          note: values.note.trim() || undefined,
        },
        changedBy,
      );
      notify(t, {
        color: 'teal',
        message: saved
          ? t('hourEdit.entry.saved', {
              person: people.find((p) => p.value === saved.personId)?.label ?? personName,
              date: formatDate(saved.date, lang),
              duration: formatMinutes(saved.minutes, lang),
            })
          : t('hourEdit.entry.unchanged'),
      });
      onClose();
    } catch (e) {
      if (e instanceof HourEditError && e.code === 'changerRequired') {
        // Approved: ask first, then save with the name of who changed it.
        setConfirming(values);
        return;
      }
      notify(t, {
        color: 'red',
        title: t('ui.common.error'),
        message:
          e instanceof HourEditError ? t(`hourEdit.errors.${e.code}`) : t('hourEdit.errors.failed'),
      });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form noValidate onSubmit={form.onSubmit((values) => void save(values))}>
      {fromSession && (
        <Group justify="space-between" mb="md" align="flex-start">
          <Text size="md" style={{ flex: 1 }}>
            {t('hourEdit.entry.fromSession')}
          </Text>
          <Button variant="outline" size="md" onClick={() => onOpenSession(entry.sessionId!)}>
            {t('hourEdit.entry.openSession')}
          </Button>
        </Group>
      )}
      <fieldset disabled={!!confirming} style={{ border: 0, padding: 0, margin: 0 }}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label={t('ui.hourForm.person')}
            data={people}
            searchable
            limit={50}
            required
            disabled={fromSession}
            data-autofocus={fromSession ? undefined : true}
            {...form.getInputProps('personId')}
          />
          <Select
            label={t('ui.hourForm.activity')}
            data={activities}
            searchable
            clearable
            disabled={fromSession}
            {...form.getInputProps('activityId')}
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
            data-autofocus={fromSession ? true : undefined}
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
      </fieldset>
      {confirming ? (
        <ApprovedChangeConfirm
          text={t('hourEdit.approved.text')}
          saving={saving}
          onBack={() => setConfirming(null)}
          onConfirm={(name) => void save(confirming, name)}
        />
      ) : (
        <Group justify="space-between" mt="lg">
          <Button color="red" variant="outline" size="md" onClick={() => onTrash(entry)}>
            {t('hourEdit.entry.trash')}
          </Button>
          <Group>
            <Button variant="default" size="md" onClick={onClose}>
              {t('hourEdit.entry.cancel')}
            </Button>
            <Button type="submit" size="md" loading={saving}>
              {t('hourEdit.entry.save')}
            </Button>
          </Group>
        </Group>
      )}
    </form>
  );
}
