import { countApproval, countApprovalOfRollups, type ApprovalCounts } from '../../hours/approval';
import { matchesHourFilter, type HourFilter } from '../../hours/filterHours';
import type { Period } from '../../figures/yearFigures';
import type { HourEntry } from '../../schemas';
import type { TalkootDb } from '../TalkootDb';
import { readPeriodRollups } from './figures';

const live = (h: HourEntry) => !h.deletedAt;
const lo = (from?: string | null) => from || '';
const hi = (to?: string | null) => to || '\uffff';

/** Hour entries dated in `period`, not in the trash (index `date`). */
export async function hoursOfPeriod(db: TalkootDb, period: Period): Promise<HourEntry[]> {
  const rows = await db
    .tableOf('hours')
    .where('date')
    .between(period.from, period.to, true, true)
    .toArray();
  return rows.filter(live);
}

function byKeyAndDate(
  db: TalkootDb,
  index: '[personId+date]' | '[activityId+date]' | '[grantId+date]',
  key: string,
  period?: Partial<Period>,
) {
  return db
    .tableOf('hours')
    .where(index)
    .between([key, lo(period?.from)], [key, hi(period?.to)], true, true);
}

/** One person's hour entries (optionally of a period), not in the trash, oldest first. */
export async function hoursOfPerson(
  db: TalkootDb,
  personId: string,
  period?: Partial<Period>,
): Promise<HourEntry[]> {
  return (await byKeyAndDate(db, '[personId+date]', personId, period).toArray()).filter(live);
}

/** One activity's hour entries (optionally of a period), not in the trash, oldest first. */
export async function hoursOfActivity(
  db: TalkootDb,
  activityId: string,
  period?: Partial<Period>,
): Promise<HourEntry[]> {
  return (await byKeyAndDate(db, '[activityId+date]', activityId, period).toArray()).filter(live);
}

/** Hour entries booked to one grant (optionally of a period), not in the trash, oldest first. */
export async function hoursOfGrant(
  db: TalkootDb,
  grantId: string,
  period?: Partial<Period>,
): Promise<HourEntry[]> {
  return (await byKeyAndDate(db, '[grantId+date]', grantId, period).toArray()).filter(live);
}

/** The hour entries of one session, not in the trash. */
export async function hoursOfSession(db: TalkootDb, sessionId: string): Promise<HourEntry[]> {
  return (await db.tableOf('hours').where('sessionId').equals(sessionId).toArray()).filter(live);
}

/**
 * The hour entries matching `f`, newest first, read through the narrowest
 * index the filter allows (a person's, an activity's, a grant's, or a date
 * range) and only as far as `offset + limit`.
 */
export async function hourListPage(
  db: TalkootDb,
  f: HourFilter,
  offset: number,
  limit: number,
): Promise<HourEntry[]> {
  return hourListCollection(db, f).offset(offset).limit(limit).toArray();
}

/** Every hour entry matching `f`, newest first (for export and "approve all shown"). */
export function hourList(db: TalkootDb, f: HourFilter): Promise<HourEntry[]> {
  return hourListCollection(db, f).toArray();
}

function hourListCollection(db: TalkootDb, f: HourFilter) {
  const table = db.tableOf('hours');
  const range = { from: f.from ?? undefined, to: f.to ?? undefined };
  const collection = f.personId
    ? byKeyAndDate(db, '[personId+date]', f.personId, range)
    : f.activityId
      ? byKeyAndDate(db, '[activityId+date]', f.activityId, range)
      : f.grantId
        ? byKeyAndDate(db, '[grantId+date]', f.grantId, range)
        : f.from || f.to
          ? table.where('date').between(lo(f.from), hi(f.to), true, true)
          : table.orderBy('date');
  return collection.reverse().filter((h) => matchesHourFilter(h, f));
}

/**
 * Counts and minutes, approved and pending, of the entries matching `f`: from
 * the rollups, or from the person's own rows when the filter names a person
 * (rollups do not split by person).
 */
export async function hourListTotals(db: TalkootDb, f: HourFilter): Promise<ApprovalCounts> {
  if (f.personId) return countApproval(await hourList(db, f));
  const rollups = await readPeriodRollups(
    db,
    { from: f.from ?? undefined, to: f.to ?? undefined },
    { volunteers: false },
  );
  return countApprovalOfRollups(rollups.hours, f);
}
