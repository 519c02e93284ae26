import type { Period } from '../../figures/yearFigures';
import type { Session } from '../../schemas';
import type { TalkootDb } from '../TalkootDb';

const live = (s: Session) => !s.deletedAt;

/** Sessions dated in `period`, not in the trash (index `date`). */
export async function sessionsOfPeriod(db: TalkootDb, period: Period): Promise<Session[]> {
  const rows = await db
    .tableOf('sessions')
    .where('date')
    .between(period.from, period.to, true, true)
    .toArray();
  return rows.filter(live);
}

/** One activity's sessions (optionally of a period), not in the trash, oldest first. */
export async function sessionsOfActivity(
  db: TalkootDb,
  activityId: string,
  period?: Partial<Period>,
): Promise<Session[]> {
  const rows = await db
    .tableOf('sessions')
    .where('[activityId+date]')
    .between([activityId, period?.from || ''], [activityId, period?.to || '\uffff'], true, true)
    .toArray();
  return rows.filter(live);
}

/** The activity's latest session not in the trash, or undefined. */
export async function latestSessionOfActivity(
  db: TalkootDb,
  activityId: string,
): Promise<Session | undefined> {
  return db
    .tableOf('sessions')
    .where('[activityId+date]')
    .between([activityId, ''], [activityId, '\uffff'], true, true)
    .reverse()
    .filter(live)
    .first();
}
