import type { TFunction } from 'i18next';
import { parseDuration } from '../../../../core/hours';
import {
  hourEntrySchema,
  issueMessageKeys,
  type HourKind,
  type Person,
} from '../../../../core/schemas';
import { durationError } from './DurationInput';

/** What the hour entry form and the hour correction form hold while typed. */
export type HourFormValues = {
  personId: string | null;
  activityId: string | null;
  date: string;
  duration: string;
  kind: HourKind;
  participants: number | string;
  note: string;
};

// The fields of the entry the form checks with the record's own schema.
const checkedBySchema = hourEntrySchema.pick({ personId: true, date: true });

/**
 * The checks both hour forms run before saving: the person and the day by the
 * hour entry's schema, the typed duration by the schema's limits (`checkDuration`).
 */
export function hourFormValidate(t: TFunction) {
  return (values: HourFormValues) => {
    const result = checkedBySchema.safeParse({
      personId: values.personId ?? undefined,
      date: values.date,
    });
    const wrong = issueMessageKeys(result.error?.issues ?? [], {
      fields: ['personId', 'date'],
      known: [],
      tooLong: 'invalid',
      otherwise: 'invalid',
    });
    return {
      personId: wrong.personId ? t('ui.hourForm.personRequired') : null,
      date: wrong.date ? t('ui.hourForm.dateRequired') : null,
      duration: durationError(t, values.duration),
    };
  };
}

/** The entry's own fields from a form that passed `hourFormValidate`. */
export function hourFieldsOf(values: HourFormValues) {
  return {
    personId: values.personId!,
    activityId: values.activityId ?? undefined,
    date: values.date,
    minutes: parseDuration(values.duration)!,
    kind: values.kind,
    participantsReached: values.participants === '' ? undefined : Number(values.participants),
    note: values.note.trim() || undefined,
  };
}

/** The people an hour can be logged for, by name, with their home municipality to tell namesakes apart. */
export function hourPersonOptions(register: readonly Person[], lang: string) {
  return register
    .filter((p) => !p.deletedAt && !p.anonymisedAt)
    .sort((a, b) => a.fullName.localeCompare(b.fullName, lang))
    .map((p) => ({ value: p.id, label: `${p.fullName} (${p.homeMunicipality})` }));
}
