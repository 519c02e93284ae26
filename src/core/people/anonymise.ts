import { translate } from '../i18n/translate';
import {
  DEFAULT_RETENTION_YEARS,
  type Language,
  type Dataset,
  type HourEntry,
  type Official,
  type Person,
} from '../schemas';

/**
 * The name an anonymised person gets, in the language of the user who
 * anonymised them (it is stored, so it stays in that language), followed by
 * the first characters of their random id.
 */
export function anonymisedName(lang: Language): string {
  return translate(lang, 'personPrivacy.anonymisedName');
}
/** The home municipality an anonymised person gets: it could point to them in a small place. */
export const ANONYMISED_MUNICIPALITY = '–';

/**
 * The person with their identity gone, for a GDPR erasure request or once the
 * retention period has passed. Built from a list of fields to keep, so nothing
 * else survives, not even a field added by a newer version: the id (hour
 * entries and fees keep pointing to it, so totals stay true), the record dates,
 * the membership type and dates (membership figures stay true; a member still
 * in the association leaves on the day of `now`), consents all false, and
 * `anonymisedAt`. Name and municipality become neutral placeholders that still
 * validate; contact details, languages, reason for leaving and notes go.
 * Anonymising again keeps the first `anonymisedAt`.
 */
export function anonymisePerson(person: Person, now: string, lang: Language = 'fi'): Person {
  const day = now.slice(0, 10);
  let leftOn = person.leftOn;
  if (anonymiseEndsMembership(person, day)) {
    leftOn = person.joinedOn && person.joinedOn > day ? person.joinedOn : day;
  }
  const consents = Object.fromEntries(
    Object.keys(person.consents).map((k) => [k, false]),
  ) as Person['consents'];
  return {
    id: person.id,
    createdAt: person.createdAt,
    updatedAt: now,
    deletedAt: person.deletedAt,
    fullName: `${anonymisedName(lang)} ${person.id.slice(0, 8)}`,
    homeMunicipality: ANONYMISED_MUNICIPALITY,
    languages: [],
    membership: person.membership,
    ...(person.joinedOn ? { joinedOn: person.joinedOn } : {}),
    ...(leftOn ? { leftOn } : {}),
    consents: { ...consents, emailContact: false, nameInPublicMaterials: false },
    anonymisedAt: person.anonymisedAt ?? now,
  };
}

/**
 * Whether anonymising on `day` ends the person's membership: one not ended by
 * then (a membership starting later included: it ends on its first day). The
 * privacy section's confirmation says so by this rule, the one anonymisePerson
 * follows; whether someone is a member on a day is isMemberOn.
 */
export function anonymiseEndsMembership(
  person: Pick<Person, 'membership' | 'leftOn'>,
  day: string,
): boolean {
  return person.membership !== 'none' && (!person.leftOn || person.leftOn > day);
}

/**
 * An official term of an anonymised person: the role and term stay (the board
 * of that year is still counted), the consent to print the name and the note
 * go, and an outsider's own name too. Built from fields to keep, like
 * anonymisePerson.
 */
export function anonymiseOfficial(
  official: Official,
  now: string,
  lang: Language = 'fi',
): Official {
  return {
    id: official.id,
    createdAt: official.createdAt,
    updatedAt: now,
    deletedAt: official.deletedAt,
    ...(official.personId ? { personId: official.personId } : { name: anonymisedName(lang) }),
    role: official.role,
    termStart: official.termStart,
    ...(official.termEnd ? { termEnd: official.termEnd } : {}),
    consentToPublishName: false,
  };
}

/**
 * The same calendar day `years` years earlier; 29 February becomes 28 February.
 * With the retention period, the cut-off day of formerMembersPastRetention.
 */
export function yearsBefore(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) - years;
  const monthDay = date.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${String(y).padStart(4, '0')}-${monthDay === '02-29' && !leap ? '02-28' : monthDay}`;
}

/**
 * What the retention check reads: the people, the profile, and of the hours
 * only who logged them and when (a person's latest live entry is enough).
 */
export type RetentionData = Pick<Dataset, 'people' | 'profile'> & {
  hours: readonly Pick<HourEntry, 'personId' | 'date' | 'deletedAt'>[];
};

/** The retention period the profile sets, or the default of DEFAULT_RETENTION_YEARS. */
export function retentionYearsOf(data: Pick<Dataset, 'profile'>): number {
  return data.profile.find((p) => !p.deletedAt)?.retentionYears ?? DEFAULT_RETENTION_YEARS;
}

/**
 * People who left more than `retentionYears` years before `today` (default:
 * the profile's setting) and are not anonymised yet: candidates for
 * anonymisePerson. People in the trash are included, as their data is still
 * stored; anyone with volunteer hours after the cut-off day is left out, as
 * they are still active. Longest gone first, then by name.
 */
export function formerMembersPastRetention(
  data: RetentionData,
  today: string,
  retentionYears: number = retentionYearsOf(data),
): Person[] {
  const cutoff = yearsBefore(today, retentionYears);
  const active = new Set(
    data.hours.filter((h) => !h.deletedAt && h.date >= cutoff).map((h) => h.personId),
  );
  return data.people
    .filter((p) => !p.anonymisedAt && !!p.leftOn && p.leftOn < cutoff && !active.has(p.id))
    .sort(
      (a, b) =>
        a.leftOn!.localeCompare(b.leftOn!) ||
        a.fullName.localeCompare(b.fullName, 'fi') ||
        a.id.localeCompare(b.id),
    );
}
