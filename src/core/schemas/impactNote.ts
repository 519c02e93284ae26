import { z } from 'zod';
import { count, id, isoDate, recordBase } from './common';

export const impactNoteTypes = [
  'participantStory',
  'quote',
  'feedback',
  'outcome',
  'observation',
  'media',
] as const;
export const impactNoteType = z.enum(impactNoteTypes);
export type ImpactNoteType = z.infer<typeof impactNoteType>;

export const impactSources = [
  'anonymousParticipant',
  'volunteer',
  'partner',
  'staff',
  'other',
] as const;
export const impactSource = z.enum(impactSources);
export type ImpactSource = z.infer<typeof impactSource>;

/** Experience-based knowledge of the association's impact: stories, quotes, feedback. */
export const impactNoteSchema = z.looseObject({
  ...recordBase,
  date: isoDate,
  type: impactNoteType,
  text: z.string().trim().min(1, 'required').max(10_000),
  themes: z.array(z.string().trim().min(1).max(100)).default([]),
  activityId: id.optional(),
  grantId: id.optional(),
  source: impactSource,
  consentToPublish: z.boolean().default(false),
  /** Feedback tallies: how many answered 1, 2, 3, 4 and 5. */
  feedbackTally: z.array(count).length(5).optional(),
});
export type ImpactNote = z.infer<typeof impactNoteSchema>;
