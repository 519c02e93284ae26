import { translate } from '../i18n';
import {
  defaultStatementKeys,
  feedbackPerspectives,
  type DefaultStatementKey,
  type FeedbackForm,
  type FeedbackPerspective,
  type FeedbackStatement,
  type Language,
  type OmitKeys,
} from '../schemas';

/** The most statements a form holds: more would not fit one printed page in large type. */
export const MAX_STATEMENTS = 10;

/** A statement as it prints in `lang`: a default one translated, a typed one as typed. */
export function statementText(statement: Pick<FeedbackStatement, 'key' | 'text'>, lang: Language) {
  if (statement.text !== undefined) return statement.text;
  return translate(lang, `feedback.statements.${statement.key ?? 'gotSupport'}`);
}

/** The open question as it prints in `lang`: the typed one, or the default one translated. */
export function openQuestionText(form: Pick<FeedbackForm, 'openQuestion'>, lang: Language) {
  return form.openQuestion ?? translate(lang, 'feedback.print.defaultOpenQuestion');
}

/** What the form editor holds: each statement as shown, with the key it came from. */
export type FeedbackFormValues = {
  activityId: string;
  perspective: string;
  statements: { id: string; key?: DefaultStatementKey; text: string }[];
  openQuestion: string;
};

/** A field error code: the key under `feedback.errors`. */
export type FeedbackFormError = 'required' | 'tooLong' | 'tooManyStatements';
export type FeedbackFormErrors = {
  activityId?: FeedbackFormError;
  perspective?: FeedbackFormError;
  statements?: FeedbackFormError;
  /** By statement index. */
  statement?: Record<number, FeedbackFormError>;
  openQuestion?: FeedbackFormError;
};

export type FeedbackFormInput = OmitKeys<
  FeedbackForm,
  'id' | 'createdAt' | 'updatedAt' | 'deletedAt'
>;

/**
 * The editor's values for a new form (the three default statements, shown in
 * `lang`) or an existing one. `newId` makes statement ids (crypto.randomUUID
 * outside tests).
 */
export function feedbackFormValues(
  form: FeedbackForm | undefined,
  lang: Language,
  preset: { activityId?: string } = {},
  newId: () => string = () => crypto.randomUUID(),
): FeedbackFormValues {
  const statements = form
    ? form.statements.map((s) => ({ id: s.id, key: s.key, text: statementText(s, lang) }))
    : defaultStatementKeys.map((key) => ({
        id: newId(),
        key,
        text: statementText({ key }, lang),
      }));
  return {
    activityId: form?.activityId ?? preset.activityId ?? '',
    perspective: form?.perspective ?? 'participant',
    statements,
    openQuestion: form?.openQuestion ?? '',
  };
}

/**
 * Check the editor and turn it into a form's fields. A default statement left
 * exactly as shown in the editor's language (`lang`) stays stored by its key,
 * so it keeps printing in any language; an edited one is stored as typed.
 * Empty statement rows are dropped; at least one must remain.
 */
export function readFeedbackForm(
  v: FeedbackFormValues,
  lang: Language,
): { ok: true; input: FeedbackFormInput } | { ok: false; errors: FeedbackFormErrors } {
  const errors: FeedbackFormErrors = {};
  if (!v.activityId) errors.activityId = 'required';
  if (!(feedbackPerspectives as readonly string[]).includes(v.perspective))
    errors.perspective = 'required';
  const statements: FeedbackStatement[] = [];
  const statementErrors: Record<number, FeedbackFormError> = {};
  v.statements.forEach((s, i) => {
    const text = s.text.trim();
    if (!text) return;
    if (text.length > 300) statementErrors[i] = 'tooLong';
    else if (s.key && text === statementText({ key: s.key }, lang))
      statements.push({ id: s.id, key: s.key });
    else statements.push({ id: s.id, text });
  });
  if (Object.keys(statementErrors).length > 0) errors.statement = statementErrors;
  else if (statements.length === 0) errors.statements = 'required';
  else if (statements.length > MAX_STATEMENTS) errors.statements = 'tooManyStatements';
  const open = v.openQuestion.trim();
  if (open.length > 300) errors.openQuestion = 'tooLong';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      activityId: v.activityId,
      perspective: v.perspective as FeedbackPerspective,
      statements,
      openQuestion: open || undefined,
    },
  };
}
