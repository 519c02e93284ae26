import type { Grant } from '../schemas';

/** Everything spent from a grant: the sum of all its expenses, in cents. */
export function grantSpentCents(grant: Pick<Grant, 'expenses'>): number {
  return grant.expenses.reduce((total, e) => total + e.amountCents, 0);
}
