import {
  isCalendarDate,
  provenances,
  type FeedbackForm,
  type FeedbackPerspective,
  type FeedbackTally,
  type ImpactSource,
  type Provenance,
  type OmitKeys,
} from '../schemas';
import type { NoteInput } from './noteForm';

/** The largest count one cell takes: more is a typing mistake, not a group meeting. */
const MAX_COUNT = 100_000;

/** What the tally screen holds: every field as typed. */
export type TallyFormValues = {
  /** 'session': answers of one session; 'period': of a period. */
  scope: 'session' | 'period';
  sessionId: string;
  /** The session's date, filled in by the screen when a session is chosen. */
  sessionDate: string;
  from: string;
  to: string;
  provenance: string;
  /** By statement id: the counts of answers 1–5 as typed. */
  counts: Record<string, string[]>;
  openAnswers: { text: string; consent: boolean }[];
};

/** A field error code: the key under `feedback.errors`. */
export type TallyFormError =
  | 'required'
  | 'invalidDate'
  | 'endBeforeStart'
  | 'notWholeNumber'
  | 'negative'
  | 'tooMany'
  | 'noAnswers'
  | 'tooLong';

export type TallyFormErrors = {
  sessionId?: TallyFormError;
  from?: TallyFormError;
  to?: TallyFormError;
  provenance?: TallyFormError;
  /** By statement id, then answer value 1–5 less one. */
  counts?: Record<string, Record<number, TallyFormError>>;
  openAnswers?: Record<number, TallyFormError>;
  form?: TallyFormError;
};

export type TallyInput = OmitKeys<FeedbackTally, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;

/** The empty tally screen for `form`: every count empty, one empty open answer. */
export function tallyFormValues(form: FeedbackForm, today: string): TallyFormValues {
  return {
    scope: 'session',
    sessionId: '',
    sessionDate: '',
    from: today,
    to: today,
    provenance: 'collected',
    counts: Object.fromEntries(form.statements.map((s) => [s.id, ['', '', '', '', '']])),
    openAnswers: [{ text: '', consent: false }],
  };
}

/** One typed count: empty is 0; anything but a whole number ≥ 0 is an error. */
export function readCount(
  typed: string,
): { ok: true; value: number } | { ok: false; error: TallyFormError } {
  const s = typed.trim().replace(/\s/g, '');
  if (s === '') return { ok: true, value: 0 };
  // A comma or point is a decimal in Finnish and English alike: not a whole number.
  if (!/^[-−]?\d+([.,]\d+)?$/.test(s)) return { ok: false, error: 'notWholeNumber' };
  const n = Number(s.replace('−', '-').replace(',', '.'));
  if (n < 0) return { ok: false, error: 'negative' };
  if (!Number.isInteger(n)) return { ok: false, error: 'notWholeNumber' };
  if (n > MAX_COUNT) return { ok: false, error: 'tooMany' };
  return { ok: true, value: n };
}

/** Whose words an open answer of a form is, by the form's perspective. */
export const sourceOfPerspective: Record<FeedbackPerspective, ImpactSource> = {
  participant: 'anonymousParticipant',
  volunteer: 'volunteer',
  partner: 'partner',
};

/**
 * Check the tally screen and turn it into the tally and the open answers'
 * notes (type feedback, linked to the form's activity, consent "on the form"
 * dated the day of the answers only when ticked). Returns the field errors
 * instead when anything is wrong — a negative or fractional count, a missing
 * date, nothing at all typed — so nothing is half-saved.
 */
export function readTallyForm(
  form: FeedbackForm,
  v: TallyFormValues,
): { ok: true; tally: TallyInput; notes: NoteInput[] } | { ok: false; errors: TallyFormErrors } {
  const errors: TallyFormErrors = {};
  let from = v.from;
  let to = v.to;
  if (v.scope === 'session') {
    if (!v.sessionId || !isCalendarDate(v.sessionDate)) errors.sessionId = 'required';
    from = to = v.sessionDate;
  } else {
    if (!from) errors.from = 'required';
    else if (!isCalendarDate(from)) errors.from = 'invalidDate';
    if (!to) errors.to = 'required';
    else if (!isCalendarDate(to)) errors.to = 'invalidDate';
    if (!errors.from && !errors.to && from > to) errors.to = 'endBeforeStart';
  }
  if (!(provenances as readonly string[]).includes(v.provenance)) errors.provenance = 'required';

  const counts: TallyInput['counts'] = [];
  const countErrors: Record<string, Record<number, TallyFormError>> = {};
  for (const s of form.statements) {
    const typed = v.counts[s.id] ?? [];
    const row: number[] = [];
    for (let i = 0; i < 5; i++) {
      const c = readCount(typed[i] ?? '');
      if (c.ok) row.push(c.value);
      else (countErrors[s.id] ??= {})[i] = c.error;
    }
    counts.push({ statementId: s.id, counts: row });
  }
  if (Object.keys(countErrors).length > 0) errors.counts = countErrors;

  const answers: { text: string; consent: boolean }[] = [];
  const answerErrors: Record<number, TallyFormError> = {};
  v.openAnswers.forEach((a, i) => {
    const text = a.text.trim();
    if (!text) return;
    if (text.length > 10_000) answerErrors[i] = 'tooLong';
    else answers.push({ text, consent: a.consent });
  });
  if (Object.keys(answerErrors).length > 0) errors.openAnswers = answerErrors;

  const anyCount = counts.some((c) => c.counts.some((n) => n > 0));
  if (!errors.counts && !errors.openAnswers && !anyCount && answers.length === 0)
    errors.form = 'noAnswers';
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const tally: TallyInput = {
    formId: form.id,
    sessionId: v.scope === 'session' ? v.sessionId : undefined,
    from,
    to,
    counts,
    provenance: v.provenance as Provenance,
  };
  const notes: NoteInput[] = answers.map((a) => ({
    date: to,
    type: 'feedback',
    text: a.text,
    themes: [],
    activityId: form.activityId,
    source: sourceOfPerspective[form.perspective],
    consentToPublish: a.consent,
    // Consent was asked on the printed form: its day is the day of the answers.
    consentGivenOn: a.consent ? to : undefined,
    consentMethod: a.consent ? 'form' : undefined,
    highlight: false,
  }));
  return { ok: true, tally, notes };
}
