import type { Period } from '../../figures/yearFigures';
import type { TalkootDb } from '../TalkootDb';
import { readPeriodRollups } from './figures';

/** How many records a period has: what a report of it would be made of. */
export type PeriodRecordCounts = {
  hourEntries: number;
  sessions: number;
  /** Members who joined or left in the period. */
  memberEvents: number;
};

/**
 * The hour entries, sessions and joins/leaves of members in `period`, from the
 * rollups (whole months) and the rows of the days at either end: cheap enough
 * to ask before every report, so an empty period is told before its PDF is made.
 */
export async function periodRecordCounts(
  db: TalkootDb,
  period: Period,
): Promise<PeriodRecordCounts> {
  const first = period.from.slice(0, 7);
  const last = period.to.slice(0, 7);
  const [rollups, members] = await Promise.all([
    readPeriodRollups(db, period, { volunteers: false }),
    db.rollupsOf('memberRollups').where('month').between(first, last, true, true).toArray(),
  ]);
  const inPeriod = (date: string) => date >= period.from && date <= period.to;
  let memberEvents = 0;
  for (const r of members) {
    for (const [date, n] of [...Object.entries(r.joined), ...Object.entries(r.left)]) {
      if (inPeriod(date)) memberEvents += n;
    }
  }
  return {
    hourEntries: rollups.hours.reduce((sum, r) => sum + r.entries, 0),
    sessions: rollups.sessions.reduce((sum, r) => sum + r.sessions, 0),
    memberEvents,
  };
}

/** True when a period has no hour entries, sessions or member joins/leaves. */
export function isEmptyPeriod(counts: PeriodRecordCounts): boolean {
  return counts.hourEntries === 0 && counts.sessions === 0 && counts.memberEvents === 0;
}
