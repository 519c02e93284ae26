import type { z } from 'zod';
import { readEuroField } from '../../../../core/format';
import { formatMoney } from '../../../../core/format';
import { grantBudgetLineSchema, isCalendarDate, issueMessageKeys } from '../../../../core/schemas';

/** A form's field values, all as typed text. */
export type Values = Record<string, string>;
/** Per field, the message key (under grantsPage.errors) of what is wrong with it. */
export type Errors = Record<string, string>;

/** Text typed in a field, or undefined when left empty. */
export function optional(text: string | undefined): string | undefined {
  const s = text?.trim() ?? '';
  return s === '' ? undefined : s;
}

/** Cents as the text an amount field starts with (Finnish money, parsed back the same). */
export function centsText(cents: number | undefined): string {
  return cents === undefined ? '' : formatMoney(cents, 'fi');
}

/**
 * Read the amount fields (`1 250,50`, `1250.50 €`…) into cents. Empty is
 * undefined, or an error when `required`; not money is an error.
 */
export function readAmounts(
  values: Values,
  fields: readonly string[],
  required: readonly string[] = [],
  { allowNegative = false } = {},
): { cents: Record<string, number | undefined>; errors: Errors } {
  const cents: Record<string, number | undefined> = {};
  const errors: Errors = {};
  for (const f of fields) {
    const text = optional(values[f]);
    if (text === undefined) {
      if (required.includes(f)) errors[f] = 'required';
      cents[f] = undefined;
      continue;
    }
    const read = readEuroField(text, { allowNegative });
    if (read.kind === 'cents') cents[f] = read.cents;
    else errors[f] = 'amount';
  }
  return { cents, errors };
}

/** Dates typed in fields: empty is fine unless required, else a real YYYY-MM-DD day. */
export function checkDates(
  values: Values,
  fields: readonly string[],
  required: readonly string[] = [],
): Errors {
  const errors: Errors = {};
  for (const f of fields) {
    const text = optional(values[f]);
    if (text === undefined) {
      if (required.includes(f)) errors[f] = 'required';
    } else if (!isCalendarDate(text)) errors[f] = 'date';
  }
  return errors;
}

/** A schema's issues as field errors (first issue per field), by the one mapping of core. */
export function issueErrors(issues: readonly z.core.$ZodIssue[]): Errors {
  return issueMessageKeys(issues, {
    known: ['required', 'invalidEmail', 'endBeforeStart'],
    tooLong: 'invalid',
    otherwise: 'invalid',
  }) as Errors;
}

// The budget line's fields the form fills; grant, place and stamps are not the user's to get wrong.
const budgetLineFields = grantBudgetLineSchema.pick({
  name: true,
  budgetCents: true,
  ownFundingCents: true,
});

/**
 * Check a budget line the form would write with the line's own schema. The
 * amounts' own messages (`required`, `amount`, from `readAmounts`) win over
 * the schema's for the same field, since they say what to type.
 */
export function checkBudgetLine(
  values: Values,
  cents: Record<string, number | undefined>,
  amountErrors: Errors,
): Errors {
  const result = budgetLineFields.safeParse({
    name: values.name ?? '',
    budgetCents: cents.budgetCents,
    ownFundingCents: cents.ownFundingCents,
  });
  return { ...issueErrors(result.error?.issues ?? []), ...amountErrors };
}
