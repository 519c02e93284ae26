import { grantBudgetActual, type GrantBudgetActual } from '../../grants/budget';
import { grantPeriod } from '../../grants/grantPeriod';
import type {
  Activity,
  AttachmentMeta,
  Funder,
  Grant,
  GrantBudgetLine,
  GrantChecklistItem,
  GrantExpense,
  GrantPayment,
  GrantStatusChange,
} from '../../schemas';
import type { TalkootDb } from '../TalkootDb';
import {
  attachmentsOfGrant,
  budgetLinesOfGrant,
  checklistOfGrant,
  expensesOfGrant,
  paymentsOfGrant,
  statusChangesOfGrant,
} from './grants';

/** Everything the grant page shows of one grant: `null` when it does not exist or is in the trash. */
export type GrantPageData = {
  grant: Grant;
  funder: Funder | undefined;
  lines: GrantBudgetLine[];
  expenses: GrantExpense[];
  payments: GrantPayment[];
  checklist: GrantChecklistItem[];
  /** The grant's attachments without their bytes: what a checklist item can point to. */
  attachments: AttachmentMeta[];
  history: GrantStatusChange[];
  /** Activities (not in the trash) linked to the grant, by name. */
  activities: Activity[];
  /** Budget against actual, over the grant's period. */
  budget: GrantBudgetActual;
  /** Ids of the expenses dated outside the grant's period. */
  outsideIds: Set<string>;
  /** The budget's total minus what was spent in the period (the budget table's total row). */
  totalDifferenceCents: number;
};

/** One grant with its parts and figures, for the grant page. */
export async function grantPageData(db: TalkootDb, grantId: string): Promise<GrantPageData | null> {
  const grant = await db.tableOf('grants').get(grantId);
  if (!grant || grant.deletedAt) return null;
  const [funder, lines, expenses, payments, checklist, history, activities, attachments] =
    await Promise.all([
      db.tableOf('funders').get(grant.funderId),
      budgetLinesOfGrant(db, grantId),
      expensesOfGrant(db, grantId),
      paymentsOfGrant(db, grantId),
      checklistOfGrant(db, grantId),
      statusChangesOfGrant(db, grantId),
      db.tableOf('activities').toArray(),
      attachmentsOfGrant(db, grantId),
    ]);
  const budget = grantBudgetActual({
    lines,
    expenses,
    payments,
    grantedCents: grant.grantedCents,
    period: grantPeriod(grant),
  });
  return {
    grant,
    funder,
    lines,
    expenses,
    payments,
    checklist,
    attachments,
    history,
    activities: activities
      .filter((a) => !a.deletedAt && a.grantIds.includes(grantId))
      .sort((a, b) => a.name.localeCompare(b.name, 'fi')),
    budget,
    outsideIds: new Set(budget.outsidePeriod.map((e) => e.id)),
    totalDifferenceCents: budget.differenceCents,
  };
}
