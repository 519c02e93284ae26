import type { Period } from '../figures';
import type { Grant } from '../schemas';

/**
 * The grant's period of use: its start and end, or, with an end missing, the
 * calendar year it starts (or was decided) in. Only expenses dated in it count
 * as the grant's spending, on every page and in every report.
 */
export function grantPeriod(
  grant: Pick<Grant, 'periodStart' | 'periodEnd' | 'decisionDate'>,
): Period | undefined {
  if (grant.periodStart && grant.periodEnd) return { from: grant.periodStart, to: grant.periodEnd };
  const start = grant.periodStart ?? grant.decisionDate;
  if (!start) return undefined;
  const year = start.slice(0, 4);
  return { from: grant.periodStart ?? `${year}-01-01`, to: grant.periodEnd ?? `${year}-12-31` };
}

/** Where two periods overlap; undefined when they do not. Without `b`, `a` itself. */
export function clipPeriod(a: Period | undefined, b?: Period): Period | undefined {
  if (!b) return a;
  if (!a) return b;
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to < b.to ? a.to : b.to;
  return from <= to ? { from, to } : undefined;
}
