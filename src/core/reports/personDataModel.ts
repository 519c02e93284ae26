import { type Letterhead } from '../pdf';
import type { Dataset, HourKind, MembershipType, Official, OfficialRole } from '../schemas';

export type PersonDataOptions = {
  personId: string;
  printedOn: string;
};

/** The person's own fields, as stored; absent ones are left out. */
export type PersonDataDetails = {
  fullName: string;
  homeMunicipality: string;
  email?: string;
  phone?: string;
  streetAddress?: string;
  postalCode?: string;
  postOffice?: string;
  languages: string[];
  notes?: string;
  /** Dates (YYYY-MM-DD) the record was first saved and last changed. */
  createdAt: string;
  updatedAt: string;
};

export type PersonDataFee = {
  year: number;
  amountCents: number;
  reference?: string;
  dueOn?: string;
  paidOn?: string;
  inTrash: boolean;
};

export type PersonDataHour = {
  date: string;
  /** Undefined when the entry has no activity (or its activity is gone). */
  activityName?: string;
  minutes: number;
  kind: HourKind;
  note?: string;
  inTrash: boolean;
};

/** One of the person's own terms in the board or as an official. */
export type PersonDataRole = {
  role: OfficialRole;
  termStart: string;
  termEnd?: string;
  consentToPublishName: boolean;
  note?: string;
  inTrash: boolean;
};

export type PersonData = {
  letterhead: Letterhead;
  /** The person is in the trash: still stored, so still reported. */
  inTrash: boolean;
  details: PersonDataDetails;
  membership: {
    type: MembershipType;
    joinedOn?: string;
    leftOn?: string;
    leftReason?: string;
  };
  /** Every consent stored, including any added by a newer version. */
  consents: { key: string; given: boolean }[];
  /** Fields stored on the person that this version does not know, as text. */
  otherFields: { key: string; value: string }[];
  /** Oldest year first. */
  fees: PersonDataFee[];
  /** Oldest first. */
  hours: PersonDataHour[];
  /** Minutes of the hour entries not in the trash. */
  totalMinutes: number;
  /** Their roles in the board and as an official, oldest term first. */
  roles: PersonDataRole[];
  printedOn: string;
};

/** Why the personal data cannot be reported; the UI translates `memberList.personData.errors.<code>`. */
export class PersonDataError extends Error {
  constructor(readonly code: 'noProfile' | 'noPerson' | 'anonymised') {
    super(code);
    this.name = 'PersonDataError';
  }
}

const knownFields = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'fullName',
  'homeMunicipality',
  'email',
  'phone',
  'streetAddress',
  'postalCode',
  'postOffice',
  'languages',
  'membership',
  'joinedOn',
  'leftOn',
  'leftReason',
  'consents',
  'notes',
  'anonymisedAt',
]);

const textOf = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/**
 * Everything the register holds about one person, for a GDPR access request
 * (Article 15): their fields, membership, consents, membership fees and hour
 * entries, the trash included, since deleted rows are still stored until
 * emptied. Impact notes are not included: they never name a person.
 */
export function personDataModel(
  data: Pick<Dataset, 'profile' | 'people' | 'hours' | 'fees' | 'activities'> & {
    officials?: readonly Official[];
  },
  options: PersonDataOptions,
): PersonData {
  const profile = data.profile.find((p) => !p.deletedAt);
  if (!profile) throw new PersonDataError('noProfile');
  const person = data.people.find((p) => p.id === options.personId);
  if (!person) throw new PersonDataError('noPerson');
  // Nothing left identifies them, so there is nothing to give them access to.
  if (person.anonymisedAt) throw new PersonDataError('anonymised');
  const activityNames = new Map(data.activities.map((a) => [a.id, a.name]));
  const hours = data.hours
    .filter((h) => h.personId === person.id)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((h) => ({
      date: h.date,
      activityName: h.activityId ? activityNames.get(h.activityId) : undefined,
      minutes: h.minutes,
      kind: h.kind,
      note: h.note || undefined,
      inTrash: !!h.deletedAt,
    }));
  const optional = <
    K extends 'email' | 'phone' | 'streetAddress' | 'postalCode' | 'postOffice' | 'notes',
  >(
    key: K,
  ) => (person[key] ? { [key]: person[key] } : {});
  return {
    letterhead: {
      name: profile.name,
      businessId: profile.businessId,
      logoDataUrl: profile.logoDataUrl,
      homeMunicipality: profile.homeMunicipality,
    },
    inTrash: !!person.deletedAt,
    details: {
      fullName: person.fullName,
      homeMunicipality: person.homeMunicipality,
      ...optional('email'),
      ...optional('phone'),
      ...optional('streetAddress'),
      ...optional('postalCode'),
      ...optional('postOffice'),
      languages: [...person.languages],
      ...optional('notes'),
      createdAt: person.createdAt.slice(0, 10),
      updatedAt: person.updatedAt.slice(0, 10),
    },
    membership: {
      type: person.membership,
      joinedOn: person.joinedOn,
      leftOn: person.leftOn,
      leftReason: person.leftReason || undefined,
    },
    consents: Object.entries(person.consents).map(([key, given]) => ({
      key,
      given: given === true,
    })),
    otherFields: Object.entries(person)
      .filter(([key, value]) => !knownFields.has(key) && value !== undefined)
      .map(([key, value]) => ({ key, value: textOf(value) })),
    fees: data.fees
      .filter((f) => f.personId === person.id)
      .sort((a, b) => a.year - b.year || a.id.localeCompare(b.id))
      .map((f) => ({
        year: f.year,
        amountCents: f.amountCents,
        reference: f.reference,
        dueOn: f.dueOn,
        paidOn: f.paidOn,
        inTrash: !!f.deletedAt,
      })),
    hours,
    totalMinutes: hours.filter((h) => !h.inTrash).reduce((s, h) => s + h.minutes, 0),
    roles: (data.officials ?? [])
      .filter((o) => o.personId === person.id)
      .sort((a, b) => a.termStart.localeCompare(b.termStart) || a.id.localeCompare(b.id))
      .map((o) => ({
        role: o.role,
        termStart: o.termStart,
        termEnd: o.termEnd,
        consentToPublishName: o.consentToPublishName === true,
        note: o.note || undefined,
        inTrash: !!o.deletedAt,
      })),
    printedOn: options.printedOn,
  };
}
