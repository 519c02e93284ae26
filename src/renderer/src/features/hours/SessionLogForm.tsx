import {
  Alert,
  Badge,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { useForm, type FormErrors } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  editSession,
  logSession,
  previousSessionOfActivity,
  type PreviousSession,
  type SessionForEdit,
} from '../../../../core/db';
import { activitiesToLog } from '../../../../core/activities';
import { formatDate } from '../../../../core/format';
import { todayIso } from '../../../../core/format';
import {
  kindForActivity,
  minutesToHhmm,
  parseDuration,
  sessionVolunteerMinutes,
} from '../../../../core/hours';
import {
  isCalendarDate,
  type Activity,
  type CountMethod,
  type Person,
  type Session,
} from '../../../../core/schemas';
import { db } from '../../db';
import { notify } from '../../shared/notify';
import { useLanguage } from '../../shared/useLanguage';
import { useOptionsWhileOpen } from '../../shared/useOptionsWhileOpen';
import { ApprovedChangeConfirm } from './ApprovedChangeConfirm';
import { handleHourSaveError } from './handleHourSaveError';
import { DurationInput, durationError } from './DurationInput';
import { DateField } from '../../shared/DateField';

type Values = {
  activityId: string | null;
  date: string;
  duration: string;
  participants: number | string;
  newParticipants: number | string;
  countMethod: CountMethod;
  volunteerIds: string[];
  /** The default time of every volunteer without their own. */
  volunteerDuration: string;
  /** Volunteers whose own time the user typed (or who had their own when editing). */
  ownDurations: Record<string, string>;
};

/** What the form copied from the previous meeting, marked until the user changes it. */
type Copied = { date: string; participants: boolean; volunteers: ReadonlySet<string> };

function initialValues(editing: SessionForEdit | undefined): Values {
  if (!editing) {
    return {
      activityId: null,
      date: todayIso(),
      duration: '',
      participants: '',
      newParticipants: 0,
      countMethod: 'counted',
      volunteerIds: [],
      volunteerDuration: '',
      ownDurations: {},
    };
  }
  const { session, entries } = editing;
  const defaultMinutes = sessionVolunteerMinutes(session, entries);
  return {
    activityId: session.activityId,
    date: session.date,
    duration: minutesToHhmm(session.durationMinutes),
    participants: session.participants,
    newParticipants: session.newParticipants,
    countMethod: session.countMethod,
    volunteerIds: entries.map((h) => h.personId),
    volunteerDuration: entries.length ? minutesToHhmm(defaultMinutes) : '',
    ownDurations: Object.fromEntries(
      entries
        .filter((h) => h.minutes !== defaultMinutes)
        .map((h) => [h.personId, minutesToHhmm(h.minutes)]),
    ),
  };
}

/**
 * Log one meeting of an activity with every volunteer's hours, in one
 * transaction, or correct a logged one (`editing`). Volunteers share a
 * default time and each may have their own. A new meeting is prefilled from
 * the activity's previous one, and what was copied is marked as copied.
 */
