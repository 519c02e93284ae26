import type { z } from 'zod';
import type { RecordInput } from '../../../../core/db';
import {
  issueMessages,
  personEntrySchema,
  type IssueMessage,
  type MembershipType,
  type Person,
} from '../../../../core/schemas';

/** What the person form holds: text as typed, dates as `YYYY-MM-DD` or empty. */
export type PersonFormValues = {
  fullName: string;
  homeMunicipality: string;
  email: string;
  phone: string;
  streetAddress: string;
  postalCode: string;
  postOffice: string;
  membership: MembershipType;
  joinedOn: string;
  leftOn: string;
  leftReason: string;
  emailContact: boolean;
  nameInPublicMaterials: boolean;
  notes: string;
};
export type PersonField = keyof PersonFormValues;

/** The form's fields in screen order: the first one with an error gets the focus. */
export const personFields = [
  'fullName',
  'homeMunicipality',
  'email',
  'phone',
  'streetAddress',
  'postalCode',
  'postOffice',
  'membership',
  'joinedOn',
  'leftOn',
  'leftReason',
  'emailContact',
  'nameInPublicMaterials',
  'notes',
] as const satisfies readonly PersonField[];

/** A field's problem as a message key under `personPrivacy.edit.errors`; `tooLong` has its `max`. */
export type FieldError = IssueMessage<
  | 'required'
  | 'invalidDate'
  | 'invalidEmail'
  | 'invalidPostalCode'
  | 'leftBeforeJoined'
  | 'invalid',
  'tooLong'
>;
export type FieldErrors = Partial<Record<PersonField, FieldError>>;

/** The form's starting values from the stored person. */
export function toFormValues(p: Person): PersonFormValues {
  return {
    fullName: p.fullName,
    homeMunicipality: p.homeMunicipality,
    email: p.email ?? '',
    phone: p.phone ?? '',
    streetAddress: p.streetAddress ?? '',
    postalCode: p.postalCode ?? '',
    postOffice: p.postOffice ?? '',
    membership: p.membership,
    joinedOn: p.joinedOn ?? '',
    leftOn: p.leftOn ?? '',
    leftReason: p.leftReason ?? '',
    emailContact: p.consents.emailContact,
    nameInPublicMaterials: p.consents.nameInPublicMaterials,
    notes: p.notes ?? '',
  };
}

/** A new person's starting values: a regular member who joins today. */
export function newPersonFormValues(today: string): PersonFormValues {
  return {
    fullName: '',
    homeMunicipality: '',
    email: '',
    phone: '',
    streetAddress: '',
    postalCode: '',
    postOffice: '',
    membership: 'regular',
    joinedOn: today,
    leftOn: '',
    leftReason: '',
    emailContact: false,
    nameInPublicMaterials: false,
    notes: '',
  };
}

/**
 * The record a new person starts from before the form's values go in: only the
 * stored fields the form does not show, so the same schema check covers a new
 * person and an edited one.
 */
export function draftPerson(now: string): Person {
  return {
    id: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    fullName: '',
    homeMunicipality: '',
    languages: [],
    membership: 'none',
    consents: { emailContact: false, nameInPublicMaterials: false },
  };
}

const optional = (s: string) => (s.trim() === '' ? undefined : s.trim());

/**
 * The form's values as a patch of the person record; blank text becomes "not
 * given". Consents the form does not show (added by a newer version) are kept.
 */
export function toPersonPatch(
  v: PersonFormValues,
  person: Pick<Person, 'consents'>,
): Partial<RecordInput<'people'>> {
  return {
    fullName: v.fullName.trim(),
    homeMunicipality: v.homeMunicipality.trim(),
    email: optional(v.email),
    phone: optional(v.phone),
    streetAddress: optional(v.streetAddress),
    postalCode: optional(v.postalCode),
    postOffice: optional(v.postOffice),
    membership: v.membership,
    joinedOn: optional(v.joinedOn),
    leftOn: optional(v.leftOn),
    leftReason: optional(v.leftReason),
    consents: {
      ...person.consents,
      emailContact: v.emailContact,
      nameInPublicMaterials: v.nameInPublicMaterials,
    },
    // Line breaks of notes are the writer's own: only blank is dropped.
    notes: v.notes.trim() === '' ? undefined : v.notes,
  };
}

/** Zod issues as the form's field errors (the first issue of each field wins), by core's one mapping. */
export function fieldErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  return issueMessages(issues, {
    fields: personFields,
    // The two consents live under `consents` in the record but are fields of their own here.
    fieldOf: (path) => (path[0] === 'consents' ? path[1] : path[0]),
    known: ['required', 'invalidDate', 'invalidEmail', 'invalidPostalCode', 'leftBeforeJoined'],
    tooLong: 'tooLong',
    otherwise: 'invalid',
  });
}

/**
 * Check the record the form would write with the person schema itself, so the
 * form accepts exactly what the repository accepts. Returns one error per field.
 */
export function checkPerson(person: Person, values: PersonFormValues): FieldErrors {
  const result = personEntrySchema.safeParse({ ...person, ...toPersonPatch(values, person) });
  return result.success ? {} : fieldErrors(result.error.issues);
}
