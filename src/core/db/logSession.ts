import type { HourKind, OmitKeys } from '../schemas';
import type { Clock } from './clock';
import { systemClock } from './clock';
import { Repository, type RecordInput } from './Repository';
import type { TalkootDb } from './TalkootDb';

export type SessionLog = {
  session: OmitKeys<RecordInput<'sessions'>, 'volunteers'>;
  /** People who volunteered at the session; each gets an hour entry. */
  volunteerIds: string[];
  /** Minutes each volunteer gave by default (may exceed the session: preparation). */
  volunteerMinutes: number;
  /** Volunteers whose time differs from the default (one leads two hours, another helps one). */
  ownMinutes?: Readonly<Record<string, number>>;
  kind: HourKind;
  grantId?: string;
};

/**
 * Log one meeting and the hours of everyone who volunteered at it, in one
 * transaction: either the session and all its hour entries are saved, or none.
 */
export async function logSession(db: TalkootDb, log: SessionLog, clock: Clock = systemClock) {
  const sessions = new Repository(db, 'sessions', clock);
  const hours = new Repository(db, 'hours', clock);
  return db.transaction('rw', [db.tableOf('sessions'), db.tableOf('hours')], async () => {
    const session = await sessions.create({
      ...log.session,
      volunteers: log.volunteerIds.length,
      volunteerMinutes: log.volunteerMinutes,
    });
    const entries = [];
    for (const personId of log.volunteerIds) {
      entries.push(
        await hours.create({
          personId,
          activityId: session.activityId,
          sessionId: session.id,
          date: session.date,
          minutes: log.ownMinutes?.[personId] ?? log.volunteerMinutes,
          kind: log.kind,
          participantsReached: session.participants,
          grantId: log.grantId,
          approved: false,
        }),
      );
    }
    return { session, hours: entries };
  });
}
