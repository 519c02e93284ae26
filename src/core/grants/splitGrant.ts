import { isDecidedStatus } from './received';

/**
 * Moves a grant's old arrays (budgetLines, expenses, attachments, checklist)
 * and its paidCents into records of their own. Used by both the database
 * upgrade (schema version 3) and the data-file migration (format 1 → 2), so
 * that the same old grant gives the same new rows, ids included, wherever it
 * is upgraded: two computers that each upgrade a copy and then merge do not
 * get every payment twice.
 */

type Row = Record<string, unknown>;

/** FNV-1a over the string, from a seed: one 32-bit word. */
function fnv(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A UUID (version 8, "custom") that is always the same for the same `name`. */
export function derivedId(name: string): string {
  const hex = [0x811c9dc5, 0x01000193, 0x5bd1e995, 0x27d4eb2f]
    .map((seed) => fnv(name, seed).toString(16).padStart(8, '0'))
    .join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export type SplitGrant = {
  /** The grant without the arrays and paidCents; every other field kept. */
  grant: Row;
  grantBudgetLines: Row[];
  grantExpenses: Row[];
  grantPayments: Row[];
  grantChecklistItems: Row[];
  grantStatusChanges: Row[];
  /** Metadata (size, addedAt) to add to the attachments row of the same id. */
  attachmentMeta: Row[];
};

const asRows = (v: unknown): Row[] =>
  Array.isArray(v) ? v.filter((r): r is Row => !!r && typeof r === 'object') : [];
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/**
 * Split one old grant row. `taken` holds ids already used in the new tables
 * (a copied grant may repeat its lines' ids); a repeated id is replaced by one
 * derived from the grant, and the grant's expenses follow their line.
 * Rows get the grant's createdAt/updatedAt and are not in the trash. An
 * expense's description becomes its note; unknown fields are kept.
 */
export function splitGrant(old: Row, taken: Set<string> = new Set()): SplitGrant {
  const { budgetLines, expenses, attachments, checklist, paidCents, ...grant } = old as Row &
    Record<'budgetLines' | 'expenses' | 'attachments' | 'checklist' | 'paidCents', unknown>;
  const grantId = String(grant.id);
  const stamp = {
    createdAt: grant.createdAt,
    updatedAt: grant.updatedAt ?? grant.createdAt,
    deletedAt: null,
  };
  const fresh = (id: unknown, tag: string): string => {
    const wanted = typeof id === 'string' && id ? id : derivedId(`${grantId}:${tag}`);
    const chosen = taken.has(wanted) ? derivedId(`${grantId}:${tag}:${wanted}`) : wanted;
    taken.add(chosen);
    return chosen;
  };

  const lineIds = new Map<string, string>();
  const grantBudgetLines = asRows(budgetLines).map((l, position) => {
    const id = fresh(l.id, `line:${position}`);
    if (typeof l.id === 'string') lineIds.set(l.id, id);
    return { ...l, ...stamp, id, grantId, position };
  });
  const grantExpenses = asRows(expenses).map((e, i) => {
    const { description, ...rest } = e;
    const note = str(description)?.trim();
    const lineId = str(e.budgetLineId);
    return {
      ...rest,
      ...stamp,
      id: fresh(e.id, `expense:${i}`),
      grantId,
      budgetLineId: (lineId && lineIds.get(lineId)) ?? lineId,
      ...(note ? { note } : {}),
    };
  });
  const grantChecklistItems = asRows(checklist).map((c, position) => ({
    ...c,
    ...stamp,
    id: fresh(c.id, `check:${position}`),
    grantId,
    done: c.done === true,
    position,
  }));
  const day = (
    str(grant.decisionDate) ??
    str(grant.periodStart) ??
    str(grant.createdAt) ??
    ''
  ).slice(0, 10);
  const grantPayments =
    typeof paidCents === 'number' && paidCents > 0
      ? [{ ...stamp, id: fresh(undefined, 'payment'), grantId, date: day, amountCents: paidCents }]
      : [];
  const status = str(grant.status);
  const statusDay =
    (status && isDecidedStatus(status) ? str(grant.decisionDate) : undefined) ??
    (str(grant.updatedAt) ?? str(grant.createdAt) ?? '').slice(0, 10);
  const grantStatusChanges = status
    ? [{ ...stamp, id: fresh(undefined, 'status'), grantId, status, date: statusDay }]
    : [];
  return {
    grant,
    grantBudgetLines,
    grantExpenses,
    grantPayments,
    grantChecklistItems,
    grantStatusChanges,
    attachmentMeta: asRows(attachments),
  };
}

/** The names of the new tables a split grant fills. */
export const grantPartTables = [
  'grantBudgetLines',
  'grantExpenses',
  'grantPayments',
  'grantChecklistItems',
  'grantStatusChanges',
] as const;
