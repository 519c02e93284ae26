import { z } from 'zod';
import { optionalText, recordBase } from './common';

export const funderTypes = [
  'municipality',
  'wellbeingCounty',
  'parish',
  'stea',
  'foundation',
  'other',
] as const;
export const funderType = z.enum(funderTypes);
export type FunderType = z.infer<typeof funderType>;

/** Who grants money: a municipality, a wellbeing services county, a parish, STEA, a foundation… */
export const funderSchema = z.looseObject({
  ...recordBase,
  name: z.string().trim().min(1, 'required').max(200),
  type: funderType,
  /** The funder's unit or service, as free text (e.g. "Järjestöavustukset"). */
  contact: z.string().trim().max(300).optional(),
  contactPerson: z.string().trim().max(200).optional(),
  email: z.union([z.literal(''), z.email('invalidEmail')]).optional(),
  phone: z.string().trim().max(50).optional(),
  website: z.string().trim().max(500).optional(),
  /**
   * Labels of what the funder asks for with a report; copied into a new
   * grant's checklist. Data, not messages: written in the language the user
   * had when the funder was made (see defaultFunderChecklist).
   */
  defaultChecklist: z.array(z.string().trim().min(1).max(300)).default([]),
  notes: optionalText,
});
export type Funder = z.infer<typeof funderSchema>;
