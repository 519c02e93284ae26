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

/** How a person gave their consent to publish what they said. */
export const consentMethods = ['written', 'spoken', 'form'] as const;
export const consentMethod = z.enum(consentMethods);
export type ConsentMethod = z.infer<typeof consentMethod>;

/**
 * Experience-based knowledge of the association's impact: stories, quotes, feedback.
 *
 * Consent: `consentToPublish` true may come without `consentGivenOn` and
 * `consentMethod` — data files written before those fields existed hold such
 * notes, and refusing them would lose a whole backup. New input is checked
 * with `impactNoteEntrySchema`, which asks for both whenever consent is given.
 */
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
  /** The day the person gave their consent to publish. */
  consentGivenOn: isoDate.optional(),
  consentMethod: consentMethod.optional(),
  /** A note the association counts among its best: reports offer it first. */
  highlight: z.boolean().default(false),
  /** For a media mention: the newspaper, programme or site, printed as the citation. */
  mediaOutlet: z.string().trim().max(200).optional(),
  /** Feedback tallies: how many answered 1, 2, 3, 4 and 5. */
  feedbackTally: z.array(count).length(5).optional(),
});
export type ImpactNote = z.infer<typeof impactNoteSchema>;

/** The most answers one feedback tally may count per choice: more is a typing mistake. */
export const MAX_TALLY_COUNT = 1_000_000;

/**
 * A note as the note form must enter one: the stored schema plus the consent
 * rule (consent to publish needs the day it was given and how) and a sane
 * tally. Stored notes and data files keep `impactNoteSchema`, so a note written
 * before the rule still reads, merges and restores.
 */
export const impactNoteEntrySchema = impactNoteSchema.superRefine((n, ctx) => {
  if (n.consentToPublish && !n.consentGivenOn) {
    ctx.addIssue({ code: 'custom', path: ['consentGivenOn'], message: 'consentDateRequired' });
  }
  if (n.consentToPublish && !n.consentMethod) {
    ctx.addIssue({ code: 'custom', path: ['consentMethod'], message: 'consentMethodRequired' });
  }
  if (n.feedbackTally?.some((c) => c > MAX_TALLY_COUNT)) {
    ctx.addIssue({ code: 'custom', path: ['feedbackTally'], message: 'badCount' });
  }
});
