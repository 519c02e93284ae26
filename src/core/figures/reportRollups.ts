import type { Dataset } from '../schemas';
import { memberRollupsOf, type MemberRollup } from './rollups';
import { periodRollupsOf, type Period, type PeriodRollups } from './yearFigures';

/**
 * What a report's headline figures are computed from: the hour, volunteer and
 * session rollups of exactly the report's period and every member rollup. The
 * app reads them from the rollup tables (`readReportRollups` in
 * src/core/db/queries/figures.ts); the CLI and the tests build them from a data
 * file's rows with `reportRollupsOf`. Either way the report models see the
 * same rollups, so app and CLI print the same figures. For a grant report the
 * app reads only the volunteer rollups of the grant's hours (the per-person
 * maps are the large part at federation scale); the model counts no others.
 */
export type ReportRollups = PeriodRollups & { members: MemberRollup[] };

/** The report rollups of `period` built from rows (the CLI's and the tests' path). */
export function reportRollupsOf(
  data: Pick<Dataset, 'hours' | 'sessions' | 'people'>,
  period: Period,
): ReportRollups {
  return { ...periodRollupsOf(data, period), members: memberRollupsOf(data.people) };
}

/**
 * The rollups a report model computes from: those given (which must be of the
 * model's own period, or the figures would silently be another period's), or
 * built from the dataset's rows when none are given.
 */
export function rollupsForReport(
  data: Pick<Dataset, 'hours' | 'sessions' | 'people'>,
  period: Period,
  given: ReportRollups | undefined,
): ReportRollups {
  if (!given) return reportRollupsOf(data, period);
  if (given.period.from !== period.from || given.period.to !== period.to) {
    throw new Error(
      `Report rollups of ${given.period.from}–${given.period.to} given for a report of ${period.from}–${period.to}`,
    );
  }
  return given;
}

/** The hour, volunteer and session rollups of the activities `keep` accepts (ids, `''` for none). */
export function rollupsOfActivities<R extends PeriodRollups>(
  rollups: R,
  keep: (activityId: string, grantId: string) => boolean,
): R {
  return {
    ...rollups,
    hours: rollups.hours.filter((h) => keep(h.activityId, h.grantId)),
    volunteers: rollups.volunteers.filter((v) => keep(v.activityId, v.grantId)),
    sessions: rollups.sessions.filter((s) => keep(s.activityId, '')),
  };
}
