import type { z } from 'zod';

/**
 * How one form names the message of a zod issue: `K` its message keys, `L`
 * the key of its "too long" message (which takes the maximum).
 */
export type IssueKeyRule<F extends string, K extends string = string, L extends string = K> = {
  /** The form's fields; an issue of another path (id, timestamps) is never the user's doing. */
  fields?: readonly F[];
  /** The field an issue belongs to, when the record nests it (default: the path's head). */
  fieldOf?: (path: readonly PropertyKey[]) => PropertyKey | undefined;
  /** Issue messages the schema sets that the form has a message of the same key for. */
  known: readonly K[];
  /** The key for a text over its maximum length. */
  tooLong: L;
  /** The key for anything else. */
  otherwise: K;
};

/** One field's message: its key, and for a text too long the schema's maximum (for "at most {{max}}"). */
export type IssueMessage<K extends string = string, L extends string = K> =
  { key: K | 'required' } | { key: L; max: number };

/**
 * A record schema's issues (from `safeParse` or a repository's ValidationError)
 * as one message per form field, the first issue of each field winning: the
 * schema's own message when the form knows it, `required` for an empty text,
 * `tooLong` (with the schema's maximum) for a long one, else `otherwise`. The
 * one mapping every record form uses, so a form checks with its record's
 * schema instead of repeating its rules by hand.
 */
export function issueMessages<F extends string, K extends string, L extends string = K>(
  issues: readonly z.core.$ZodIssue[],
  rule: IssueKeyRule<F, K, L>,
): Partial<Record<F, IssueMessage<K, L>>> {
  const messages: Partial<Record<F, IssueMessage<K, L>>> = {};
  for (const issue of issues) {
    const head = rule.fieldOf ? rule.fieldOf(issue.path) : issue.path[0];
    if (typeof head !== 'string' || !head) continue;
    if (rule.fields && !(rule.fields as readonly string[]).includes(head)) continue;
    const field = head as F;
    if (messages[field]) continue;
    messages[field] = (rule.known as readonly string[]).includes(issue.message)
      ? { key: issue.message as K }
      : issue.code === 'too_small' && issue.origin === 'string'
        ? { key: 'required' }
        : issue.code === 'too_big' && issue.origin === 'string'
          ? { key: rule.tooLong, max: Number(issue.maximum) }
          : { key: rule.otherwise };
  }
  return messages;
}

/** `issueMessages` as keys only, for a form whose messages take no parameters. */
export function issueMessageKeys<F extends string, K extends string, L extends string = K>(
  issues: readonly z.core.$ZodIssue[],
  rule: IssueKeyRule<F, K, L>,
): Partial<Record<F, K | L | 'required'>> {
  const keys: Partial<Record<F, K | L | 'required'>> = {};
  const messages = issueMessages(issues, rule);
  for (const field of Object.keys(messages) as F[]) keys[field] = messages[field]!.key;
  return keys;
}
