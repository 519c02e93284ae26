import { z } from 'zod';
import { id, isoDate, recordBase } from './common';

/**
 * Where a figure comes from, as STEA's results forms ask: every answer or
 * case counted, a sample of them, or an estimate.
 */
export const provenances = ['collected', 'sample', 'estimate'] as const;
export const provenance = z.enum(provenances);
export type Provenance = z.infer<typeof provenance>;

/** A count (people guided to services) or a value measured before and after. */
export const indicatorKinds = ['count', 'beforeAfter'] as const;
export const indicatorKind = z.enum(indicatorKinds);
export type IndicatorKind = z.infer<typeof indicatorKind>;

/**
 * One measurement of an indicator the association collects itself, for one
 * period. Rows with the same `name` are the same indicator over time.
 * Feedback shares and means are not stored: they come from the tallies.
 */
export const indicatorValueSchema = z
  .looseObject({
    ...recordBase,
    name: z.string().trim().min(1, 'required').max(200),
    kind: indicatorKind,
    activityId: id.optional(),
    from: isoDate,
    to: isoDate,
    /** The count, or the value after. */
    value: z.number().finite().nonnegative(),
    /** For before/after: the value before. */
    before: z.number().finite().nonnegative().optional(),
    provenance,
    note: z.string().trim().max(1000).optional(),
  })
  .refine((v) => v.from <= v.to, { message: 'endBeforeStart', path: ['to'] })
  .refine((v) => v.kind !== 'beforeAfter' || v.before !== undefined, {
    message: 'required',
    path: ['before'],
  });
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;
