import { z } from 'zod';
import { cents, id, isoDate, optionalText, recordBase } from './common';

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

/**
 * A grant applied for or received, with its deadlines and amounts. Its budget
 * lines, expenses, payments, checklist and status history are records of their
 * own (see grantRecords.ts); `status` is the latest of its status changes. What
 * was paid is the sum of its payments.
 */
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
    applicationDeadline: isoDate.optional(),
    useBy: isoDate.optional(),
    /** The interim report's due date, when the funder asks for one. */
    interimReportDue: isoDate.optional(),
    /** The final report's due date. */
    reportDue: isoDate.optional(),
    decisionNumber: z.string().trim().max(100).optional(),
    decisionDate: isoDate.optional(),
    periodStart: isoDate.optional(),
    periodEnd: isoDate.optional(),
  })
  .refine((g) => !g.periodStart || !g.periodEnd || g.periodEnd >= g.periodStart, {
    message: 'endBeforeStart',
    path: ['periodEnd'],
  });
export type Grant = z.infer<typeof grantSchema>;
