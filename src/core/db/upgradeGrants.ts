import type { Transaction } from 'dexie';
import { grantPartTables, splitGrant } from '../grants/splitGrant';

type Row = Record<string, unknown>;

/**
 * Schema version 3: move every grant's arrays into the new tables (see
 * splitGrant), write each grant back without them, and give attachments the
 * size and addedAt their metadata in the grant carried. Metadata whose bytes
 * are not in the attachments table is dropped: there is no file to list.
 */
export async function upgradeGrantsToRecords(tx: Transaction): Promise<void> {
  const grants = (await tx.table('grants').toArray()) as Row[];
  const taken = new Set<string>();
  const parts: Record<(typeof grantPartTables)[number], Row[]> = {
    grantBudgetLines: [],
    grantExpenses: [],
    grantPayments: [],
    grantChecklistItems: [],
    grantStatusChanges: [],
  };
  const meta = new Map<string, Row>();
  const rewritten: Row[] = [];
  for (const old of grants) {
    const split = splitGrant(old, taken);
    rewritten.push(split.grant);
    for (const t of grantPartTables) parts[t].push(...split[t]);
    for (const m of split.attachmentMeta) if (typeof m.id === 'string') meta.set(m.id, m);
  }
  await tx.table('grants').bulkPut(rewritten);
  for (const t of grantPartTables) await tx.table(t).bulkPut(parts[t]);
  if (meta.size) {
    await tx
      .table('attachments')
      .toCollection()
      .modify((a: Row) => {
        const m = meta.get(String(a.id));
        if (!m) return;
        if (a.size === undefined && typeof m.size === 'number') a.size = m.size;
        if (a.addedAt === undefined && typeof m.addedAt === 'string') a.addedAt = m.addedAt;
      });
  }
}
