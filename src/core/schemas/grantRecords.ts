import { z } from 'zod';
import { cents, id, isoDate, recordBase } from './common';
import { grantStatus } from './grant';

/**
 * The parts of a grant, each a record of its own (schema version 3, data-file
 * format 2). Two computers that each add an expense to the same grant keep
 * both on merge: each row merges on its own id, not as part of the grant.
 */

/** A line of the grant's budget: what the funder's money is planned for. */
export const grantBudgetLineSchema = z.looseObject({
  ...recordBase,
  grantId: id,
  name: z.string().trim().min(1, 'required').max(200),
  /** The grant money budgeted for the line. */
  budgetCents: cents.nonnegative(),
  /** The association's own money planned for the line, on top of the grant's. */
  ownFundingCents: cents.nonnegative().optional(),
  /** Place in the budget's order, 0 first; lines with the same place sort by name. */
  position: z.number().int().nonnegative().optional(),
});
export type GrantBudgetLine = z.infer<typeof grantBudgetLineSchema>;

/** Money spent from the grant, booked to one budget line. A refund is negative. */
export const grantExpenseSchema = z.looseObject({
  ...recordBase,
  grantId: id,
  budgetLineId: id,
  date: isoDate,
  amountCents: cents,
  payee: z.string().trim().max(200).optional(),
  receiptRef: z.string().trim().max(100).optional(),
  note: z.string().trim().max(500).optional(),
  /** The receipt as an attachment. */
  attachmentId: id.optional(),
});
export type GrantExpense = z.infer<typeof grantExpenseSchema>;

/** Money the funder paid to the association for the grant (one instalment). */
export const grantPaymentSchema = z.looseObject({
  ...recordBase,
  grantId: id,
  date: isoDate,
  amountCents: cents.nonnegative(),
  note: z.string().trim().max(500).optional(),
});
export type GrantPayment = z.infer<typeof grantPaymentSchema>;

/** One document or duty the funder asks for (financial statements, minutes…). */
export const grantChecklistItemSchema = z.looseObject({
  ...recordBase,
  grantId: id,
  label: z.string().trim().min(1, 'required').max(300),
  done: z.boolean().default(false),
  doneOn: isoDate.optional(),
  /** The document itself, when it is attached. */
  attachmentId: id.optional(),
  /** Place in the list, 0 first. */
  position: z.number().int().nonnegative().optional(),
});
export type GrantChecklistItem = z.infer<typeof grantChecklistItemSchema>;

/** One change of a grant's status: the history, a rejected grant's reason in `note`. */
export const grantStatusChangeSchema = z.looseObject({
  ...recordBase,
  grantId: id,
  status: grantStatus,
  date: isoDate,
  note: z.string().trim().max(2000).optional(),
});
export type GrantStatusChange = z.infer<typeof grantStatusChangeSchema>;
