import { z } from 'zod';
import {
  activityType,
  feedbackPerspective,
  hourKinds,
  indicatorKind,
  isoDate,
  membershipTypes,
  provenance,
} from '../schemas';
import { SMALL_COUNT_LIMIT, type SmallCount } from './smallCount';

/** The format's name and version; a reader refuses a newer version it cannot know. */
export const SUMMARY_FORMAT = 'talkoot-summary';
export const SUMMARY_FORMAT_VERSION = 1;

const smallCount = z.union([
  z.literal('<5'),
  z
    .number()
    .int()
    .nonnegative()
    .refine((n) => n === 0 || n >= SMALL_COUNT_LIMIT, 'unsuppressedSmallCount'),
]) as z.ZodType<SmallCount>;
const minutes = z.number().int().nonnegative();
const paidTypes = membershipTypes.filter((t) => t !== 'none');

const minutesByKind = z.object(
  Object.fromEntries(hourKinds.map((k) => [k, minutes])) as Record<
    (typeof hourKinds)[number],
    typeof minutes
  >,
);

export const summaryActivitySchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  type: activityType,
  themes: z.array(z.string().trim().min(1).max(100)).max(50),
  municipality: z.string().trim().max(100).optional(),
  sessions: z.number().int().nonnegative(),
  encounters: z.strictObject({ counted: smallCount, estimated: smallCount }),
  newParticipants: smallCount,
  volunteers: smallCount,
  minutesByKind,
  totalMinutes: minutes,
  valueCents: z.number().int().nonnegative(),
});
export type SummaryActivity = z.infer<typeof summaryActivitySchema>;

/**
 * An indicator of the year: a feedback statement (answers, share answering
 * 4–5, mean) or a measure of the association's own, with its provenance. With
 * 1–4 answers the answers are "<5" and no share or mean is given: a share of
 * three people's answers tells too much about each of them.
 */
export const summaryIndicatorSchema = z.strictObject({
  name: z.string().trim().min(1).max(300),
  kind: z.union([z.literal('feedback'), indicatorKind]),
  activity: z.string().trim().max(200).optional(),
  perspective: feedbackPerspective.optional(),
  from: isoDate,
  to: isoDate,
  provenance,
  answers: smallCount.optional(),
  share: z.number().min(0).max(1).nullable().optional(),
  mean: z.number().min(1).max(5).nullable().optional(),
  value: z.number().optional(),
  before: z.number().optional(),
});
export type SummaryIndicator = z.infer<typeof summaryIndicatorSchema>;

/**
 * A consented quote the association chose to share: its text, date and type.
 * Never a name: the text is what the person agreed to publish.
 */
export const summaryQuoteSchema = z.strictObject({
  date: isoDate,
  text: z.string().trim().min(1).max(2000),
});

/**
 * The `talkoot-summary` file (docs/summary-format.md): one association's
 * figures of one year, without any personal data. Strict objects: a field
 * this version does not know is refused, so nothing unexpected (a name, an
 * email) can travel inside a summary unnoticed.
 */
export const summaryFileSchema = z.strictObject({
  format: z.literal(SUMMARY_FORMAT),
  formatVersion: z.literal(SUMMARY_FORMAT_VERSION),
  exportedAt: z.iso.datetime(),
  generator: z.string().max(100),
  association: z.strictObject({
    name: z.string().trim().min(1).max(200),
    businessId: z.string().trim().max(20).optional(),
    homeMunicipality: z.string().trim().min(1).max(100),
    wellbeingCounty: z.string().trim().max(100).optional(),
  }),
  year: z.number().int().min(1900).max(2200),
  period: z.strictObject({ from: isoDate, to: isoDate }),
  members: z.strictObject({
    atEnd: z.strictObject(
      Object.fromEntries(paidTypes.map((t) => [t, smallCount])) as Record<
        (typeof paidTypes)[number],
        typeof smallCount
      >,
    ),
    total: smallCount,
    joined: smallCount,
    left: smallCount,
  }),
  volunteers: smallCount,
  minutesByKind,
  totalMinutes: minutes,
  valueCents: z.number().int().nonnegative(),
  hourValueCents: z.number().int().nonnegative(),
  activities: z.array(summaryActivitySchema).max(1000),
  indicators: z.array(summaryIndicatorSchema).max(500),
  quotes: z.array(summaryQuoteSchema).max(20),
});
export type SummaryFile = z.infer<typeof summaryFileSchema>;
export type PaidMembershipType = (typeof paidTypes)[number];
