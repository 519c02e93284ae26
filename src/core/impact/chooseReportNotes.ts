import type { ImpactNote } from '../schemas';
import { isPublishable } from './publishableNotes';

export type NoteChoiceRule = {
  /** Notes chosen by hand, in the user's order; undefined lets the report choose. */
  chosenIds?: readonly string[];
  /** What the report prints at all (e.g. only quotes and stories in the advocacy summary). */
  accepts?: (note: ImpactNote) => boolean;
  /** What the report takes by itself: its period, its grant, its municipality. */
  inScope: (note: ImpactNote) => boolean;
  max: number;
};

/** Highlights first, then newest first; one day's notes by id so the order never wobbles. */
export function byHighlightThenNewest(a: ImpactNote, b: ImpactNote): number {
  return (
    Number(b.highlight === true) - Number(a.highlight === true) ||
    b.date.localeCompare(a.date) ||
    a.id.localeCompare(b.id)
  );
}

/** Two notes with the same type and text (ignoring case and spacing) print as one. */
export const sameNoteKey = (n: Pick<ImpactNote, 'type' | 'text'>) =>
  `${n.type}\u0000${n.text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('fi')}`;

/**
 * The impact notes a report prints. Only publishable notes, ever (see
 * `isPublishable`), and never the same note twice: a repeated id or a note
 * entered twice with the same text prints once. Notes chosen by hand keep
 * their order; otherwise the report's own notes, highlights first.
 */
export function chooseReportNotes(
  notes: readonly ImpactNote[],
  rule: NoteChoiceRule,
): ImpactNote[] {
  const accepts = (n: ImpactNote) => isPublishable(n) && (rule.accepts?.(n) ?? true);
  let candidates: ImpactNote[];
  if (rule.chosenIds) {
    const byId = new Map(notes.map((n) => [n.id, n]));
    candidates = rule.chosenIds
      .map((id) => byId.get(id))
      .filter((n): n is ImpactNote => !!n && accepts(n));
  } else {
    candidates = notes.filter((n) => accepts(n) && rule.inScope(n)).sort(byHighlightThenNewest);
  }
  const seenIds = new Set<string>();
  const seenTexts = new Set<string>();
  const result: ImpactNote[] = [];
  for (const n of candidates) {
    const key = sameNoteKey(n);
    if (seenIds.has(n.id) || seenTexts.has(key)) continue;
    seenIds.add(n.id);
    seenTexts.add(key);
    result.push(n);
    if (result.length >= rule.max) break;
  }
  return result;
}
