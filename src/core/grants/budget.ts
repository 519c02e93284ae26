import type { Period } from '../figures';
import type { Grant, GrantBudgetLine, GrantExpense, GrantPayment } from '../schemas';
import { clipPeriod, grantPeriod } from './grantPeriod';
import { sumCents } from './money';

const live = <T extends { deletedAt?: string | null }>(rows: readonly T[]) =>
  rows.filter((r) => !r.deletedAt);

/** One budget line against what was spent on it. */
export type BudgetLineActual = {
  id: string;
  name: string;
  budgetCents: number;
  ownFundingCents?: number;
  /** Expenses booked to the line and dated in the period. */
  spentCents: number;
  /** Budget minus spent: negative when the line went over. */
  differenceCents: number;
  overBudget: boolean;
};

export type GrantBudgetActual = {
  lines: BudgetLineActual[];
  budgetCents: number;
  ownFundingCents: number;
  /** Expenses in the period on any line of the grant. */
  spentCents: number;
  /** The budget's total minus what was spent (the budget table's total row). */
  differenceCents: number;
  /** Lines spent beyond their budget, in budget order. */
  overBudget: BudgetLineActual[];
  /** Expenses dated outside the period: flagged, not counted. */
  outsidePeriod: GrantExpense[];
  /** Sum of the payments received. */
  paidCents: number;
  /** The granted amount (or, when none is recorded, the budget) minus what was spent. */
  unusedCents: number;
  /** What was paid but not spent in the period: to be returned to the funder (never negative). */
  toReturnCents: number;
};

/** Budget lines in their order: position, then name. */
export function sortBudgetLines<L extends Pick<GrantBudgetLine, 'name' | 'position'>>(
  lines: readonly L[],
): L[] {
  return [...lines].sort(
    (a, b) => (a.position ?? 0) - (b.position ?? 0) || a.name.localeCompare(b.name, 'fi'),
  );
}

/** The payments' total: what the funder has paid so far. */
export function paymentsTotal(
  payments: readonly Pick<GrantPayment, 'amountCents' | 'deletedAt'>[],
) {
  return sumCents(live(payments).map((p) => p.amountCents));
}

/** True when `date` lies in the period (both ends included); always true without a period. */
export function inGrantPeriod(date: string, period: Period | undefined): boolean {
  return !period || (date >= period.from && date <= period.to);
}

/**
 * Budget against actual for one grant: per line and in total, the lines over
 * budget, the unused amount and what is to be returned. Only expenses dated in
 * `period` count (the grant's period of use); the others are listed in
 * `outsidePeriod`. Rows in the trash are left out. All sums are whole cents.
 */
export function grantBudgetActual(input: {
  lines: readonly GrantBudgetLine[];
  expenses: readonly GrantExpense[];
  payments?: readonly GrantPayment[];
  grantedCents?: number;
  period?: Period;
}): GrantBudgetActual {
  const lines = sortBudgetLines(live(input.lines));
  const expenses = live(input.expenses);
  const outsidePeriod = expenses
    .filter((e) => !inGrantPeriod(e.date, input.period))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const counted = countedExpenses(expenses, input.period);
  const byLine = new Map<string, number[]>();
  for (const e of counted) {
    const list = byLine.get(e.budgetLineId) ?? [];
    list.push(e.amountCents);
    byLine.set(e.budgetLineId, list);
  }
  const rows = lines.map((line): BudgetLineActual => {
    const spentCents = sumCents(byLine.get(line.id) ?? []);
    return {
      id: line.id,
      name: line.name,
      budgetCents: line.budgetCents,
      ownFundingCents: line.ownFundingCents,
      spentCents,
      differenceCents: line.budgetCents - spentCents,
      overBudget: spentCents > line.budgetCents,
    };
  });
  const budgetCents = sumCents(rows.map((r) => r.budgetCents));
  const spentCents = sumCents(rows.map((r) => r.spentCents));
  const paidCents = paymentsTotal(input.payments ?? []);
  return {
    lines: rows,
    budgetCents,
    ownFundingCents: sumCents(rows.map((r) => r.ownFundingCents ?? 0)),
    spentCents,
    overBudget: rows.filter((r) => r.overBudget),
    outsidePeriod,
    paidCents,
    differenceCents: budgetCents - spentCents,
    unusedCents: grantLeftCents({ grantedCents: input.grantedCents, budgetCents, spentCents }),
    toReturnCents: Math.max(0, paidCents - spentCents),
  };
}

/** The expenses that count as spent in `period`: not in the trash, dated in it. */
export function countedExpenses<E extends Pick<GrantExpense, 'date' | 'deletedAt'>>(
  expenses: readonly E[],
  period: Period | undefined,
): E[] {
  return live(expenses).filter((e) => inGrantPeriod(e.date, period));
}

/**
 * What a grant has left: the amount granted (the budget, when no amount is
 * recorded) minus what it spent. Negative when it overspent.
 */
export function grantLeftCents(a: {
  grantedCents?: number;
  budgetCents: number;
  spentCents: number;
}): number {
  return (a.grantedCents ?? a.budgetCents) - a.spentCents;
}

/**
 * What each grant has spent, grant id → cents (0 for a grant without
 * expenses): its expenses not in the trash dated in its period of use
 * (grantPeriod), and in `within` too when given (the annual summary's fiscal
 * year). The Grants page, the annual summary and the CLI all read it here.
 */
export function spendingOfGrants(
  grants: readonly Pick<Grant, 'id' | 'periodStart' | 'periodEnd' | 'decisionDate'>[],
  expenses: readonly Pick<GrantExpense, 'grantId' | 'date' | 'amountCents' | 'deletedAt'>[],
  within?: Period,
): Map<string, number> {
  const byGrant = new Map<string, Pick<GrantExpense, 'date' | 'amountCents' | 'deletedAt'>[]>();
  for (const e of expenses) {
    const list = byGrant.get(e.grantId) ?? [];
    list.push(e);
    byGrant.set(e.grantId, list);
  }
  return new Map(
    grants.map((g) => {
      const period = clipPeriod(grantPeriod(g), within);
      // A grant whose period of use lies wholly outside `within` spent nothing in it.
      const counted = within && !period ? [] : countedExpenses(byGrant.get(g.id) ?? [], period);
      return [g.id, sumCents(counted.map((e) => e.amountCents))];
    }),
  );
}