export function SessionLogForm({
  people: register,
  activities: allActivities,
  editing,
  onDone,
  onTrash,
}: {
  people: readonly Person[];
  activities: readonly Activity[];
  editing?: SessionForEdit;
  onDone: () => void;
  onTrash?: (session: Session, entries: number) => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [copied, setCopied] = useState<Copied | null>(null);
  const [confirming, setConfirming] = useState<Values | null>(null);
  const [saving, setSaving] = useState(false);
  const people = register
    .filter((p) => !p.deletedAt && !p.anonymisedAt)
    .sort((a, b) => a.fullName.localeCompare(b.fullName, lang))
    .map((p) => ({ value: p.id, label: p.fullName }));
  // Volunteers of the meeting being edited stay listed even when no longer in the register.
  for (const [id, name] of editing?.people ?? [])
    if (!people.some((p) => p.value === id)) people.push({ value: id, label: name });
  const nameOf = (id: string) => people.find((p) => p.value === id)?.label ?? '';

  const form = useForm<Values>({
    initialValues: initialValues(editing),
    validate: (values): FormErrors => {
      const errors: FormErrors = {};
      if (!values.activityId) errors.activityId = t('ui.sessionForm.activityRequired');
      if (!isCalendarDate(values.date)) errors.date = t('ui.hourForm.dateRequired');
      const duration = durationError(t, values.duration);
      if (duration) errors.duration = duration;
      if (values.participants === '' || Number(values.participants) < 0)
        errors.participants = t('ui.sessionForm.participantsInvalid');
      if (Number(values.newParticipants || 0) > Number(values.participants || 0))
        errors.newParticipants = t('ui.sessionForm.newTooMany');
      if (values.volunteerIds.length > 0) {
        const shared = durationError(t, values.volunteerDuration);
        if (shared) errors.volunteerDuration = shared;
        for (const id of values.volunteerIds) {
          const own = values.ownDurations[id];
          const problem = own === undefined ? null : durationError(t, own);
          if (problem) errors[`ownDurations.${id}`] = problem;
        }
      }
      return errors;
    },
  });
  const values = form.getValues();
  const volunteerOptions = useOptionsWhileOpen(people, values.volunteerIds);
  // Running on the meeting's day; the meeting's own activity (and the one chosen) stays listed.
  const activities = activitiesToLog(
    allActivities,
    isCalendarDate(values.date) ? values.date : todayIso(),
    lang,
    values.activityId || editing?.session.activityId,
  );

  const prefill = async (activityId: string) => {
    const prev: PreviousSession | null = await previousSessionOfActivity(db, activityId);
    // The user may have chosen another activity while this one was read.
    if (form.getValues().activityId !== activityId) return;
    if (!prev) {
      setCopied(null);
      return;
    }
    form.setValues({
      duration: minutesToHhmm(prev.session.durationMinutes),
      participants: prev.session.participants,
      countMethod: prev.session.countMethod,
      volunteerIds: prev.volunteerIds,
      volunteerDuration: prev.minutes ? minutesToHhmm(prev.minutes) : '',
      ownDurations: {},
    });
    setCopied({
      date: prev.session.date,
      participants: true,
      volunteers: new Set(prev.volunteerIds),
    });
  };

  const save = async (v: Values, changedBy?: string) => {
    const activity = activities.find((a) => a.id === v.activityId)!;
    const sessionMinutes = parseDuration(v.duration)!;
    const defaultMinutes = parseDuration(v.volunteerDuration) ?? sessionMinutes;
    const own = (id: string) => {
      const typed = v.ownDurations[id];
      return typed === undefined ? undefined : (parseDuration(typed) ?? undefined);
    };
    const session = {
      activityId: activity.id,
      date: v.date,
      durationMinutes: sessionMinutes,
      participants: Number(v.participants),
      newParticipants: Number(v.newParticipants || 0),
      countMethod: v.countMethod,
    };
    setSaving(true);
    try {
      if (editing) {
        await editSession(
          db,
          editing.session.id,
          {
            ...session,
            volunteerMinutes: defaultMinutes,
            volunteers: v.volunteerIds.map((personId) => ({ personId, minutes: own(personId) })),
            kind: kindForActivity(activity.type),
          },
          changedBy,
        );
        notify(t, {
          color: 'teal',
          message: t('hourEdit.session.saved', { date: formatDate(v.date, lang) }),
        });
      } else {
        const ownMinutes: Record<string, number> = {};
        for (const id of v.volunteerIds) {
          const m = own(id);
          if (m !== undefined) ownMinutes[id] = m;
        }
        const result = await logSession(db, {
          session,
          volunteerIds: v.volunteerIds,
          volunteerMinutes: defaultMinutes,
          ownMinutes,
          kind: kindForActivity(activity.type),
        });
        notify(t, {
          color: 'teal',
          message: t('ui.sessionForm.saved', { count: result.hours.length }),
        });
      }
      onDone();
    } catch (e) {
      handleHourSaveError(t, e, () => setConfirming(v));
    } finally {
      setSaving(false);
    }
  };

  const copiedHint = t('hourEdit.prefill.copied');
  return (
    <form noValidate onSubmit={form.onSubmit((v) => void save(v))}>
      <Text mb="md">{t(editing ? 'hourEdit.session.intro' : 'ui.sessionForm.intro')}</Text>
      {copied && (
        <Alert
          color="blue"
          mb="md"
          title={t('ui.sessionForm.prefill', { date: formatDate(copied.date, lang) })}
        >
          {t('hourEdit.prefill.notice')}
        </Alert>
      )}
      <fieldset disabled={!!confirming} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
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
              if (editing) return;
              setCopied(null);
              if (value) void prefill(value);
            }}
          />
          <DateField label={t('ui.sessionForm.date')} required {...form.getInputProps('date')} />
          <DurationInput
            label={t('ui.sessionForm.duration')}
            hint={t('ui.hourForm.durationHint')}
            required
            {...form.getInputProps('duration')}
          />
          <NumberInput
            label={t('ui.sessionForm.participants')}
            description={copied?.participants ? copiedHint : undefined}
            min={0}
            allowDecimal={false}
            required
            {...form.getInputProps('participants')}
            onChange={(v) => {
              form.setFieldValue('participants', v);
              setCopied((c) => c && { ...c, participants: false });
            }}
          />
          <NumberInput
            label={t('ui.sessionForm.newParticipants')}
            min={0}
            allowDecimal={false}
            {...form.getInputProps('newParticipants')}
          />
          <Radio.Group
            label={t('ui.sessionForm.countMethod')}
            {...form.getInputProps('countMethod')}
          >
            <Group mt="xs">
              <Radio value="counted" label={t('ui.sessionForm.counted')} />
              <Radio value="estimated" label={t('ui.sessionForm.estimated')} />
            </Group>
          </Radio.Group>
          <MultiSelect
            label={t('ui.sessionForm.volunteers')}
            description={
              copied && copied.volunteers.size > 0
                ? `${t('ui.sessionForm.volunteersHint')} ${copiedHint}`
                : t('ui.sessionForm.volunteersHint')
            }
            searchable
            limit={50}
            {...form.getInputProps('volunteerIds')}
            {...volunteerOptions}
          />
          <DurationInput
            label={t('ui.sessionForm.volunteerDuration')}
            hint={t('ui.hourForm.durationHint')}
            {...form.getInputProps('volunteerDuration')}
          />
        </SimpleGrid>
        {values.volunteerIds.length > 0 && (
          <Fieldset legend={t('hourEdit.times.legend')} mt="md" variant="filled">
            <Text size="md" mb="sm">
              {t('hourEdit.times.hint')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              {values.volunteerIds.map((id) => {
                const own = values.ownDurations[id];
                const isCopied = copied?.volunteers.has(id) ?? false;
                return (
                  <Stack key={id} gap={4}>
                    <DurationInput
                      label={t('hourEdit.times.label', { name: nameOf(id) })}
                      hint={[
                        t(
                          own === undefined
                            ? 'hourEdit.times.followsDefault'
                            : 'hourEdit.times.own',
                        ),
                        isCopied ? t('hourEdit.times.copied') : '',
                      ]
                        .filter(Boolean)
                        .join(', ')}
                      value={own ?? values.volunteerDuration}
                      error={form.errors[`ownDurations.${id}`]}
                      onChange={(e) => {
                        const typed = e.currentTarget.value;
                        form.setFieldValue('ownDurations', {
                          ...form.getValues().ownDurations,
                          [id]: typed,
                        });
                        form.clearFieldError(`ownDurations.${id}`);
                      }}
                      rightSection={
                        isCopied ? (
                          <Badge size="sm" variant="light" color="blue" aria-hidden>
                            ↺
                          </Badge>
                        ) : undefined
                      }
                    />
                  </Stack>
                );
              })}
            </SimpleGrid>
          </Fieldset>
        )}
      </fieldset>
      {confirming ? (
        <ApprovedChangeConfirm
          text={t('hourEdit.approved.sessionText')}
          saving={saving}
          onBack={() => setConfirming(null)}
          onConfirm={(name) => void save(confirming, name)}
        />
      ) : (
        <Group justify={editing ? 'space-between' : 'flex-start'} mt="lg">
          {editing && onTrash && (
            <Button
              color="red"
              variant="outline"
              size="md"
              onClick={() => onTrash(editing.session, editing.entries.length)}
            >
              {t('hourEdit.session.trash')}
            </Button>
          )}
          <Button type="submit" size="md" loading={saving}>
            {t(editing ? 'hourEdit.session.save' : 'ui.sessionForm.save')}
          </Button>
        </Group>
      )}
    </form>
  );
}
