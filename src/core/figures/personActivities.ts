import type { Dataset } from '../schemas';

/** One activity a person has logged volunteer hours for, with the totals of those hours. */
export type PersonActivityRow = {
  activityId: string;
  name: string;
  /** Number of hour entries. */
  entries: number;
  totalMinutes: number;
  /** ISO date of the person's first entry for the activity. */
  firstDate: string;
  /** ISO date of the person's last entry for the activity. */
  lastDate: string;
};

/**
 * The activities one person has logged hours for: per activity the number of
 * live hour entries, their minutes, and the first and last date. Hours in the
 * trash, hours of other people and hours without a known activity are left
 * out; an activity in the trash still counts, as its hours are still there.
 * Most recently active first (last date, newest first), then by name.
 */
export function personActivityTotals(
  data: Pick<Dataset, 'hours' | 'activities'>,
  personId: string,
): PersonActivityRow[] {
  const names = new Map(data.activities.map((a) => [a.id, a.name]));
  const rows = new Map<string, PersonActivityRow>();
  for (const h of data.hours) {
    if (h.deletedAt || h.personId !== personId || !h.activityId) continue;
    const name = names.get(h.activityId);
    if (name === undefined) continue;
    const row = rows.get(h.activityId);
    if (!row) {
      rows.set(h.activityId, {
        activityId: h.activityId,
        name,
        entries: 1,
        totalMinutes: h.minutes,
        firstDate: h.date,
        lastDate: h.date,
      });
      continue;
    }
    row.entries += 1;
    row.totalMinutes += h.minutes;
    if (h.date < row.firstDate) row.firstDate = h.date;
    if (h.date > row.lastDate) row.lastDate = h.date;
  }
  return [...rows.values()].sort(
    (a, b) => b.lastDate.localeCompare(a.lastDate) || a.name.localeCompare(b.name, 'fi'),
  );
}
