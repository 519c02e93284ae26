import { searchPeople } from '../../people/searchPeople';
import { officialName } from '../../officials';
import type { Official, Person } from '../../schemas';
import type { TalkootDb } from '../TalkootDb';

/** An official's term with the name to show in the app (the register's, or the outsider's). */
export type OfficialRow = Official & { displayName: string; person?: Person };

async function withNames(db: TalkootDb, rows: Official[]): Promise<OfficialRow[]> {
  const ids = [...new Set(rows.map((o) => o.personId).filter((id): id is string => !!id))];
  const people = new Map(
    (await db.tableOf('people').bulkGet(ids)).filter((p): p is Person => !!p).map((p) => [p.id, p]),
  );
  return rows.map((o) => {
    const person = o.personId ? people.get(o.personId) : undefined;
    return { ...o, person, displayName: officialName(o, person) };
  });
}

/**
 * The officials not in the trash, each with the name to show, newest term
 * first. The table holds a few rows a year, so it is read whole; the people
 * are read by id.
 */
export async function liveOfficials(db: TalkootDb): Promise<OfficialRow[]> {
  const rows = (await db.tableOf('officials').toArray()).filter((o) => !o.deletedAt);
  rows.sort((a, b) => b.termStart.localeCompare(a.termStart) || a.id.localeCompare(b.id));
  return withNames(db, rows);
}

/** The official terms of one person (index `personId`), trash included: their own data. */
export function officialsOfPerson(db: TalkootDb, personId: string): Promise<Official[]> {
  return db.tableOf('officials').where('personId').equals(personId).toArray();
}

/**
 * People who can be chosen for a role: not in the trash, not anonymised,
 * matching `query` (searchPeople), by name, at most `limit`. The register is
 * one small table; the choice shows a page of matches, not everyone.
 */
export async function officialCandidates(
  db: TalkootDb,
  query: string,
  limit = 50,
): Promise<Person[]> {
  const people = (await db.tableOf('people').toArray()).filter(
    (p) => !p.deletedAt && !p.anonymisedAt,
  );
  people.sort((a, b) => a.fullName.localeCompare(b.fullName, 'fi'));
  return searchPeople(people, query).slice(0, limit);
}
