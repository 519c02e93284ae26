import type { Activity, Language } from '../schemas';

type Dated = Pick<Activity, 'startedOn' | 'endedOn'>;

/**
 * Whether an activity runs on `date`: it has started by then (or has no start
 * recorded) and its end date, the last day it ran, is not before it. The one
 * rule for the Activities page's "running" filter and for which activities the
 * hour and session forms offer, so an activity shown as running can be logged.
 */
export function isActivityRunningOn(activity: Dated, date: string): boolean {
  return (
    (!activity.startedOn || activity.startedOn <= date) &&
    (!activity.endedOn || activity.endedOn >= date)
  );
}

/**
 * Whether an activity still runs after `date`, so ending it on that day
 * changes something (the activity form's "end today").
 */
export function runsAfter(activity: Pick<Activity, 'endedOn'>, date: string): boolean {
  return !activity.endedOn || activity.endedOn > date;
}

/**
 * The activities a form offers for work done on `date`: those not in the
 * trash running on that day, by name in `lang`, and the one the record already
 * has (`keepId`) even when it no longer qualifies, so editing never loses it.
 */
export function activitiesToLog<
  A extends Dated & { id: string; name: string; deletedAt?: string | null },
>(activities: readonly A[], date: string, lang: Language, keepId?: string | null): A[] {
  return activities
    .filter((a) => a.id === keepId || (!a.deletedAt && isActivityRunningOn(a, date)))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
}

/** The Activities page's status filter: running today, ended, or all. */
export const activityStatusFilters = ['active', 'ended', 'all'] as const;
export type ActivityStatusFilter = (typeof activityStatusFilters)[number];

/** Whether an activity belongs in the list for the chosen status filter (running: isActivityRunningOn). */
export function matchesStatus(a: Dated, filter: ActivityStatusFilter, today: string): boolean {
  if (filter === 'all') return true;
  return isActivityRunningOn(a, today) === (filter === 'active');
}
