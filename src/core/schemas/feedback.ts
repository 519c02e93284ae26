import { z } from 'zod';
import { count, id, isoDate, recordBase } from './common';
import { provenance } from './indicatorValue';

/**
 * Whose view a feedback form asks. Funders' results forms ask for the
 * participants', volunteers' and partners' views separately, so a form and
 * its tallies belong to exactly one.
 */
export const feedbackPerspectives = ['participant', 'volunteer', 'partner'] as const;
export const feedbackPerspective = z.enum(feedbackPerspectives);
export type FeedbackPerspective = z.infer<typeof feedbackPerspective>;

/**
 * The default statements, stored by key so a form prints them in the language
 * chosen at print time. A statement the association typed (or edited) is
 * stored as `text` and printed as typed.
 */
export const defaultStatementKeys = ['gotSupport', 'lessAlone', 'knowWhereHelp'] as const;
export const defaultStatementKey = z.enum(defaultStatementKeys);
export type DefaultStatementKey = z.infer<typeof defaultStatementKey>;

/** One statement answered 1–5: a default one by `key`, or the association's own `text`. */
export const feedbackStatementSchema = z
  .looseObject({
    /** Stable within the form: tallies refer to a statement by it. */
    id,
    key: defaultStatementKey.optional(),
    text: z.string().trim().min(1, 'required').max(300).optional(),
  })
  .refine((s) => s.key !== undefined || s.text !== undefined, {
    message: 'statementNeedsText',
    path: ['text'],
  });
export type FeedbackStatement = z.infer<typeof feedbackStatementSchema>;

/** A feedback form of one activity and one perspective, printed for a group meeting. */
export const feedbackFormSchema = z.looseObject({
  ...recordBase,
  activityId: id,
  perspective: feedbackPerspective,
  statements: z.array(feedbackStatementSchema).min(1, 'required').max(10),
  /** The open question as typed; absent prints the default one in the chosen language. */
  openQuestion: z.string().trim().min(1).max(300).optional(),
});
export type FeedbackForm = z.infer<typeof feedbackFormSchema>;

/** How many answered 1, 2, 3, 4 and 5 to one statement of the form. */
export const statementCountsSchema = z.looseObject({
  statementId: id,
  counts: z.array(count).length(5),
});
export type StatementCounts = z.infer<typeof statementCountsSchema>;

/**
 * The answers to one form collected at one session (`sessionId`, `from` = `to`
 * = its date) or over a period. Its open answers are impact notes of type
 * feedback, written with it.
 */
export const feedbackTallySchema = z
  .looseObject({
    ...recordBase,
    formId: id,
    sessionId: id.optional(),
    from: isoDate,
    /** The day the answers were collected or the period's last day: the tally counts in its period. */
    to: isoDate,
    counts: z.array(statementCountsSchema).min(1, 'required'),
    /** Every answer of the group typed in (collected), or only some of them (sample). */
    provenance: provenance.default('collected'),
  })
  .refine((t) => t.from <= t.to, { message: 'endBeforeStart', path: ['to'] });
export type FeedbackTally = z.infer<typeof feedbackTallySchema>;
