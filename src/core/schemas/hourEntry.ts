import { z } from 'zod';
import {
  count,
  id,
  isoDate,
  isoDateTime,
  MAX_DURATION_MINUTES,
  minutes,
  optionalText,
  recordBase,
} from './common';

export const hourKinds = [
  'peerSupport',
  'volunteering',
  'advocacy',
  'board',
  'training',
  'other',
] as const;
export const hourKind = z.enum(hourKinds);
export type HourKind = z.infer<typeof hourKind>;

/** Volunteer time one person gave on one day. */
export const hourEntrySchema = z.looseObject({
  ...recordBase,
  personId: id,
  activityId: id.optional(),
  sessionId: id.optional(),
  date: isoDate,
  minutes: minutes
    .refine((m) => m > 0, 'mustBePositive')
    .refine((m) => m <= MAX_DURATION_MINUTES, 'tooLong'),
  kind: hourKind,
  participantsReached: count.optional(),
  note: optionalText,
  grantId: id.optional(),
  approved: z.boolean().default(false),
  approvedBy: z.string().trim().max(200).optional(),
  approvedAt: isoDateTime.optional(),
  /**
   * Who last changed the entry while it was approved, and when: the edit
   * cleared the approval, and this says why it waits again.
   */
  changedAfterApprovalBy: z.string().trim().max(200).optional(),
  changedAfterApprovalAt: isoDateTime.optional(),
});
export type HourEntry = z.infer<typeof hourEntrySchema>;
