import type { Period } from '../figures';
import type { GrantBudgetLine, GrantExpense, GrantPayment } from '../schemas';
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
  const counted = expenses.filter((e) => inGrantPeriod(e.date, input.period));
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
    unusedCents: (input.grantedCents ?? budgetCents) - spentCents,
    toReturnCents: Math.max(0, paidCents - spentCents),
  };
}

/** Spending of many grants at once (expenses in the trash left out): grant id → cents. */
export function spendingByGrant(
  expenses: readonly Pick<GrantExpense, 'grantId' | 'amountCents' | 'deletedAt'>[],
): Map<string, number> {
  const byGrant = new Map<string, number[]>();
  for (const e of live(expenses)) {
    const list = byGrant.get(e.grantId) ?? [];
    list.push(e.amountCents);
    byGrant.set(e.grantId, list);
  }
  return new Map([...byGrant].map(([id, amounts]) => [id, sumCents(amounts)]));
}
