import {
  activityFiguresOf,
  periodFiguresOf,
  periodRollupsOf,
  splitByMonths,
  type ActivityFigures,
  type Period,
  type PeriodFigures,
  type PeriodRollups,
} from '../../figures/yearFigures';
import {
  volunteerRollupIdOf,
  type HourRollup,
  type MemberRollup,
  type VolunteerRollup,
} from '../../figures/rollups';
import type { ReportRollups } from '../../figures/reportRollups';
import type { TalkootDb } from '../TalkootDb';
import type { RollupTableName } from '../rollupStore';
import { hoursOfPeriod } from './hours';
import { sessionsOfPeriod } from './sessions';
import { allActivities, currentProfile } from './tables';

/** Bounds wide enough for any date a record may carry. */
const ALL_TIME: Period = { from: '0001-01-01', to: '9999-12-31' };

/**
 * The rollups of `period`: whole months read from the rollup tables, the days
 * at either end that do not fill a month summed from their rows with the same
 * functions. Open bounds mean all time. `volunteers: false` skips the
 * per-person maps when only sums are wanted; `volunteersOf` reads, of the
 * whole months, only the maps of the hour rollups it accepts (by id: a
 * volunteer rollup is of one month, activity and grant), for a report of a
 * few activities in a large association. The edge days' maps are all kept.
 */
export async function readPeriodRollups(
  db: TalkootDb,
  bounds: Partial<Period>,
  options: { volunteers?: boolean; volunteersOf?: (h: HourRollup) => boolean } = {},
): Promise<PeriodRollups> {
  const period: Period = { from: bounds.from || ALL_TIME.from, to: bounds.to || ALL_TIME.to };
  const { months, edges } = splitByMonths(period);
  const ofMonths = async <T extends RollupTableName>(name: T) =>
    months
      ? db.rollupsOf(name).where('month').between(months.first, months.last, true, true).toArray()
      : [];
  const { volunteersOf } = options;
  const volunteersOfMonths = async (hours: Promise<HourRollup[]>) => {
    if (options.volunteers === false) return [];
    if (!volunteersOf) return ofMonths('volunteerRollups');
    const ids = new Set((await hours).filter(volunteersOf).map(volunteerRollupIdOf));
    const rows = await db.rollupsOf('volunteerRollups').bulkGet([...ids]);
    return rows.filter((r): r is VolunteerRollup => !!r);
  };
  const hourRows = ofMonths('hourRollups');
  // The edge days' rows are read at the same time as the months' rollups, not after them.
  const edgeRows = edges.map(async (edge) => {
    const [h, s] = await Promise.all([hoursOfPeriod(db, edge), sessionsOfPeriod(db, edge)]);
    return periodRollupsOf({ hours: h, sessions: s }, edge);
  });
  const [hours, volunteers, sessions, ofEdges] = await Promise.all([
    hourRows,
    volunteersOfMonths(hourRows),
    ofMonths('sessionRollups'),
    Promise.all(edgeRows),
  ]);
  // New arrays: what a query returned is not added to in place.
  const out: PeriodRollups = {
    period,
    hours: [...hours],
    volunteers: [...volunteers],
    sessions: [...sessions],
  };
  for (const r of ofEdges) {
    out.hours.push(...r.hours);
    if (options.volunteers !== false) out.volunteers.push(...r.volunteers);
    out.sessions.push(...r.sessions);
  }
  return out;
}

/** Every member rollup (a few rows per month of the association's history). */
export function memberRollups(db: TalkootDb): Promise<MemberRollup[]> {
  return db.rollupsOf('memberRollups').toArray();
}

/**
 * What a report's figures are computed from: the rollups of exactly its
 * period (whole months from the tables, edge days from rows) and every member
 * rollup. The CLI builds the same from a data file with `reportRollupsOf`.
 */
export async function readReportRollups(
  db: TalkootDb,
  period: Period,
  options: { volunteersOf?: (h: HourRollup) => boolean } = {},
): Promise<ReportRollups> {
  const [rollups, members] = await Promise.all([
    readPeriodRollups(db, period, options),
    memberRollups(db),
  ]);
  return { ...rollups, members };
}

/** Headline figures of a period and the figures per activity, from rollups only. */
export async function periodSummary(
  db: TalkootDb,
  period: Period,
): Promise<{ figures: PeriodFigures; byActivity: ActivityFigures[] }> {
  const [rollups, members, profile, activities] = await Promise.all([
    readPeriodRollups(db, period),
    memberRollups(db),
    currentProfile(db),
    allActivities(db),
  ]);
  return {
    figures: periodFiguresOf(rollups, members, profile),
    byActivity: activityFiguresOf(rollups, activities),
  };
}

/** Figures per activity of a period, from rollups (no per-person maps read). */
export async function activityFiguresOfPeriod(
  db: TalkootDb,
  period: Period,
): Promise<ActivityFigures[]> {
  const [rollups, activities] = await Promise.all([
    readPeriodRollups(db, period, { volunteers: false }),
    allActivities(db),
  ]);
  return activityFiguresOf(rollups, activities);
}
