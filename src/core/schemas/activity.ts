import { z } from 'zod';
import { id, isoDate, optionalText, recordBase } from './common';

export const activityTypes = [
  'peerSupportGroup',
  'eventSeries',
  'advocacy',
  'training',
  'boardWork',
  'other',
] as const;
export const activityType = z.enum(activityTypes);
export type ActivityType = z.infer<typeof activityType>;

/** A peer-support group, event series, advocacy effort, training or board work. */
export const activitySchema = z
  .looseObject({
    ...recordBase,
    name: z.string().trim().min(1, 'required').max(200),
    type: activityType,
    description: optionalText,
    themes: z.array(z.string().trim().min(1).max(100)).default([]),
    municipality: z.string().trim().max(100).optional(),
    targetGroup: z.string().trim().max(300).optional(),
    partners: z.array(z.string().trim().min(1).max(200)).default([]),
    grantIds: z.array(id).default([]),
    startedOn: isoDate.optional(),
    endedOn: isoDate.optional(),
  })
  .refine((a) => !a.startedOn || !a.endedOn || a.endedOn >= a.startedOn, {
    message: 'endBeforeStart',
    path: ['endedOn'],
  });
export type Activity = z.infer<typeof activitySchema>;

/**
 * Does work of this type meet the people the association is for? Board
 * meetings and other internal work do not: their participants are not
 * counted as people reached in the advocacy summary or the grant report.
 * docs/reports.md lists the types.
 */
export const activityTypeReachesPeople = {
  peerSupportGroup: true,
  eventSeries: true,
  advocacy: true,
  training: true,
  boardWork: false,
  other: false,
} as const satisfies Record<ActivityType, boolean>;

/** True when sessions of an activity of `type` count as encounters with people reached. */
export function reachesPeople(type: ActivityType): boolean {
  return activityTypeReachesPeople[type];
}
