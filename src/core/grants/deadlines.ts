import { daysBetween } from '../dates/calendarDays';
import type { Grant, GrantStatus } from '../schemas';

export const grantDeadlineKinds = [
  'applicationDeadline',
  'interimReportDue',
  'reportDue',
  'useBy',
] as const;
export type GrantDeadlineKind = (typeof grantDeadlineKinds)[number];

export type GrantDeadline = {
  grantId: string;
  grantName: string;
  kind: GrantDeadlineKind;
  date: string;
  /** Days from today to the date: 0 on the day itself, negative when overdue. */
  daysLeft: number;
  overdue: boolean;
};

/** While in these statuses a deadline of the kind is still ahead of the association. */
const openIn: Record<GrantDeadlineKind, readonly GrantStatus[]> = {
  applicationDeadline: ['planned', 'drafting'],
  interimReportDue: ['granted', 'partlyGranted'],
  reportDue: ['granted', 'partlyGranted'],
  useBy: ['granted', 'partlyGranted'],
};

export { daysBetween };

/**
 * Deadlines of the next `days` days counted from `today` (today included, so
 * `days` 0 is today only), and every overdue one the grant's status still
 * leaves open: an application not yet submitted, a report not yet sent, money
 * still to use. Soonest (most overdue) first.
 */
export function upcomingGrantDeadlines(
  grants: readonly Grant[],
  today: string,
  days: number,
): GrantDeadline[] {
  const out: GrantDeadline[] = [];
  for (const g of grants) {
    if (g.deletedAt) continue;
    for (const kind of grantDeadlineKinds) {
      const date = g[kind];
      if (!date || !openIn[kind].includes(g.status)) continue;
      const daysLeft = daysBetween(today, date);
      if (daysLeft > days) continue;
      out.push({ grantId: g.id, grantName: g.name, kind, date, daysLeft, overdue: daysLeft < 0 });
    }
  }
  return out.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      a.grantName.localeCompare(b.grantName, 'fi') ||
      grantDeadlineKinds.indexOf(a.kind) - grantDeadlineKinds.indexOf(b.kind),
  );
}
