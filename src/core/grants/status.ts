import { isCalendarDate, type GrantStatus, type GrantStatusChange } from '../schemas';
import type { GrantRefusal } from './errors';

/**
 * The statuses a grant may move to from each status: planned → drafting →
 * submitted → granted / partlyGranted / rejected → reported → closed. A
 * rejected grant stays rejected (its reason is the change's note).
 */
export const allowedStatusChanges: Readonly<Record<GrantStatus, readonly GrantStatus[]>> = {
  planned: ['drafting'],
  drafting: ['submitted'],
  submitted: ['granted', 'partlyGranted', 'rejected'],
  granted: ['reported'],
  partlyGranted: ['reported'],
  rejected: [],
  reported: ['closed'],
  closed: [],
};

/** The statuses a grant in `from` may move to next. */
export function nextStatuses(from: GrantStatus): readonly GrantStatus[] {
  return allowedStatusChanges[from];
}

export type StatusChangeRequest = { status: GrantStatus; date: string; note?: string };

/** The fields of the new status-change row, and of the grant. */
export type StatusChangeDraft = {
  grantId: string;
  status: GrantStatus;
  date: string;
  note?: string;
};

/** A grant's status history, oldest first (same day: in the order they were made). */
export function sortStatusChanges<C extends Pick<GrantStatusChange, 'date' | 'createdAt' | 'id'>>(
  changes: readonly C[],
): C[] {
  return [...changes].sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      a.createdAt.localeCompare(b.createdAt) ||
      a.id.localeCompare(b.id),
  );
}

/**
 * Check a status change against the rule: the move must be allowed from the
 * grant's current status, dated on a real day not before the latest change.
 * Returns the row to store (the grant's `status` becomes `status`) or why not.
 */
export function checkStatusChange(
  grant: { id: string; status: GrantStatus },
  history: readonly GrantStatusChange[],
  request: StatusChangeRequest,
): { ok: true; change: StatusChangeDraft } | GrantRefusal {
  if (!isCalendarDate(request.date)) return { ok: false, code: 'invalidDate' };
  if (request.status === grant.status) {
    return { ok: false, code: 'sameStatus', params: { status: grant.status } };
  }
  if (!allowedStatusChanges[grant.status].includes(request.status)) {
    return {
      ok: false,
      code: 'statusNotAllowed',
      params: { from: grant.status, to: request.status },
    };
  }
  const latest = sortStatusChanges(history.filter((c) => !c.deletedAt)).at(-1);
  if (latest && request.date < latest.date) {
    return { ok: false, code: 'statusDateBeforePrevious', params: { date: latest.date } };
  }
  const note = request.note?.trim();
  return {
    ok: true,
    change: {
      grantId: grant.id,
      status: request.status,
      date: request.date,
      ...(note ? { note } : {}),
    },
  };
}
