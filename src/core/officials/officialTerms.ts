import type { Period } from '../figures';
import {
  officialRoles,
  type Dataset,
  type Official,
  type OfficialRole,
  type Person,
} from '../schemas';

/** Does the term overlap the period (a running term has no end)? */
export function termOverlaps(o: Pick<Official, 'termStart' | 'termEnd'>, period: Period): boolean {
  return o.termStart <= period.to && (!o.termEnd || o.termEnd >= period.from);
}

/** Is the term running on `date` (both ends included)? */
export function inOfficeOn(o: Pick<Official, 'termStart' | 'termEnd'>, date: string): boolean {
  return o.termStart <= date && (!o.termEnd || o.termEnd >= date);
}

/** The official's name: the person's from the register, else the outsider's own. */
export function officialName(o: Official, person: Person | undefined): string {
  return (person?.fullName ?? o.name ?? '').trim();
}

/**
 * May the official's name be printed in public material: only with their
 * consent, never once the person is anonymised or in the trash.
 */
export function mayPublishName(o: Official, person: Person | undefined): boolean {
  if (!o.consentToPublishName) return false;
  if (o.personId) return !!person && !person.anonymisedAt && !person.deletedAt;
  return !!o.name?.trim();
}

const roleOrder = (r: OfficialRole) => officialRoles.indexOf(r);

/** One role in a report: the names that may be printed, and how many others held it. */
export type BoardRole = { role: OfficialRole; names: string[]; others: number };

/**
 * The board and officials of a period: every live term overlapping it, one
 * row per role in the order of `officialRoles`. A person holding a role in
 * two terms of the period is one person; named when a term of theirs allows
 * it, counted otherwise.
 */
export function boardOfPeriod(
  data: Pick<Dataset, 'officials' | 'people'>,
  period: Period,
): BoardRole[] {
  const people = new Map(data.people.map((p) => [p.id, p]));
  // Per role: who held it (a person's id, or an outsider's name) → the name to print, if any.
  const byRole = new Map<OfficialRole, Map<string, string | undefined>>();
  for (const o of data.officials ?? []) {
    if (o.deletedAt || !termOverlaps(o, period)) continue;
    const person = o.personId ? people.get(o.personId) : undefined;
    const holders = byRole.get(o.role) ?? new Map<string, string | undefined>();
    byRole.set(o.role, holders);
    const who = o.personId ?? `name:${normalise(o.name)}`;
    const name = mayPublishName(o, person) ? officialName(o, person) : undefined;
    holders.set(who, holders.get(who) ?? name);
  }
  return [...byRole]
    .sort(([a], [b]) => roleOrder(a) - roleOrder(b))
    .map(([role, holders]) => {
      const names = [...holders.values()].filter((n): n is string => !!n);
      return {
        role,
        names: [...new Set(names)].sort((a, b) => a.localeCompare(b, 'fi')),
        others: [...holders.values()].filter((n) => !n).length,
      };
    });
}

const normalise = (s: string | undefined) => (s ?? '').trim().toLocaleLowerCase('fi');

/** A signature line: the role, and the name when it may be printed. */
export type Signer = { role: OfficialRole; name?: string };

/**
 * Who signs for `roles` on `date`: the latest-started live term of each role
 * running that day. Without any officials recorded, the profile's chair and
 * treasurer names (the fields from before officials existed) are used.
 */
export function signersOn(
  data: Pick<Dataset, 'officials' | 'people' | 'profile'>,
  date: string,
  roles: readonly OfficialRole[],
): Signer[] {
  const people = new Map(data.people.map((p) => [p.id, p]));
  const live = (data.officials ?? []).filter((o) => !o.deletedAt);
  const profile = data.profile.find((p) => !p.deletedAt);
  return roles.map((role): Signer => {
    if (!live.length) {
      const name =
        role === 'chair'
          ? profile?.chairName
          : role === 'treasurer'
            ? profile?.treasurerName
            : undefined;
      return { role, name: name?.trim() || undefined };
    }
    const term = live
      .filter((o) => o.role === role && inOfficeOn(o, date))
      .sort((a, b) => b.termStart.localeCompare(a.termStart) || a.id.localeCompare(b.id))[0];
    if (!term) return { role };
    const person = term.personId ? people.get(term.personId) : undefined;
    return { role, name: mayPublishName(term, person) ? officialName(term, person) : undefined };
  });
}

/** True when the association has recorded any live official: the profile's names are then not used. */
export function hasOfficials(data: Pick<Dataset, 'officials'>): boolean {
  return (data.officials ?? []).some((o) => !o.deletedAt);
}
