import type { Dataset, HourEntry, HourKind } from '../schemas';
import { matchesApproval, type ApprovalFilter } from './approval';

export type HourFilter = {
  personId?: string | null;
  activityId?: string | null;
  kind?: HourKind | null;
  grantId?: string | null;
  /** Inclusive YYYY-MM-DD bounds. */
  from?: string | null;
  to?: string | null;
  /** Only approved, or only those still waiting for approval. */
  approval?: ApprovalFilter | null;
};

/** True when an hour entry is not in the trash and meets every condition of the filter. */
export function matchesHourFilter(h: HourEntry, f: HourFilter): boolean {
  return (
    !h.deletedAt &&
    (!f.personId || h.personId === f.personId) &&
    (!f.activityId || h.activityId === f.activityId) &&
    (!f.kind || h.kind === f.kind) &&
    (!f.grantId || h.grantId === f.grantId) &&
    (!f.from || h.date >= f.from) &&
    (!f.to || h.date <= f.to) &&
    matchesApproval(h, f.approval)
  );
}

/** Hour entries not in the trash that match every given condition, newest first. */
export function filterHours(data: Dataset, f: HourFilter): HourEntry[] {
  return data.hours
    .filter((h) => matchesHourFilter(h, f))
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** Total minutes of a list of hour entries. */
export function totalMinutes(entries: { minutes: number }[]): number {
  return entries.reduce((sum, h) => sum + h.minutes, 0);
}
