import { z } from 'zod';
import { optionalText, recordBase } from './common';

export const funderTypes = [
  'municipality',
  'wellbeingCounty',
  'stea',
  'foundation',
  'other',
] as const;
export const funderType = z.enum(funderTypes);
export type FunderType = z.infer<typeof funderType>;

/** Who grants money: a municipality, a wellbeing services county, STEA, a foundation… */
export const funderSchema = z.looseObject({
  ...recordBase,
  name: z.string().trim().min(1, 'required').max(200),
  type: funderType,
  contact: z.string().trim().max(300).optional(),
  notes: optionalText,
});
export type Funder = z.infer<typeof funderSchema>;
