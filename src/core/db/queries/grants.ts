import { Dexie } from 'dexie';
import { sortBudgetLines, spendingOfGrants } from '../../grants/budget';
import { sortStatusChanges } from '../../grants/status';
import type {
  AttachmentMeta,
  GrantBudgetLine,
  GrantChecklistItem,
  GrantExpense,
  GrantPayment,
  GrantStatusChange,
} from '../../schemas';
import type { TalkootDb } from '../TalkootDb';

const live = <T extends { deletedAt?: string | null }>(rows: T[]) =>
  rows.filter((r) => !r.deletedAt);

type DatedTable = 'grantExpenses' | 'grantPayments' | 'grantStatusChanges';

/** Rows of a dated grant table for one grant, by the [grantId+date] index, in date order. */
function datedOfGrant<T extends DatedTable>(db: TalkootDb, table: T, grantId: string) {
  return db
    .tableOf(table)
    .where('[grantId+date]')
    .between([grantId, Dexie.minKey], [grantId, Dexie.maxKey], true, true)
    .toArray();
}

/** The grant's budget lines not in the trash, in budget order. */
export async function budgetLinesOfGrant(
  db: TalkootDb,
  grantId: string,
): Promise<GrantBudgetLine[]> {
  const rows = await db.tableOf('grantBudgetLines').where('grantId').equals(grantId).toArray();
  return sortBudgetLines(live(rows));
}

/** The grant's expenses not in the trash, oldest first. */
export async function expensesOfGrant(db: TalkootDb, grantId: string): Promise<GrantExpense[]> {
  return live(await datedOfGrant(db, 'grantExpenses', grantId));
}

/** Expenses (not in the trash) booked to one budget line: what stops deleting it. */
export async function expensesOfBudgetLine(
  db: TalkootDb,
  budgetLineId: string,
): Promise<GrantExpense[]> {
  return live(
    await db.tableOf('grantExpenses').where('budgetLineId').equals(budgetLineId).toArray(),
  );
}

/** The grant's payments not in the trash, oldest first. */
export async function paymentsOfGrant(db: TalkootDb, grantId: string): Promise<GrantPayment[]> {
  return live(await datedOfGrant(db, 'grantPayments', grantId));
}

/** The grant's checklist not in the trash, in list order. */
export async function checklistOfGrant(
  db: TalkootDb,
  grantId: string,
): Promise<GrantChecklistItem[]> {
  const rows = await db.tableOf('grantChecklistItems').where('grantId').equals(grantId).toArray();
  return live(rows).sort(
    (a, b) => (a.position ?? 0) - (b.position ?? 0) || a.label.localeCompare(b.label, 'fi'),
  );
}

/** The grant's status history not in the trash, oldest first. */
export async function statusChangesOfGrant(
  db: TalkootDb,
  grantId: string,
): Promise<GrantStatusChange[]> {
  return sortStatusChanges(live(await datedOfGrant(db, 'grantStatusChanges', grantId)));
}

/** The grant's attachments not in the trash, without their bytes, by name. */
export async function attachmentsOfGrant(
  db: TalkootDb,
  grantId: string,
): Promise<AttachmentMeta[]> {
  const rows = live(await db.tableOf('attachments').where('grantId').equals(grantId).toArray());
  return rows
    .map(({ dataBase64: _bytes, ...meta }) => meta as AttachmentMeta)
    .sort((a, b) => a.name.localeCompare(b.name, 'fi'));
}

/**
 * What each grant has spent, grant id → cents, by the one rule
 * (spendingOfGrants: expenses not in the trash dated in its period of use).
 */
export async function grantSpending(db: TalkootDb): Promise<Map<string, number>> {
  const [grants, expenses] = await Promise.all([
    db.tableOf('grants').toArray(),
    db.tableOf('grantExpenses').toArray(),
  ]);
  return spendingOfGrants(grants, expenses);
}
