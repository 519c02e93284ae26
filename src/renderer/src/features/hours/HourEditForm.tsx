import { Button, Group, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activitiesToLog } from '../../../../core/activities';
import { updateHourEntry } from '../../../../core/db';
import { formatDate, formatMinutes } from '../../../../core/format';
import { minutesToHhmm } from '../../../../core/hours';
import {
  isCalendarDate,
  type Activity,
  type HourEntry,
  type Person,
} from '../../../../core/schemas';
import { db } from '../../db';
import { notify } from '../../shared/notify';
import { useLanguage } from '../../shared/useLanguage';
import { ApprovedChangeConfirm } from './ApprovedChangeConfirm';
import { handleHourSaveError } from './handleHourSaveError';
import { HourFields } from './HourFields';
import {
  hourFieldsOf,
  hourFormValidate,
  hourPersonOptions,
  type HourFormValues,
} from './hourFormModel';

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
  const [confirming, setConfirming] = useState<HourFormValues | null>(null);
  const [saving, setSaving] = useState(false);
  const fromSession = !!entry.sessionId;
  const people = useMemo(() => {
    const options = hourPersonOptions(register, lang);
    // The entry's own person stays choosable even when no longer in the register.
    if (!options.some((o) => o.value === entry.personId))
      options.unshift({ value: entry.personId, label: personName });
    return options;
  }, [register, lang, entry.personId, personName]);
  const form = useForm<HourFormValues>({
    initialValues: {
      personId: entry.personId,
      activityId: entry.activityId ?? null,
      date: entry.date,
      duration: minutesToHhmm(entry.minutes),
      kind: entry.kind,
      participants: entry.participantsReached ?? '',
      note: entry.note ?? '',
    },
    validate: hourFormValidate(t),
  });
  // Running on the entry's day; the entry's own activity stays choosable.
  const activities = activitiesToLog(
    allActivities,
    isCalendarDate(form.values.date) ? form.values.date : entry.date,
    lang,
    entry.activityId,
  ).map((a) => ({ value: a.id, label: a.name }));

  const save = async (values: HourFormValues, changedBy?: string) => {
    setSaving(true);
    try {
      const saved = await updateHourEntry(db, entry.id, hourFieldsOf(values), changedBy);
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
      // Approved: ask first, then save with the name of who changed it.
      handleHourSaveError(t, e, () => setConfirming(values));
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
        <HourFields
          form={form}
          people={people}
          activities={activities}
          inDialog
          fromSession={fromSession}
        />
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
