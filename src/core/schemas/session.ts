import { z } from 'zod';
import {
  count,
  id,
  isoDate,
  MAX_DURATION_MINUTES,
  minutes,
  optionalText,
  recordBase,
} from './common';

export const countMethods = ['counted', 'estimated'] as const;
export const countMethod = z.enum(countMethods);
export type CountMethod = z.infer<typeof countMethod>;

/** One meeting (kokoontuminen) of an activity. */
export const sessionSchema = z
  .looseObject({
    ...recordBase,
    activityId: id,
    date: isoDate,
    // Positive, as the session form has always required: no meeting lasts no time.
    durationMinutes: minutes
      .refine((m) => m > 0, 'mustBePositive')
      .refine((m) => m <= MAX_DURATION_MINUTES, 'tooLong'),
    participants: count,
    newParticipants: count.default(0),
    volunteers: count.default(0),
    /**
     * The volunteers' default time at this meeting (each entry may differ).
     * Missing in sessions logged before it was kept.
     */
    volunteerMinutes: minutes
      .refine((m) => m > 0, 'mustBePositive')
      .refine((m) => m <= MAX_DURATION_MINUTES, 'tooLong')
      .optional(),
    countMethod: countMethod.default('counted'),
    note: optionalText,
  })
  .refine((s) => s.newParticipants <= s.participants, {
    message: 'newExceedsParticipants',
    path: ['newParticipants'],
  });
export type Session = z.infer<typeof sessionSchema>;
