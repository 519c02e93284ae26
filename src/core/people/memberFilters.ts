import { peopleWithUnpaidFeeForAYear } from '../fees/feeTotals';
import { isMemberOn } from '../figures/yearFigures';
import type { Dataset, MembershipType, Person } from '../schemas';
import { formerMembersPastRetention, type RetentionData } from './anonymise';
import { byStatutoryName } from './personNameParts';
import { searchPeople } from './searchPeople';

/** The groups of people the member register can be narrowed to. */
export const memberFilterKinds = [
  'everyone',
  'members',
  'former',
  'volunteers',
  'membershipType',
  'unpaidFee',
  'pastRetention',
] as const;
export type MemberFilterKind = (typeof memberFilterKinds)[number];

export type MemberFilter =
  | { kind: Exclude<MemberFilterKind, 'membershipType'> }
  | { kind: 'membershipType'; membershipType: Exclude<MembershipType, 'none'> };

export const memberSortKeys = ['name', 'municipality', 'joined'] as const;
export type MemberSortKey = (typeof memberSortKeys)[number];
export type MemberSort = { key: MemberSortKey; direction: 'asc' | 'desc' };

/**
 * What the member groups read: the people, the profile (retention period), the
 * fees (only live unpaid ones count) and, of the hours, who logged them and
 * when. A full Dataset will do; so will, per person with live hours, one mark
 * of their latest entry and only the unpaid fees (memberGroupData in core/db).
 */
export type MemberGroupData = RetentionData & Pick<Dataset, 'fees'>;

/**
 * The people (not in the trash) in one group on `today`:
 * - `everyone`: all of them, anonymised people included;
 * - `members`: members on `today` (`isMemberOn`);
 * - `former`: people who left on or before `today` and are not members now;
 * - `volunteers`: people with membership `none` and at least one hour entry;
 * - `membershipType`: members on `today` with the given membership type;
 * - `unpaidFee`: `peopleWithUnpaidFeeForAYear`;
 * - `pastRetention`: `formerMembersPastRetention` (the profile's period).
 * The order is that of `data.people`.
 */
export function filterMembers(
  data: MemberGroupData,
  filter: MemberFilter,
  today: string,
): Person[] {
  const live = data.people.filter((p) => !p.deletedAt);
  const inSet = (ids: Iterable<string>) => {
    const set = new Set(ids);
    return live.filter((p) => set.has(p.id));
  };
  switch (filter.kind) {
    case 'everyone':
      return live;
    case 'members':
      return live.filter((p) => isMemberOn(p, today));
    case 'former':
      return live.filter((p) => !!p.leftOn && p.leftOn <= today && !isMemberOn(p, today));
    case 'volunteers':
      return inSet(data.hours.filter((h) => !h.deletedAt).map((h) => h.personId)).filter(
        (p) => p.membership === 'none',
      );
    case 'membershipType':
      return live.filter((p) => p.membership === filter.membershipType && isMemberOn(p, today));
    case 'unpaidFee':
      return inSet(peopleWithUnpaidFeeForAYear(data, today).map((u) => u.person.id));
    case 'pastRetention':
      return inSet(formerMembersPastRetention(data, today).map((p) => p.id));
  }
}

/** People in the trash, the most recently deleted first (the trash part of the register). */
export function trashNewestFirst(people: readonly Person[]): Person[] {
  return people
    .filter((p) => !!p.deletedAt)
    .sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
}

/** How many people each group (except `membershipType`) holds on `today`. */
export function memberFilterCounts(
  data: MemberGroupData,
  today: string,
): Record<Exclude<MemberFilterKind, 'membershipType'>, number> {
  const count = (kind: Exclude<MemberFilterKind, 'membershipType'>) =>
    filterMembers(data, { kind }, today).length;
  return {
    everyone: count('everyone'),
    members: count('members'),
    former: count('former'),
    volunteers: count('volunteers'),
    unpaidFee: count('unpaidFee'),
    pastRetention: count('pastRetention'),
  };
}

/**
 * People sorted by name in the statutory order (surname, then given names,
 * Finnish collation: `byStatutoryName`), home municipality (then name, with
 * the collation of `lang`) or joining date (then name); people without a
 * joining date come last in either direction. Returns a new array.
 */
export function sortMembers<
  P extends Pick<Person, 'id' | 'fullName' | 'homeMunicipality' | 'joinedOn'>,
>(people: P[], sort: MemberSort, lang: string): P[] {
  const collator = new Intl.Collator(lang);
  const sign = sort.direction === 'asc' ? 1 : -1;
  const statutory = byStatutoryName<P>((p) => p.fullName);
  const byName = (a: P, b: P) => statutory(a, b) || a.id.localeCompare(b.id);
  const compare = (a: P, b: P): number => {
    switch (sort.key) {
      case 'name':
        return sign * byName(a, b);
      case 'municipality':
        return sign * collator.compare(a.homeMunicipality, b.homeMunicipality) || byName(a, b);
      case 'joined':
        if (!a.joinedOn || !b.joinedOn) return a.joinedOn ? -1 : b.joinedOn ? 1 : byName(a, b);
        return sign * a.joinedOn.localeCompare(b.joinedOn) || byName(a, b);
    }
  };
  return [...people].sort(compare);
}

export type MemberView = { filter: MemberFilter; query: string; sort: MemberSort };

/** What the member register shows: one group, narrowed by a search, in the chosen order. */
export function memberView(
  data: MemberGroupData,
  view: MemberView,
  today: string,
  lang: string,
): Person[] {
  return sortMembers(
    searchPeople(filterMembers(data, view.filter, today), view.query),
    view.sort,
    lang,
  );
}
