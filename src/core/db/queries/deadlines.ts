import { upcomingGrantDeadlines, type GrantDeadline } from '../../grants/deadlines';
import type { Dataset } from '../../schemas';
import type { TalkootDb } from '../TalkootDb';
import { periodDataset } from './reportData';
import type { Period } from '../../figures/yearFigures';

/** How many days ahead the home page lists grant deadlines. */
export const deadlineDays = 60;

/**
 * The grant deadlines of the next `days` days from `today` and the overdue
 * ones still open, soonest first: read from the grants table alone (small).
 */
export async function grantDeadlines(
  db: TalkootDb,
  today: string,
  days = deadlineDays,
): Promise<GrantDeadline[]> {
  return upcomingGrantDeadlines(await db.tableOf('grants').toArray(), today, days);
}

/**
 * What a grant usage report of `period` reads: `periodDataset` and the
 * grants' checklists, which the report prints.
 */
export async function grantReportDataset(db: TalkootDb, period: Period): Promise<Dataset> {
  const [data, checklist] = await Promise.all([
    periodDataset(db, period),
    db.tableOf('grantChecklistItems').toArray(),
  ]);
  data.grantChecklistItems = checklist;
  return data;
}
