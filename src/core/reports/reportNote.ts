import type { ImpactNote } from '../schemas';

/**
 * An impact note as a report model carries it: what prints (text, type,
 * date, feedback figures, media outlet), never the person or the consent
 * details behind it.
 */
export type ReportNote = Pick<ImpactNote, 'id' | 'date' | 'type' | 'text'> &
  Partial<Pick<ImpactNote, 'feedbackTally' | 'mediaOutlet'>> & { highlight: boolean };

/** The printed part of a note chosen for a report. */
export function reportNote(n: ImpactNote): ReportNote {
  return {
    id: n.id,
    date: n.date,
    type: n.type,
    text: n.text,
    highlight: n.highlight === true,
    ...(n.feedbackTally ? { feedbackTally: [...n.feedbackTally] } : {}),
    ...(n.mediaOutlet ? { mediaOutlet: n.mediaOutlet } : {}),
  };
}
