import type { Grant } from '../schemas';
import { grantPeriod } from './grantPeriod';

type Sortable = Pick<Grant, 'name' | 'periodStart' | 'periodEnd' | 'decisionDate' | 'createdAt'>;

/** The day a grant is placed by: the start of its period of use, else its decision, else when it was recorded. */
function grantDay(g: Sortable): string {
  return grantPeriod(g)?.from ?? g.decisionDate ?? g.createdAt.slice(0, 10);
}

/**
 * Grants in the one order every list, picker and report uses: newest first by
 * grantDay (oldest first for a report's table of the year), then by name.
 */
export function sortGrants<G extends Sortable>(
  grants: readonly G[],
  order: 'newestFirst' | 'oldestFirst' = 'newestFirst',
): G[] {
  const sign = order === 'newestFirst' ? -1 : 1;
  return [...grants].sort(
    (a, b) => sign * grantDay(a).localeCompare(grantDay(b)) || a.name.localeCompare(b.name, 'fi'),
  );
}
