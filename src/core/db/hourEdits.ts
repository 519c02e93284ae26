import {
  HourEditError,
  editedEntry,
  minutesAfterDefaultChange,
  sessionVolunteerMinutes,
  type HourEntryEdit,
} from '../hours/editHours';
import type { CountMethod, HourEntry, HourKind, Session } from '../schemas';
import { Repository } from './Repository';
import type { TalkootDb } from './TalkootDb';
import { systemClock, type Clock } from './clock';

const live = (h: HourEntry) => !h.deletedAt;

async function liveEntriesOfSession(db: TalkootDb, sessionId: string): Promise<HourEntry[]> {
  return (await db.tableOf('hours').where('sessionId').equals(sessionId).toArray()).filter(live);
}

/** Keep a session's volunteer count equal to its live entries (the rollups sum it). */
async function recountVolunteers(db: TalkootDb, sessionId: string | undefined, nowIso: string) {
  if (!sessionId) return;
  const table = db.tableOf('sessions');
  const session = await table.get(sessionId);
  if (!session) return;
  const volunteers = (await liveEntriesOfSession(db, sessionId)).length;
  if (session.volunteers !== volunteers) {
    await table.put({ ...session, volunteers, updatedAt: nowIso });
  }
}

/**
 * Correct one hour entry, in one transaction (see editedEntry): an approved
 * entry is no longer approved afterwards and notes `changedBy`, which is then
 * required (HourEditError 'changerRequired' otherwise, and nothing is saved).
 * Whole rows, not `Repository.update`: a patch cannot remove the approver.
 * Returns the saved entry, or null when nothing changed.
 */
export async function updateHourEntry(
  db: TalkootDb,
  id: string,
  edit: HourEntryEdit,
  changedBy?: string,
  clock: Clock = systemClock,
): Promise<HourEntry | null> {
  const hours = new Repository(db, 'hours', clock);
  const table = db.tableOf('hours');
  return db.transaction('rw', table, async () => {
    const current = await table.get(id);
    if (!current) throw new HourEditError('notFound');
    const next = editedEntry(current, edit, { changedBy, nowIso: clock().toISOString() });
    if (!next) return null;
    const record = hours.validate(next);
    await table.put(record);
    return record;
  });
}

/**
 * Move one hour entry to the trash; when it belongs to a session, the
 * session's volunteer count follows in the same transaction.
 */
export async function trashHourEntry(
  db: TalkootDb,
  id: string,
  clock: Clock = systemClock,
): Promise<void> {
  await setEntryDeleted(db, id, clock().toISOString(), clock);
}

/** The undo of trashHourEntry. */
export async function restoreHourEntry(
  db: TalkootDb,
  id: string,
  clock: Clock = systemClock,
): Promise<void> {
  await setEntryDeleted(db, id, null, clock);
}

async function setEntryDeleted(
  db: TalkootDb,
  id: string,
  deletedAt: string | null,
  clock: Clock,
): Promise<void> {
  const table = db.tableOf('hours');
  await db.transaction('rw', [table, db.tableOf('sessions')], async () => {
    const current = await table.get(id);
    if (!current) throw new HourEditError('notFound');
    const nowIso = clock().toISOString();
    await table.put({ ...current, deletedAt, updatedAt: nowIso });
    await recountVolunteers(db, current.sessionId, nowIso);
  });
}

/** One volunteer of a session as edited: `minutes` when the user set their own time. */
export type SessionVolunteerEdit = { personId: string; minutes?: number };

/** A session as the user corrected it, with who volunteered. */
export type SessionEdit = {
  activityId: string;
  date: string;
  durationMinutes: number;
  participants: number;
  newParticipants: number;
  countMethod: CountMethod;
  /** The volunteers' default time; those without their own follow it (minutesAfterDefaultChange). */
  volunteerMinutes: number;
  volunteers: SessionVolunteerEdit[];
  /** The kind of work of new entries, and of every entry when the activity changes. */
  kind: HourKind;
};

/** What editSession wrote. */
export type SessionEditResult = {
  session: Session;
  changed: HourEntry[];
  created: HourEntry[];
  trashed: HourEntry[];
};

/**
 * Correct a session and its volunteers' hour entries in one transaction:
 * each entry takes the session's date, activity and participants; its time is
 * the volunteer's own when given, else follows the default by
 * minutesAfterDefaultChange (an entry that had the old default gets the new
 * one, one that differed keeps its own). New volunteers get an entry, removed
 * ones' entries go to the trash. Approved entries that change lose their
 * approval with a note of `changedBy` (required then: HourEditError
 * 'changerRequired', and nothing is saved).
 */
