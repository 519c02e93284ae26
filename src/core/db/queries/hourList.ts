import { sessionVolunteerMinutes } from '../../hours/editHours';
import type { HourFilter } from '../../hours/filterHours';
import type { HourEntry, Session } from '../../schemas';
import type { TalkootDb } from '../TalkootDb';
import { hourList, hourListPage, hoursOfSession } from './hours';
import { latestSessionOfActivity } from './sessions';

/**
 * The full names of the given people by id, trash included (old hour entries
 * still name them): only those rows of the register, read by key.
 */
export async function namesOfPeople(
  db: TalkootDb,
  ids: Iterable<string>,
): Promise<Map<string, string>> {
  const people = await db.tableOf('people').bulkGet([...new Set(ids)]);
  return new Map(people.flatMap((p) => (p ? [[p.id, p.fullName] as const] : [])));
}

/** Hour entries with the names of their people. */
export type HoursWithNames = { entries: HourEntry[]; people: Map<string, string> };

/** One page of the hour list (see hourListPage) with the names of its people. */
export async function hourListPageWithNames(
  db: TalkootDb,
  filter: HourFilter,
  offset: number,
  limit: number,
): Promise<HoursWithNames> {
  const entries = await hourListPage(db, filter, offset, limit);
  return {
    entries,
    people: await namesOfPeople(
      db,
      entries.map((h) => h.personId),
    ),
  };
}

/** The whole hour list (see hourList) with the names of its people, for an export. */
export async function hourListWithNames(
  db: TalkootDb,
  filter: HourFilter,
): Promise<HoursWithNames> {
  const entries = await hourList(db, filter);
  return {
    entries,
    people: await namesOfPeople(
      db,
      entries.map((h) => h.personId),
    ),
  };
}

/** An activity's latest meeting and who volunteered at it, to prefill the next one. */
export type PreviousSession = {
  session: Session;
  volunteerIds: string[];
  /** The volunteers' default time at it (see sessionVolunteerMinutes), if anyone volunteered. */
  minutes: number | undefined;
};

/** The activity's latest session not in the trash with its volunteers, or null when none. */
export async function previousSessionOfActivity(
  db: TalkootDb,
  activityId: string,
): Promise<PreviousSession | null> {
  const session = await latestSessionOfActivity(db, activityId);
  if (!session) return null;
  const hours = await hoursOfSession(db, session.id);
  return {
    session,
    volunteerIds: hours.map((h) => h.personId),
    minutes: hours.length ? sessionVolunteerMinutes(session, hours) : undefined,
  };
}
