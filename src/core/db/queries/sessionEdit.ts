import type { HourEntry, Session } from '../../schemas';
import type { TalkootDb } from '../TalkootDb';
import { hoursOfSession } from './hours';
import { namesOfPeople } from './hourList';

/** A session with its live hour entries and their people's names, to edit it. */
export type SessionForEdit = {
  session: Session;
  entries: HourEntry[];
  people: Map<string, string>;
};

/** The session (by key) with its live entries, or null when it is gone or in the trash. */
export async function sessionForEdit(
  db: TalkootDb,
  sessionId: string,
): Promise<SessionForEdit | null> {
  const session = await db.tableOf('sessions').get(sessionId);
  if (!session || session.deletedAt) return null;
  const entries = await hoursOfSession(db, sessionId);
  return {
    session,
    entries,
    people: await namesOfPeople(
      db,
      entries.map((h) => h.personId),
    ),
  };
}

/** One hour entry by key with its person's name, or null when it is gone or in the trash. */
export async function hourEntryForEdit(
  db: TalkootDb,
  id: string,
): Promise<{ entry: HourEntry; person: string | undefined } | null> {
  const entry = await db.tableOf('hours').get(id);
  if (!entry || entry.deletedAt) return null;
  return { entry, person: (await namesOfPeople(db, [entry.personId])).get(entry.personId) };
}
