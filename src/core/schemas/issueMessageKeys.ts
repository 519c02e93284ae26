import type { z } from 'zod';

/** How one form names the message of a zod issue. */
export type IssueKeyRule<F extends string> = {
  /** The form's fields; an issue of another path (id, timestamps) is never the user's doing. */
  fields?: readonly F[];
  /** The field an issue belongs to, when the record nests it (default: the path's head). */
  fieldOf?: (path: readonly PropertyKey[]) => PropertyKey | undefined;
  /** Issue messages the schema sets that the form has a message of the same key for. */
  known: readonly string[];
  /** The key for a text over its maximum length. */
  tooLong: string;
  /** The key for anything else. */
  otherwise: string;
};

/**
 * A record schema's issues (from `safeParse` or a repository's ValidationError)
 * as one message key per form field, the first issue of each field winning:
 * the schema's own message when the form knows it, `required` for an empty
 * text, `tooLong` for a long one, else `otherwise`. The one mapping every
 * record form uses, so a form checks with its record's schema instead of
 * repeating its rules by hand.
 */
export function issueMessageKeys<F extends string>(
  issues: readonly z.core.$ZodIssue[],
  rule: IssueKeyRule<F>,
): Partial<Record<F, string>> {
  const keys: Partial<Record<F, string>> = {};
  for (const issue of issues) {
    const head = rule.fieldOf ? rule.fieldOf(issue.path) : issue.path[0];
    if (typeof head !== 'string' || !head) continue;
    if (rule.fields && !(rule.fields as readonly string[]).includes(head)) continue;
    const field = head as F;
    if (keys[field]) continue;
    keys[field] = rule.known.includes(issue.message)
      ? issue.message
      : issue.code === 'too_small' && issue.origin === 'string'
        ? 'required'
        : issue.code === 'too_big' && issue.origin === 'string'
          ? rule.tooLong
          : rule.otherwise;
  }
  return keys;
}
