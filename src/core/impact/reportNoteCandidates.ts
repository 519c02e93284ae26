import type { ImpactNote } from '../schemas';
import { byHighlightThenNewest, chooseReportNotes, sameNoteKey } from './chooseReportNotes';
import { unpublishableReason } from './publishableNotes';

/** The reports that print impact notes (the same names as the report kinds). */
export type NoteReportKind = 'grant' | 'advocacy' | 'annual';

/** The note types the advocacy summary prints among its voices. */
export const advocacyVoiceTypes = ['quote', 'participantStory'] as const;

/**
 * Which notes each report prints at all, and at most how many. The report
 * models and the Reports page's picker both take their rule from here, so the
 * picker never offers a note the report would drop.
 */
export const reportNoteRules: Record<
  NoteReportKind,
  { accepts: (note: Pick<ImpactNote, 'type'>) => boolean; max: number }
> = {
  grant: { accepts: () => true, max: 5 },
  // Quotes and stories only; the strongest two keep the summary on one page.
  advocacy: {
    accepts: (n) => (advocacyVoiceTypes as readonly string[]).includes(n.type),
    max: 2,
  },
  annual: { accepts: () => true, max: 5 },
};

/** How many impact notes the Reports page offers to choose from. */
export const maxNoteCandidates = 30;

/** Why the Reports page lists a note of the period but does not let it be chosen. */
export type NoteCandidateBlock = 'noConsent' | 'notForReport' | 'duplicate';

/** One note of the Reports page's picker: choosable, or listed with why it is not. */
export type NoteCandidate = { note: ImpactNote; blockedBy?: NoteCandidateBlock };

/**
 * The live notes of `period` as the Reports page lists them for a report of
 * `kind`: first the ones the report prints when chosen (by the same
 * `chooseReportNotes` and rule the report model uses: publishable, a type the
 * report prints, a note typed twice offered once; highlights first), then the
 * others with why not (no consent, a type this report does not print, the
 * same text as one offered).
 */
export function reportNoteCandidates(
  notes: readonly ImpactNote[],
  period: { from: string; to: string },
  kind: NoteReportKind,
  max = maxNoteCandidates,
): NoteCandidate[] {
  const rule = reportNoteRules[kind];
  const inPeriod = (n: ImpactNote) => !n.deletedAt && n.date >= period.from && n.date <= period.to;
  const offered = chooseReportNotes(notes, { accepts: rule.accepts, inScope: inPeriod, max });
  const offeredIds = new Set(offered.map((n) => n.id));
  const offeredTexts = new Set(offered.map(sameNoteKey));
  const blockOf = (n: ImpactNote): NoteCandidateBlock | undefined => {
    if (unpublishableReason(n)) return 'noConsent';
    if (!rule.accepts(n)) return 'notForReport';
    if (offeredTexts.has(sameNoteKey(n))) return 'duplicate';
    // Past the offered maximum: not a reason of its own, such a note is simply not listed.
    return undefined;
  };
  const blocked = notes
    .filter((n) => inPeriod(n) && !offeredIds.has(n.id))
    .sort(byHighlightThenNewest)
    .map((note) => ({ note, blockedBy: blockOf(note) }))
    .filter((o): o is Required<NoteCandidate> => o.blockedBy !== undefined)
    .slice(0, max);
  return [...offered.map((note) => ({ note })), ...blocked];
}
