import { z } from 'zod';
import { cents, id, isoDate, recordBase } from './common';
import { isValidReferenceNumber } from '../validators/referenceNumber';

/** One member's fee for one year, with its Finnish payment reference. */
export const membershipFeeSchema = z.looseObject({
  ...recordBase,
  personId: id,
  year: z.number().int().min(1900).max(2200),
  amountCents: cents.nonnegative(),
  reference: z.string().refine(isValidReferenceNumber, 'invalidReference').optional(),
  dueOn: isoDate.optional(),
  paidOn: isoDate.optional(),
  /** The day the last invoice of this fee was printed (its due date is `dueOn`). */
  invoicedOn: isoDate.optional(),
  /** The day the last payment reminder was printed, and the due date it gave. */
  remindedOn: isoDate.optional(),
  reminderDueOn: isoDate.optional(),
});
export type MembershipFee = z.infer<typeof membershipFeeSchema>;
