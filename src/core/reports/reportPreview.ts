import type { ReportIndicator } from './reportIndicators';
import type { MonthTotals, Period } from '../figures';
import {
  byHighlightThenNewest,
  publishableNotes,
  reportNoteCandidates,
  type NoteCandidate,
  type NoteCandidateBlock,
} from '../impact';
import type { ImpactNote } from '../schemas';
import type { ReportKind, ReportPdfRequest } from './reportRequest';

/** How a preview figure is shown: a count, a duration in minutes, or money in cents. */
export type PreviewUnit = 'count' | 'minutes' | 'cents';

export type PreviewKey =
  | 'sessions'
  | 'participants'
  | 'estimatedParticipants'
  | 'volunteers'
  | 'volunteerMinutes'
  | 'volunteerValue'
  | 'spent'
  | 'unused'
  | 'overspent'
  | 'peopleReached'
  | 'members'
  | 'membersEnd'
  | 'joined'
  | 'left'
  | 'activities'
  | 'grantsSpent';

export type PreviewFigure = { key: PreviewKey; value: number; unit: PreviewUnit };

/** What the Reports page shows before the PDF is made, read from the report's own model. */
export type ReportPreview = {
  period: Period;
  figures: PreviewFigure[];
  /** Rows of the hours chart the PDF prints; absent when the report has no chart. */
  months?: MonthTotals[];
  /** The impact notes the report will print. */
  noteIds: string[];
  /** The indicators the report will print, as its model has them. */
  indicators: ReportIndicator[];
};

const count = (key: PreviewKey, value: number): PreviewFigure => ({ key, value, unit: 'count' });

/**
 * The headline figures of a report as its model has them, so the preview can
 * never disagree with the PDF: no figure is computed here.
 */
export function reportPreview(request: ReportPdfRequest): ReportPreview {
  switch (request.kind) {
    case 'grant': {
      const { figures: f, budget, period, months, notes } = request.model;
      return {
        period,
        figures: [
          count('sessions', f.sessions),
          count('participants', f.participants),
          count('estimatedParticipants', f.estimatedParticipants),
          count('volunteers', f.volunteers),
          { key: 'volunteerMinutes', value: f.volunteerMinutes, unit: 'minutes' },
          { key: 'volunteerValue', value: f.volunteerValueCents, unit: 'cents' },
          { key: 'spent', value: budget.spentCents, unit: 'cents' },
          {
            key: budget.unusedCents < 0 ? 'overspent' : 'unused',
            value: Math.abs(budget.unusedCents),
            unit: 'cents',
          },
        ],
        months,
        noteIds: notes.map((n) => n.id),
        indicators: request.model.indicators,
      };
    }
    case 'advocacy': {
      const { figures: f, period, voices } = request.model;
      return {
        period,
        figures: [
          count('peopleReached', f.peopleReached),
          count('sessions', f.sessions),
          count('volunteers', f.volunteers),
          { key: 'volunteerMinutes', value: f.volunteerMinutes, unit: 'minutes' },
          { key: 'volunteerValue', value: f.volunteerValueCents, unit: 'cents' },
          count('members', f.members),
        ],
        noteIds: voices.map((v) => v.id),
        indicators: request.model.indicators,
      };
    }
    case 'annual': {
      const { membership, volunteerWork: w, activities, grants, period, notes } = request.model;
      return {
        period,
        figures: [
          count('membersEnd', membership.total.end),
          count('joined', membership.total.joined),
          count('left', membership.total.left),
          count('activities', activities.length),
          count('volunteers', w.volunteers),
          { key: 'volunteerMinutes', value: w.minutes, unit: 'minutes' },
          { key: 'volunteerValue', value: w.valueCents, unit: 'cents' },
          { key: 'grantsSpent', value: grants.spentCents, unit: 'cents' },
        ],
        months: w.months,
        noteIds: notes.map((n) => n.id),
        indicators: request.model.indicators,
      };
    }
  }
}

/** How many impact notes the Reports page offers to choose from. */
export const maxNoteChoices = 30;

/**
 * The impact notes a report of `period` may print, offered for choosing:
 * consented ones dated in the period, not in the trash, highlights first,
 * then newest first.
 */
export function reportNoteChoices(
  notes: readonly ImpactNote[],
  period: Period,
  max = maxNoteChoices,
): ImpactNote[] {
  return publishableNotes(notes)
    .filter((n) => n.date >= period.from && n.date <= period.to)
    .sort(byHighlightThenNewest)
    .slice(0, max);
}

/** Why the Reports page shows a note but does not let it be chosen. */
export type NoteOptionBlock = NoteCandidateBlock;

/** One note on the Reports page's picker: choosable, or shown with why it is not. */
export type NoteOption = NoteCandidate;

/** The Reports page's picker for a report of `kind`: `reportNoteCandidates`, the one rule. */
export function reportNoteOptions(
  notes: readonly ImpactNote[],
  period: Period,
  kind: ReportKind,
  max = maxNoteChoices,
): NoteOption[] {
  return reportNoteCandidates(notes, period, kind, max);
}
