import { impactNoteEntrySchema, issueMessageKeys, type ImpactNote } from '../schemas';

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

// The stored fields a form never fills: the schema check gets them as placeholders.
const placeholderBase = {
  id: '00000000-0000-4000-8000-000000000000',
  createdAt: '2000-01-01T00:00:00.000Z',
  updatedAt: '2000-01-01T00:00:00.000Z',
  deletedAt: null,
};

const fieldOrder = [
  'date',
  'type',
  'text',
  'themes',
  'activityId',
  'grantId',
  'source',
  'consentToPublish',
  'consentGivenOn',
  'consentMethod',
  'highlight',
  'mediaOutlet',
  'tally',
] as const satisfies readonly (keyof NoteFormErrors)[];

/**
 * Check the form with the note's entry schema (`impactNoteEntrySchema`: the
 * consent rule, dates, lengths, the tally) and turn it into a note's fields.
 * Text typed is read first: trimmed, blank as not given, tally answers as
 * numbers, themes trimmed and told apart ignoring case. Returns the field
 * errors instead when anything is wrong, so nothing half-typed is written.
 */
export function readNoteForm(
  v: NoteFormValues,
): { ok: true; input: NoteInput } | { ok: false; errors: NoteFormErrors } {
  const outlet = v.mediaOutlet.trim();
  const tallyTyped = v.type === 'feedback' && v.tally.some((s) => s.trim() !== '');
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
  const candidate = {
    date: v.date || undefined,
    type: v.type,
    text: v.text.trim(),
    themes,
    activityId: v.activityId || undefined,
    grantId: v.grantId || undefined,
    source: v.source,
    consentToPublish: v.consentToPublish,
    // Without consent, no consent date or method is kept: they would say something untrue.
    consentGivenOn: v.consentToPublish ? v.consentGivenOn || undefined : undefined,
    consentMethod: v.consentToPublish ? v.consentMethod || undefined : undefined,
    highlight: v.highlight,
    mediaOutlet: v.type === 'media' && outlet ? outlet : undefined,
    feedbackTally: tallyTyped
      ? v.tally.map((s) => (s.trim() === '' ? 0 : Number(s.trim())))
      : undefined,
  };
  const result = impactNoteEntrySchema.safeParse({ ...placeholderBase, ...candidate });
  if (result.success) return { ok: true, input: candidate as NoteInput };
  const errors: NoteFormErrors = issueMessageKeys(result.error.issues, {
    fields: fieldOrder,
    // A tally's issues sit under each answer: they are the tally's, and every one means "not a count".
    fieldOf: (path) => (path[0] === 'feedbackTally' ? 'tally' : path[0]),
    known: ['invalidDate', 'required', 'consentDateRequired', 'consentMethodRequired'],
    tooLong: 'tooLong',
    otherwise: 'required',
  });
  if (errors.tally) errors.tally = 'badCount';
  return { ok: false, errors };
}
