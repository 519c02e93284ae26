import type { z } from 'zod';
import type { RecordInput } from '../../../../core/db';
import { activitySchema, type Activity, type ActivityType } from '../../../../core/schemas';

/** What the activity form holds: text as typed, dates as `YYYY-MM-DD` or empty. */
export type ActivityFormValues = {
  name: string;
  type: ActivityType;
  description: string;
  themes: string[];
  municipality: string;
  targetGroup: string;
  partners: string[];
  grantIds: string[];
  startedOn: string;
  endedOn: string;
};
export type ActivityField = keyof ActivityFormValues;

/** The form's fields in screen order: the first one with an error gets the focus. */
export const activityFields = [
  'name',
  'type',
  'description',
  'themes',
  'municipality',
  'targetGroup',
  'partners',
  'grantIds',
  'startedOn',
  'endedOn',
] as const satisfies readonly ActivityField[];

/** A field's problem as a message key under `activityEditor.errors`, with its parameters. */
export type FieldError =
  | { key: 'required' | 'invalidDate' | 'endBeforeStart' | 'invalid' }
  | { key: 'tooLong'; max: number };
export type FieldErrors = Partial<Record<ActivityField, FieldError>>;

/** The form's starting values: an existing activity, or an empty new one. */
export function toFormValues(a?: Activity): ActivityFormValues {
  return {
    name: a?.name ?? '',
    type: a?.type ?? 'peerSupportGroup',
    description: a?.description ?? '',
    themes: a?.themes ?? [],
    municipality: a?.municipality ?? '',
    targetGroup: a?.targetGroup ?? '',
    partners: a?.partners ?? [],
    grantIds: a?.grantIds ?? [],
    startedOn: a?.startedOn ?? '',
    endedOn: a?.endedOn ?? '',
  };
}

const optional = (s: string) => (s.trim() === '' ? undefined : s.trim());

/** The form's values as the fields of an activity record; blank text becomes "not given". */
export function toActivityInput(v: ActivityFormValues): RecordInput<'activities'> {
  return {
    name: v.name.trim(),
    type: v.type,
    // Line breaks and inner spacing of a description are the writer's own: only blank is dropped.
    description: v.description.trim() === '' ? undefined : v.description,
    themes: v.themes,
    municipality: optional(v.municipality),
    targetGroup: optional(v.targetGroup),
    partners: v.partners,
    grantIds: v.grantIds,
    startedOn: optional(v.startedOn),
    endedOn: optional(v.endedOn),
  };
}

function toFieldError(issue: z.core.$ZodIssue): FieldError {
  if (issue.message === 'required') return { key: 'required' };
  if (issue.message === 'invalidDate') return { key: 'invalidDate' };
  if (issue.message === 'endBeforeStart') return { key: 'endBeforeStart' };
  if (issue.code === 'too_big') return { key: 'tooLong', max: Number(issue.maximum) };
  return { key: 'invalid' };
}

/**
 * Check the record the form would write with the activity schema itself, so the
 * form accepts exactly what the repository accepts. `base` is the stored record
 * (or, for a new activity, its id and timestamps). Returns one error per field.
 */
export function checkActivity(base: object, values: ActivityFormValues): FieldErrors {
  const result = activitySchema.safeParse({ ...base, ...toActivityInput(values) });
  return result.success ? {} : fieldErrors(result.error.issues);
}

/** Zod issues as the form's field errors (the first issue of each field wins). */
export function fieldErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = activityFields.find((f) => f === issue.path[0]);
    // Fields the form does not show (id, timestamps) are never wrong by the user's doing.
    if (field && !errors[field]) errors[field] = toFieldError(issue);
  }
  return errors;
}
