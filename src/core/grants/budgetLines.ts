import type { GrantExpense } from '../schemas';
import type { GrantRefusal } from './errors';

/**
 * May the budget line be deleted? Not while an expense (not in the trash)
 * points to it: those would lose their line. Move or delete them first.
 */
export function checkBudgetLineDelete(
  lineId: string,
  expenses: readonly Pick<GrantExpense, 'budgetLineId' | 'deletedAt'>[],
): { ok: true } | GrantRefusal {
  const count = expenses.filter((e) => !e.deletedAt && e.budgetLineId === lineId).length;
  return count === 0
    ? { ok: true }
    : { ok: false, code: 'budgetLineHasExpenses', params: { count } };
}
