import { isoDateTime, type HourEntry, type Session } from '../schemas';
import { APPROVER_NAME_MAX } from './approval';

/**
 * Why an edit cannot be saved. `code` names a message under `hourEdit.errors`
 * that the UI shows in the user's language.
 */
export class HourEditError extends Error {
  constructor(
    readonly code: 'changerRequired' | 'changerTooLong' | 'badTime' | 'notFound' | 'inTrash',
  ) {
    super(code);
    this.name = 'HourEditError';
  }
}

/** The fields of an hour entry a user can correct. */
export type HourEntryEdit = Partial<
  Pick<
    HourEntry,
    'personId' | 'activityId' | 'date' | 'minutes' | 'kind' | 'participantsReached' | 'note'
  >
>;

/** Who is making a change, and when: needed when the change clears an approval. */
export type ChangeStamp = { changedBy?: string; nowIso: string };

const editableKeys = [
  'personId',
  'activityId',
  'date',
  'minutes',
  'kind',
  'participantsReached',
  'note',
] as const satisfies readonly (keyof HourEntryEdit)[];

/** The name of who changed an approved entry, as stored; throws HourEditError when empty or too long. */
export function normaliseChangerName(name: string | undefined): string {
  const clean = (name ?? '').trim().replace(/\s+/g, ' ');
  if (!clean) throw new HourEditError('changerRequired');
  if (clean.length > APPROVER_NAME_MAX) throw new HourEditError('changerTooLong');
  return clean;
}

/** True when applying `edit` to `entry` would change any field. */
export function changesEntry(entry: HourEntry, edit: HourEntryEdit): boolean {
  return editableKeys.some((k) => k in edit && edit[k] !== entry[k]);
}

/**
 * The entry after a correction, or null when nothing changes. An approved
 * entry that changes is no longer approved: its approver and time are removed
 * and who changed it and when are noted (`changedAfterApprovalBy/At`), so the
 * approver sees why it waits again. A field set to undefined is removed.
 */
export function editedEntry(
  entry: HourEntry,
  edit: HourEntryEdit,
  stamp: ChangeStamp,
): HourEntry | null {
  if (!isoDateTime.safeParse(stamp.nowIso).success) throw new HourEditError('badTime');
  if (entry.deletedAt) throw new HourEditError('inTrash');
  if (!changesEntry(entry, edit)) return null;
  const next: HourEntry = { ...entry, updatedAt: stamp.nowIso };
  for (const k of editableKeys) {
    if (!(k in edit)) continue;
    const value = edit[k];
    if (value === undefined) delete next[k];
    else (next as Record<string, unknown>)[k] = value;
  }
  if (entry.approved) {
    next.approved = false;
    delete next.approvedBy;
    delete next.approvedAt;
    next.changedAfterApprovalBy = normaliseChangerName(stamp.changedBy);
    next.changedAfterApprovalAt = stamp.nowIso;
  }
  return next;
}

/**
 * The volunteers' default time of a session: the one it was logged with, or
 * for sessions logged before that was kept, the time most of its entries have
 * (the first such in a tie), else the meeting's own length.
 */
export function sessionVolunteerMinutes(
  session: Pick<Session, 'durationMinutes' | 'volunteerMinutes'>,
  entries: readonly Pick<HourEntry, 'minutes'>[],
): number {
  if (session.volunteerMinutes) return session.volunteerMinutes;
  const counts = new Map<number, number>();
  let best: number | undefined;
  for (const e of entries) {
    const n = (counts.get(e.minutes) ?? 0) + 1;
    counts.set(e.minutes, n);
    if (best === undefined || n > counts.get(best)!) best = e.minutes;
  }
  return best ?? session.durationMinutes;
}

/**
 * The rule of a session's default time: when it changes from `oldDefault` to
 * `newDefault`, an entry that had the old default follows to the new one, and
 * an entry whose own time differed keeps it. `own` is the user's explicit
 * choice for this volunteer, which always wins.
 */
export function minutesAfterDefaultChange(
  entryMinutes: number,
  oldDefault: number,
  newDefault: number,
  own?: number,
): number {
  if (own !== undefined) return own;
  return entryMinutes === oldDefault ? newDefault : entryMinutes;
}
