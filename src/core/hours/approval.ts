import { todayIso } from '../format';
import type { HourRollup } from '../figures/rollups';
import { isoDateTime, type HourEntry } from '../schemas';
import type { HourFilter } from './filterHours';

/** Longest approver name the hour entry schema accepts. */
export const APPROVER_NAME_MAX = 200;

/**
 * Why entries cannot be approved. `code` names a message under
 * `hourApproval.errors` that the UI shows in the user's language.
 */
export class ApprovalError extends Error {
  constructor(readonly code: 'approverRequired' | 'approverTooLong' | 'badTime') {
    super(code);
    this.name = 'ApprovalError';
  }
}

/** Which hour entries a list shows by their approval: `null` = all. */
export const approvalFilters = ['approved', 'pending'] as const;
export type ApprovalFilter = (typeof approvalFilters)[number];

/** True when the entry is in the approval state the filter asks for (or no filter). */
export function matchesApproval(
  entry: Pick<HourEntry, 'approved'>,
  filter: ApprovalFilter | null | undefined,
): boolean {
  if (!filter) return true;
  return filter === 'approved' ? entry.approved : !entry.approved;
}

/**
 * The approver's name as it is stored: trimmed, inner runs of spaces made one.
 * Throws ApprovalError when it is empty or longer than the schema allows.
 */
export function normaliseApproverName(name: string): string {
  const clean = name.trim().replace(/\s+/g, ' ');
  if (!clean) throw new ApprovalError('approverRequired');
  if (clean.length > APPROVER_NAME_MAX) throw new ApprovalError('approverTooLong');
  return clean;
}

function checkTime(nowIso: string): void {
  if (!isoDateTime.safeParse(nowIso).success) throw new ApprovalError('badTime');
}

/**
 * The live, not yet approved entries among `entries`, as copies approved by
 * `approverName` at `nowIso` with updatedAt stamped: exactly the records to
 * write. Entries already approved keep their own approver and time; entries
 * in the trash are skipped.
 */
export function approveEntries(
  entries: readonly HourEntry[],
  approverName: string,
  nowIso: string,
): HourEntry[] {
  const approvedBy = normaliseApproverName(approverName);
  checkTime(nowIso);
  return entries
    .filter((h) => !h.deletedAt && !h.approved)
    .map((h) => ({ ...h, approved: true, approvedBy, approvedAt: nowIso, updatedAt: nowIso }));
}

/**
 * The undo of approveEntries: the live approved entries among `entries`, as
 * copies that are no longer approved (approver and time removed, not blanked)
 * with updatedAt stamped.
 */
export function unapproveEntries(entries: readonly HourEntry[], nowIso: string): HourEntry[] {
  checkTime(nowIso);
  return entries
    .filter((h) => !h.deletedAt && h.approved)
    .map((h) => {
      const copy: HourEntry = { ...h, approved: false, updatedAt: nowIso };
      delete copy.approvedBy;
      delete copy.approvedAt;
      return copy;
    });
}

export type ApprovalCounts = {
  approved: number;
  pending: number;
  approvedMinutes: number;
  pendingMinutes: number;
};

/** How many of the live entries are approved and how many wait, with their minutes. */
export function countApproval(entries: readonly HourEntry[]): ApprovalCounts {
  const counts: ApprovalCounts = { approved: 0, pending: 0, approvedMinutes: 0, pendingMinutes: 0 };
  for (const h of entries) {
    if (h.deletedAt) continue;
    if (h.approved) {
      counts.approved += 1;
      counts.approvedMinutes += h.minutes;
    } else {
      counts.pending += 1;
      counts.pendingMinutes += h.minutes;
    }
  }
  return counts;
}

/** How many entries the counts hold in all, approved or waiting, and their minutes. */
export function approvalTotal(counts: ApprovalCounts): { entries: number; minutes: number } {
  return {
    entries: counts.approved + counts.pending,
    minutes: counts.approvedMinutes + counts.pendingMinutes,
  };
}

/**
 * The local calendar day (YYYY-MM-DD) on which an entry was approved, or null
 * when it is not approved or the time is unknown (older data files).
 */
export function approvedOn(entry: Pick<HourEntry, 'approved' | 'approvedAt'>): string | null {
  if (!entry.approved || !entry.approvedAt) return null;
  const at = new Date(entry.approvedAt);
  return Number.isNaN(at.getTime()) ? null : todayIso(at);
}

/**
 * countApproval from hour rollups: the same counts for every entry the rollups
 * hold that matches the filter's activity, kind, grant and approval state.
 */
export function countApprovalOfRollups(
  rollups: readonly HourRollup[],
  f: Pick<HourFilter, 'activityId' | 'kind' | 'grantId' | 'approval'>,
): ApprovalCounts {
  const counts: ApprovalCounts = { approved: 0, pending: 0, approvedMinutes: 0, pendingMinutes: 0 };
  for (const r of rollups) {
    if (f.activityId && r.activityId !== f.activityId) continue;
    if (f.kind && r.kind !== f.kind) continue;
    if (f.grantId && r.grantId !== f.grantId) continue;
    if (f.approval !== 'pending') {
      counts.approved += r.approvedEntries;
      counts.approvedMinutes += r.approvedMinutes;
    }
    if (f.approval !== 'approved') {
      counts.pending += r.entries - r.approvedEntries;
      counts.pendingMinutes += r.minutes - r.approvedMinutes;
    }
  }
  return counts;
}
