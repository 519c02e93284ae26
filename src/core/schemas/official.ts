import { z } from 'zod';
import { id, isoDate, optionalText, recordBase } from './common';

export const officialRoles = [
  'chair',
  'viceChair',
  'treasurer',
  'secretary',
  'boardMember',
  'deputy',
  'auditor',
  'contactPerson',
] as const;
export const officialRole = z.enum(officialRoles);
export type OfficialRole = z.infer<typeof officialRole>;

/** Roles that sit on the board; the others (auditor, contact person) are officials outside it. */
export const boardRoles: readonly OfficialRole[] = [
  'chair',
  'viceChair',
  'treasurer',
  'secretary',
  'boardMember',
  'deputy',
];

/**
 * One term of one role: who held it (a person in the register, or by name an
 * outsider such as an auditor) and from when to when. A person is named in
 * public material only with `consentToPublishName`; otherwise they are counted.
 */
export const officialSchema = z
  .looseObject({
    ...recordBase,
    personId: id.optional(),
    /** The name of someone outside the register (an auditor firm, an outside auditor). */
    name: z.string().trim().max(200).optional(),
    role: officialRole,
    termStart: isoDate,
    /** Absent while the term is running. */
    termEnd: isoDate.optional(),
    consentToPublishName: z.boolean().default(false),
    note: optionalText,
  })
  .refine((o) => !!o.personId || !!o.name?.trim(), {
    message: 'officialNeedsPerson',
    path: ['personId'],
  })
  .refine((o) => !o.termEnd || o.termEnd >= o.termStart, {
    message: 'endBeforeStart',
    path: ['termEnd'],
  });
export type Official = z.infer<typeof officialSchema>;
