import { z } from 'zod';
import { logoProblem } from '../validators/image';
import { cents, isoDate, language, optionalText, recordBase, type Language } from './common';
import { isValidBusinessId } from '../validators/businessId';
import { isValidBic, isValidIban } from '../validators/iban';
import { membershipType } from './person';

/** Default value of one hour of volunteer work, in cents (Leader projects' talkootyö rate). */
export const DEFAULT_HOUR_VALUE_CENTS = 1500;
export const DEFAULT_HOUR_VALUE_SOURCE = 'Leader-ryhmien talkootyön arvo 15 €/h';

/** Years a former member's data is kept after leaving, when the profile sets none. */
export const DEFAULT_RETENTION_YEARS = 5;

/** One line of the fee schedule: the yearly fee of one membership type, in cents. */
export const feeScheduleEntrySchema = z.looseObject({
  year: z.number().int().min(1900).max(2200),
  membershipType: membershipType.exclude(['none']),
  amountCents: cents.nonnegative(),
});
export type FeeScheduleEntry = z.infer<typeof feeScheduleEntrySchema>;

/** The fields of one language's report texts; each line becomes a paragraph or bullet. */
export const reportTextFields = [
  'whatWeDo',
  'advocacyMessages',
  'advocacyAsks',
  'annualHighlights',
  'annualNotDone',
  'grantResults',
  'grantDeviations',
] as const;
export type ReportTextField = (typeof reportTextFields)[number];

/** One language's texts: "what we do", messages, asks, highlights, not done, grant results. */
export const reportTextSetSchema = z.looseObject({
  whatWeDo: optionalText,
  advocacyMessages: optionalText,
  advocacyAsks: optionalText,
  annualHighlights: optionalText,
  annualNotDone: optionalText,
  /** The grant report's results: what the work achieved. */
  grantResults: optionalText,
  /** The grant report's deviations from the plan, and why. */
  grantDeviations: optionalText,
});
export type ReportTextSet = z.infer<typeof reportTextSetSchema>;

/** The language the texts were written in before they were kept per language. */
export const REPORT_TEXTS_SOURCE_LANGUAGE = 'fi' as const satisfies Language;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Report texts of the old flat shape (`{whatWeDo, …}`, before 2026-12-01)
 * moved under `fi`; the per-language shape and anything else is returned
 * as it is. Keys that are neither a language nor a text field stay at the
 * top level, so nothing a newer version wrote is lost.
 */
export function migrateReportTexts(value: unknown): unknown {
  if (!isPlainObject(value)) return value;
  const fields = reportTextFields as readonly string[];
  const flat = Object.keys(value).filter((k) => fields.includes(k));
  if (!flat.length) return value;
  const rest: Record<string, unknown> = {};
  const moved: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) (fields.includes(k) ? moved : rest)[k] = v;
  const current = isPlainObject(rest[REPORT_TEXTS_SOURCE_LANGUAGE])
    ? (rest[REPORT_TEXTS_SOURCE_LANGUAGE] as Record<string, unknown>)
    : {};
  return { ...rest, [REPORT_TEXTS_SOURCE_LANGUAGE]: { ...moved, ...current } };
}

/** The report texts per language; the old flat shape is migrated on read. */
export const reportTextsSchema = z.preprocess(
  migrateReportTexts,
  z.looseObject({
    fi: reportTextSetSchema.optional(),
    sv: reportTextSetSchema.optional(),
    en: reportTextSetSchema.optional(),
  }),
);
export type ReportTexts = z.infer<typeof reportTextsSchema>;

/** The association itself: one record per database. */
export const associationProfileSchema = z.looseObject({
  ...recordBase,
  name: z.string().trim().min(1, 'required').max(200),
  businessId: z
    .string()
    .trim()
    .refine((v) => v === '' || isValidBusinessId(v), 'invalidBusinessId')
    .optional(),
  registerNumber: z.string().trim().max(50).optional(),
  homeMunicipality: z.string().trim().min(1, 'required').max(100),
  wellbeingCounty: z.string().trim().max(100).optional(),
  streetAddress: z.string().trim().max(200).optional(),
  // As typed (see personSchema); the profile form checks new input with postalCodeEntry.
  postalCode: z.string().trim().max(20).optional(),
  postOffice: z.string().trim().max(100).optional(),
  email: z.union([z.literal(''), z.email('invalidEmail')]).optional(),
  phone: z.string().trim().max(50).optional(),
  website: z.string().trim().max(200).optional(),
  iban: z
    .string()
    .trim()
    .refine((v) => v === '' || isValidIban(v), 'invalidIban')
    .optional(),
  /** The bank's BIC, printed on invoices and carried in their QR code. */
  bic: z
    .string()
    .trim()
    .refine((v) => v === '' || isValidBic(v), 'invalidBic')
    .optional(),
  chairName: z.string().trim().max(200).optional(),
  treasurerName: z.string().trim().max(200).optional(),
  /** Month (1–12) in which the fiscal year starts; 1 = calendar year. */
  fiscalYearStartMonth: z.number().int().min(1).max(12).default(1),
  /** Logo as a data: URL (PNG or JPEG), printed on report letterheads. */
  logoDataUrl: z
    .string()
    .superRefine((v, ctx) => {
      // Read from the bytes: a broken image would make every PDF fail.
      const problem = logoProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional(),
  hourValueCents: cents.nonnegative().default(DEFAULT_HOUR_VALUE_CENTS),
  hourValueSource: z.string().trim().max(300).default(DEFAULT_HOUR_VALUE_SOURCE),
  defaultLanguage: language.default('fi'),
  foundedOn: isoDate.optional(),
  /**
   * Texts the association writes in the app for its reports, one set per
   * language (see reportTextsSchema). Files and databases from before
   * 2026-12-01 hold one flat set: it is read as the Finnish one.
   */
  reportTexts: reportTextsSchema.optional(),
  /**
   * Membership fees per year and type, as the annual meeting decided them.
   * One line per year and type; see src/core/fees for how fees are billed.
   */
  feeSchedule: z.array(feeScheduleEntrySchema).optional(),
  /**
   * Whole years a former member's data is kept after leaving before the app
   * suggests anonymising them; absent means DEFAULT_RETENTION_YEARS.
   */
  retentionYears: z.number().int().min(1).max(100).optional(),
  notes: optionalText,
});
export type AssociationProfile = z.infer<typeof associationProfileSchema>;
