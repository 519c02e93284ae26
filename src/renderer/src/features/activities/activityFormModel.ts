import type { z } from 'zod';
import type { RecordInput } from '../../../../core/db';
import {
  activitySchema,
  issueMessages,
  type Activity,
  type IssueMessage,
  type ActivityType,
} from '../../../../core/schemas';

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

/** A field's problem as a message key under `activityEditor.errors`; `tooLong` has its `max`. */
export type FieldError = IssueMessage<
  'required' | 'invalidDate' | 'endBeforeStart' | 'invalid',
  'tooLong'
>;
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

/**
 * Check the record the form would write with the activity schema itself, so the
 * form accepts exactly what the repository accepts. `base` is the stored record
 * (or, for a new activity, its id and timestamps). Returns one error per field.
 */
export function checkActivity(base: object, values: ActivityFormValues): FieldErrors {
  const result = activitySchema.safeParse({ ...base, ...toActivityInput(values) });
  return result.success ? {} : fieldErrors(result.error.issues);
}

/** Zod issues as the form's field errors (the first issue of each field wins), by core's one mapping. */
export function fieldErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  return issueMessages(issues, {
    // Fields the form does not show (id, timestamps) are never wrong by the user's doing.
    fields: activityFields,
    known: ['required', 'invalidDate', 'endBeforeStart'],
    tooLong: 'tooLong',
    otherwise: 'invalid',
  });
}
