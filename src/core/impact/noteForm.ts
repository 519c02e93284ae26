import {
  consentMethods,
  impactNoteTypes,
  impactSources,
  isCalendarDate,
  type ConsentMethod,
  type ImpactNote,
  type ImpactNoteType,
  type ImpactSource,
} from '../schemas';

/** What the note form holds: every field as typed. */
export type NoteFormValues = {
  date: string;
  type: string;
  text: string;
  themes: string[];
  activityId: string;
  grantId: string;
  source: string;
  consentToPublish: boolean;
  consentGivenOn: string;
  consentMethod: string;
  highlight: boolean;
  mediaOutlet: string;
  /** Feedback answers 1–5 as typed; all empty means no tally. */
  tally: string[];
};

/** A field error code: the key under `impactPage.errors`. */
export type NoteFormError =
  | 'required'
  | 'invalidDate'
  | 'consentDateRequired'
  | 'consentMethodRequired'
  | 'badCount'
  | 'tooLong';

export type NoteFormErrors = Partial<Record<keyof NoteFormValues | 'tally', NoteFormError>>;

/** The fields a note is written with (the repository adds id and stamps). */
export type NoteInput = Omit<ImpactNote, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;

/** The form's values for a new note (defaults) or an existing one. */
export function noteFormValues(
  note: Partial<ImpactNote> | undefined,
  today: string,
): NoteFormValues {
  return {
    date: note?.date ?? today,
    type: note?.type ?? 'quote',
    text: note?.text ?? '',
    themes: note?.themes ?? [],
    activityId: note?.activityId ?? '',
    grantId: note?.grantId ?? '',
    source: note?.source ?? 'anonymousParticipant',
    consentToPublish: note?.consentToPublish ?? false,
    consentGivenOn: note?.consentGivenOn ?? '',
    consentMethod: note?.consentMethod ?? '',
    highlight: note?.highlight ?? false,
    mediaOutlet: note?.mediaOutlet ?? '',
    tally: note?.feedbackTally?.map(String) ?? ['', '', '', '', ''],
  };
}

const oneOf = <T extends string>(list: readonly T[], v: string): v is T =>
  (list as readonly string[]).includes(v);

/**
 * Check the form and turn it into a note's fields. Consent ticked asks for its
 * date and how it was given (old data files may lack them; a new note may not).
 * Themes are trimmed and told apart ignoring case. Returns the field errors
 * instead when anything is wrong, so nothing half-typed is written.
 */
export function readNoteForm(
  v: NoteFormValues,
): { ok: true; input: NoteInput } | { ok: false; errors: NoteFormErrors } {
  const errors: NoteFormErrors = {};
  const text = v.text.trim();
  if (!text) errors.text = 'required';
  else if (text.length > 10_000) errors.text = 'tooLong';
  if (!v.date) errors.date = 'required';
  else if (!isCalendarDate(v.date)) errors.date = 'invalidDate';
  if (!oneOf(impactNoteTypes, v.type)) errors.type = 'required';
  if (!oneOf(impactSources, v.source)) errors.source = 'required';
  if (v.consentToPublish) {
    if (!v.consentGivenOn) errors.consentGivenOn = 'consentDateRequired';
    else if (!isCalendarDate(v.consentGivenOn)) errors.consentGivenOn = 'invalidDate';
    if (!oneOf(consentMethods, v.consentMethod)) errors.consentMethod = 'consentMethodRequired';
  }
  const outlet = v.mediaOutlet.trim();
  if (outlet.length > 200) errors.mediaOutlet = 'tooLong';
  let tally: number[] | undefined;
  if (v.type === 'feedback' && v.tally.some((s) => s.trim() !== '')) {
    const counts = v.tally.map((s) => (s.trim() === '' ? 0 : Number(s.trim())));
    if (counts.some((n) => !Number.isInteger(n) || n < 0 || n > 1_000_000))
      errors.tally = 'badCount';
    else tally = counts;
  }
  const seen = new Set<string>();
  const themes: string[] = [];
  for (const raw of v.themes) {
    const theme = raw.trim().slice(0, 100);
    const key = theme.toLocaleLowerCase('fi');
    if (theme && !seen.has(key)) {
      seen.add(key);
      themes.push(theme);
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      date: v.date,
      type: v.type as ImpactNoteType,
      text,
      themes,
      activityId: v.activityId || undefined,
      grantId: v.grantId || undefined,
      source: v.source as ImpactSource,
      consentToPublish: v.consentToPublish,
      // Without consent, no consent date or method is kept: they would say something untrue.
      consentGivenOn: v.consentToPublish ? v.consentGivenOn : undefined,
      consentMethod: v.consentToPublish ? (v.consentMethod as ConsentMethod) : undefined,
      highlight: v.highlight,
      mediaOutlet: v.type === 'media' && outlet ? outlet : undefined,
      feedbackTally: v.type === 'feedback' ? tally : undefined,
    },
  };
}
