import type { ImpactNote } from '../schemas';

/** Why a note may not go into anything printed or exported for others. */
export type UnpublishableReason = 'noConsent' | 'trashed';

/**
 * Why `note` may not be published, or undefined when it may. The one consent
 * rule every outward path (report models, PDFs, exports for others) goes
 * through: only a live note whose consent to publish is recorded.
 */
export function unpublishableReason(
  note: Pick<ImpactNote, 'consentToPublish' | 'deletedAt'>,
): UnpublishableReason | undefined {
  if (note.deletedAt) return 'trashed';
  if (note.consentToPublish !== true) return 'noConsent';
  return undefined;
}

/** True when `note` may appear in a report or export meant for others. */
export function isPublishable(note: Pick<ImpactNote, 'consentToPublish' | 'deletedAt'>): boolean {
  return unpublishableReason(note) === undefined;
}

/** The notes that may appear in anything meant for others, in their order. */
export function publishableNotes<T extends Pick<ImpactNote, 'consentToPublish' | 'deletedAt'>>(
  notes: readonly T[],
): T[] {
  return notes.filter(isPublishable);
}
