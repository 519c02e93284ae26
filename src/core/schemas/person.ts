import { z } from 'zod';
import { isoDate, isoDateTime, optionalText, recordBase } from './common';
import { isValidPostalCode } from '../validators/postalCode';

export const membershipTypes = [
  'none',
  'regular',
  'supporting',
  'honorary',
  'family',
  'youth',
] as const;
export const membershipType = z.enum(membershipTypes);
export type MembershipType = z.infer<typeof membershipType>;

/**
 * A person the association knows: a member, a volunteer, or both.
 * Associations Act §11 needs only full name and home municipality; all else is optional.
 * No personal identity code and no health data, by design (GDPR minimisation).
 */
export const personSchema = z
  .looseObject({
    ...recordBase,
    fullName: z.string().trim().min(1, 'required').max(200),
    homeMunicipality: z.string().trim().min(1, 'required').max(100),
    email: z.union([z.literal(''), z.email('invalidEmail')]).optional(),
    phone: z.string().trim().max(50).optional(),
    streetAddress: z.string().trim().max(200).optional(),
    // Stored as typed: older files (and versions) kept any code, and a restore must
    // not refuse them. New input is checked with personEntrySchema / postalCodeEntry.
    postalCode: z.string().trim().max(20).optional(),
    postOffice: z.string().trim().max(100).optional(),
    /** Languages the person uses, as ISO 639-1 codes (fi, sv, en, …). */
    languages: z.array(z.string().trim().min(2).max(10)).default([]),
    membership: membershipType.default('none'),
    joinedOn: isoDate.optional(),
    leftOn: isoDate.optional(),
    leftReason: z.string().trim().max(500).optional(),
    // Loose like every record: a consent added by a newer version survives a round trip.
    consents: z
      .looseObject({
        emailContact: z.boolean().default(false),
        nameInPublicMaterials: z.boolean().default(false),
      })
      .default({ emailContact: false, nameInPublicMaterials: false }),
    notes: optionalText,
    /** Set when the person was anonymised: identity gone, hour totals kept. */
    anonymisedAt: isoDateTime.optional(),
  })
  .refine((p) => !p.joinedOn || !p.leftOn || p.leftOn >= p.joinedOn, {
    message: 'leftBeforeJoined',
    path: ['leftOn'],
  });
export type Person = z.infer<typeof personSchema>;

/** A Finnish postal code as new input must be written (forms, the member import). */
export const postalCodeEntry = z
  .string()
  .trim()
  .max(20)
  .refine(isValidPostalCode, 'invalidPostalCode')
  .optional();

/**
 * A person as the person form and the member import must enter one: the
 * stored schema plus the five-digit postal code. Stored records and data files
 * keep `personSchema`, so nothing written before the rule is ever refused.
 */
export const personEntrySchema = personSchema.superRefine((p, ctx) => {
  if (p.postalCode && !isValidPostalCode(p.postalCode)) {
    ctx.addIssue({ code: 'custom', path: ['postalCode'], message: 'invalidPostalCode' });
  }
});