export async function editSession(
  db: TalkootDb,
  sessionId: string,
  edit: SessionEdit,
  changedBy?: string,
  clock: Clock = systemClock,
): Promise<SessionEditResult> {
  const sessions = new Repository(db, 'sessions', clock);
  const hours = new Repository(db, 'hours', clock);
  const hoursTable = db.tableOf('hours');
  const sessionsTable = db.tableOf('sessions');
  return db.transaction('rw', [sessionsTable, hoursTable], async () => {
    const before = await sessionsTable.get(sessionId);
    if (!before) throw new HourEditError('notFound');
    if (before.deletedAt) throw new HourEditError('inTrash');
    const nowIso = clock().toISOString();
    const entries = await liveEntriesOfSession(db, sessionId);
    const oldDefault = sessionVolunteerMinutes(before, entries);
    const wanted = new Map<string, SessionVolunteerEdit>();
    for (const v of edit.volunteers) wanted.set(v.personId, v);

    const session = sessions.validate({
      ...before,
      activityId: edit.activityId,
      date: edit.date,
      durationMinutes: edit.durationMinutes,
      participants: edit.participants,
      newParticipants: edit.newParticipants,
      countMethod: edit.countMethod,
      volunteerMinutes: edit.volunteerMinutes,
      volunteers: wanted.size,
      updatedAt: nowIso,
    });
    const changed: HourEntry[] = [];
    const trashed: HourEntry[] = [];
    const stamp = { changedBy, nowIso };
    for (const entry of entries) {
      const v = wanted.get(entry.personId);
      if (!v) {
        trashed.push(hours.validate({ ...entry, deletedAt: nowIso, updatedAt: nowIso }));
        continue;
      }
      wanted.delete(entry.personId);
      const next = editedEntry(
        entry,
        {
          date: session.date,
          activityId: session.activityId,
          minutes: minutesAfterDefaultChange(
            entry.minutes,
            oldDefault,
            edit.volunteerMinutes,
            v.minutes,
          ),
          // A figure the volunteer gave of their own stays; the session's follows the session.
          participantsReached:
            entry.participantsReached === before.participants
              ? session.participants
              : entry.participantsReached,
          ...(session.activityId !== before.activityId ? { kind: edit.kind } : {}),
        },
        stamp,
      );
      if (next) changed.push(hours.validate(next));
    }
    // Volunteers not yet at the session, in the order given.
    const created: HourEntry[] = [...wanted.values()].map((v) =>
      hours.validate({
        id: crypto.randomUUID(),
        createdAt: nowIso,
        updatedAt: nowIso,
        deletedAt: null,
        personId: v.personId,
        activityId: session.activityId,
        sessionId: session.id,
        date: session.date,
        minutes: v.minutes ?? edit.volunteerMinutes,
        kind: edit.kind,
        participantsReached: session.participants,
        approved: false,
      }),
    );
    await sessionsTable.put(session);
    const rows = [...changed, ...trashed, ...created];
    if (rows.length) await hoursTable.bulkPut(rows);
    return { session, changed, created, trashed };
  });
}

/**
 * Move a session and its live hour entries to the trash in one transaction,
 * all stamped with the same `deletedAt`, which restoreSession uses to bring
 * back exactly these. Returns how many entries went with it.
 */
export async function trashSession(
  db: TalkootDb,
  sessionId: string,
  clock: Clock = systemClock,
): Promise<{ entries: number }> {
  const hoursTable = db.tableOf('hours');
  const sessionsTable = db.tableOf('sessions');
  return db.transaction('rw', [sessionsTable, hoursTable], async () => {
    const session = await sessionsTable.get(sessionId);
    if (!session) throw new HourEditError('notFound');
    if (session.deletedAt) return { entries: 0 };
    const nowIso = clock().toISOString();
    const entries = await liveEntriesOfSession(db, sessionId);
    await sessionsTable.put({ ...session, deletedAt: nowIso, updatedAt: nowIso });
    await hoursTable.bulkPut(entries.map((h) => ({ ...h, deletedAt: nowIso, updatedAt: nowIso })));
    return { entries: entries.length };
  });
}

/**
 * The undo of trashSession: the session and the entries trashed with it (the
 * same `deletedAt`) come back; entries trashed on their own earlier stay in
 * the trash.
 */
export async function restoreSession(
  db: TalkootDb,
  sessionId: string,
  clock: Clock = systemClock,
): Promise<void> {
  const hoursTable = db.tableOf('hours');
  const sessionsTable = db.tableOf('sessions');
  await db.transaction('rw', [sessionsTable, hoursTable], async () => {
    const session = await sessionsTable.get(sessionId);
    if (!session) throw new HourEditError('notFound');
    if (!session.deletedAt) return;
    const nowIso = clock().toISOString();
    const entries = (await hoursTable.where('sessionId').equals(sessionId).toArray()).filter(
      (h) => h.deletedAt === session.deletedAt,
    );
    await sessionsTable.put({ ...session, deletedAt: null, updatedAt: nowIso });
    await hoursTable.bulkPut(entries.map((h) => ({ ...h, deletedAt: null, updatedAt: nowIso })));
  });
}
