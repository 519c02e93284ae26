import { z } from 'zod';
import { logoProblem } from '../validators/image';
import { cents, isoDate, language, optionalText, recordBase } from './common';
import { isValidBusinessId } from '../validators/businessId';
import { isValidIban } from '../validators/iban';
import { isValidPostalCode } from '../validators/postalCode';
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
  postalCode: z.string().trim().max(20).refine(isValidPostalCode, 'invalidPostalCode').optional(),
  postOffice: z.string().trim().max(100).optional(),
  email: z.union([z.literal(''), z.email('invalidEmail')]).optional(),
  phone: z.string().trim().max(50).optional(),
  website: z.string().trim().max(200).optional(),
  iban: z
    .string()
    .trim()
    .refine((v) => v === '' || isValidIban(v), 'invalidIban')
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
   * Texts the association writes in the app for its reports. One text per
   * field, edited before printing; each line becomes a paragraph or bullet.
   */
  reportTexts: z
    .looseObject({
      whatWeDo: optionalText,
      advocacyMessages: optionalText,
      advocacyAsks: optionalText,
      annualHighlights: optionalText,
      annualNotDone: optionalText,
    })
    .optional(),
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
