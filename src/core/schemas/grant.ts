import { z } from 'zod';
import { cents, id, isoDate, isoDateTime, optionalText, recordBase } from './common';

export const grantStatuses = [
  'planned',
  'drafting',
  'submitted',
  'granted',
  'partlyGranted',
  'rejected',
  'reported',
  'closed',
] as const;
export const grantStatus = z.enum(grantStatuses);
export type GrantStatus = z.infer<typeof grantStatus>;

export const budgetLineSchema = z.looseObject({
  id,
  name: z.string().trim().min(1, 'required').max(200),
  budgetCents: cents.nonnegative(),
});
export type BudgetLine = z.infer<typeof budgetLineSchema>;

export const expenseSchema = z.looseObject({
  id,
  date: isoDate,
  amountCents: cents,
  budgetLineId: id,
  description: z.string().trim().max(500).default(''),
  receiptRef: z.string().trim().max(100).optional(),
});
export type Expense = z.infer<typeof expenseSchema>;

/** Metadata of a file attached to a grant; the bytes live in the attachments table. */
export const attachmentMetaSchema = z.looseObject({
  id,
  name: z.string().trim().min(1).max(300),
  mimeType: z.string().max(200),
  size: z.number().int().nonnegative(),
  addedAt: isoDateTime,
});
export type AttachmentMeta = z.infer<typeof attachmentMetaSchema>;

export const checklistItemSchema = z.looseObject({
  id,
  label: z.string().trim().min(1).max(300),
  done: z.boolean().default(false),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

/** A grant applied for or received, with its budget, spending and reporting duties. */
export const grantSchema = z
  .looseObject({
    ...recordBase,
    funderId: id,
    name: z.string().trim().min(1, 'required').max(200),
    programme: z.string().trim().max(200).optional(),
    purpose: optionalText,
    status: grantStatus,
    appliedCents: cents.nonnegative().optional(),
    grantedCents: cents.nonnegative().optional(),
    paidCents: cents.nonnegative().optional(),
    applicationDeadline: isoDate.optional(),
    useBy: isoDate.optional(),
    reportDue: isoDate.optional(),
    decisionNumber: z.string().trim().max(100).optional(),
    decisionDate: isoDate.optional(),
    periodStart: isoDate.optional(),
    periodEnd: isoDate.optional(),
    budgetLines: z.array(budgetLineSchema).default([]),
    expenses: z.array(expenseSchema).default([]),
    attachments: z.array(attachmentMetaSchema).default([]),
    checklist: z.array(checklistItemSchema).default([]),
  })
  .refine((g) => g.expenses.every((e) => g.budgetLines.some((l) => l.id === e.budgetLineId)), {
    message: 'unknownBudgetLine',
    path: ['expenses'],
  })
  .refine((g) => !g.periodStart || !g.periodEnd || g.periodEnd >= g.periodStart, {
    message: 'endBeforeStart',
    path: ['periodEnd'],
  });
export type Grant = z.infer<typeof grantSchema>;
