import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
  Transaction,
} from 'dexie';
import {
  accumulate,
  closeRow,
  hourRollupSpec,
  memberRollupSpec,
  openRow,
  rollupsOf,
  sessionRollupSpec,
  type HourRollup,
  type MemberRollup,
  type RollupSpec,
  type SessionRollup,
  type VolunteerRollup,
  unpaidFeeSpec,
  volunteerRollupSpec,
} from '../figures/rollups';
import type { MembershipFee, TableName } from '../schemas';

/** The rollup tables and the record type each holds. */
export type RollupTables = {
  hourRollups: HourRollup;
  volunteerRollups: VolunteerRollup;
  sessionRollups: SessionRollup;
  memberRollups: MemberRollup;
  unpaidFees: MembershipFee;
};
export type RollupTableName = keyof RollupTables;

type AnySpec = RollupSpec<never, { id: string }>;
type Binding = { source: TableName; table: RollupTableName; spec: AnySpec };

/** Which table's rows feed which rollup table. */
const bindings: readonly Binding[] = [
  { source: 'hours', table: 'hourRollups', spec: hourRollupSpec as unknown as AnySpec },
  { source: 'hours', table: 'volunteerRollups', spec: volunteerRollupSpec as unknown as AnySpec },
  { source: 'sessions', table: 'sessionRollups', spec: sessionRollupSpec as unknown as AnySpec },
  { source: 'people', table: 'memberRollups', spec: memberRollupSpec as unknown as AnySpec },
  { source: 'fees', table: 'unpaidFees', spec: unpaidFeeSpec as unknown as AnySpec },
];
export const rollupTableNames: readonly RollupTableName[] = bindings.map((b) => b.table);
const bySource = new Map<string, Binding[]>();
for (const b of bindings) bySource.set(b.source, [...(bySource.get(b.source) ?? []), b]);

/** The range type IndexedDB's DBCore uses for "every key" (DBCoreRangeType.Any). */
const RANGE_ANY = 3;

/** Transactions (their IndexedDB transaction) whose writes the middleware leaves alone. */
const replacing = new WeakSet<object>();

/**
 * Replace every rollup table with the rollups of `data`, computed in memory
 * once, in `tx`, and stop the middleware from upkeeping them per write for
 * the rest of `tx`. For a transaction that replaces every row of the source
 * tables with `data` (restore): per-chunk upkeep read and rewrote the same
 * rollup rows (and each month's map of volunteers) dozens of times.
 */
export async function replaceRollups(
  tx: Transaction,
  data: Readonly<Record<TableName, readonly unknown[]>>,
): Promise<void> {
  replacing.add(tx.idbtrans);
  for (const b of bindings) {
    await tx.table(b.table).clear();
    await tx.table(b.table).bulkPut(rollupsOf(b.spec, data[b.source] as never[]));
  }
}

/**
 * Rebuild the rollup tables `tables` (by default every one) from their rows, in
 * `tx` (a schema upgrade, or a repair). Normal writes never need this: the
 * middleware keeps rollups exact.
 */
export async function rebuildRollups(
  tx: Transaction,
  tables: readonly RollupTableName[] = rollupTableNames,
): Promise<void> {
  for (const b of bindings) {
    // A table of a later version does not exist yet while an earlier version's upgrade runs.
    const exists = tx.idbtrans.db.objectStoreNames.contains(b.table);
    if (!tables.includes(b.table) || !exists) continue;
    const rows = await tx.table(b.source).toArray();
    await tx.table(b.table).clear();
    await tx.table(b.table).bulkPut(rollupsOf(b.spec, rows as never[]));
  }
}

/**
 * Apply the change from `before` to `after` (each record or undefined) to the
 * rollup table, within the write's own transaction.
 */
async function applyChanges(
  trans: DBCoreTransaction,
  rollups: DBCoreTable,
  spec: AnySpec,
  changes: readonly { before: unknown; after: unknown }[],
): Promise<void> {
  const keys = new Set<string>();
  for (const { before, after } of changes) {
    if (before) for (const k of spec.keysOf(before as never)) keys.add(k);
    if (after) for (const k of spec.keysOf(after as never)) keys.add(k);
  }
  if (keys.size === 0) return;
  const ids = [...keys];
  const current = await rollups.getMany({ trans, keys: ids });
  const rows = new Map<string, { id: string } | null>();
  const existed = new Set<string>();
  // Working copies: the stored objects may be shared with Dexie's cache.
  ids.forEach((id, i) => {
    if (current[i]) existed.add(id);
    rows.set(id, current[i] ? openRow(spec, current[i] as { id: string }) : null);
  });
  for (const { before, after } of changes) {
    if (before) accumulate(spec, rows, before as never, -1);
    if (after) accumulate(spec, rows, after as never, 1);
  }
  const put: { id: string }[] = [];
  const remove: string[] = [];
  for (const [id, row] of rows) {
    if (row) put.push(closeRow(spec, row));
    else if (existed.has(id)) remove.push(id);
  }
  if (put.length) await rollups.mutate({ type: 'put', trans, values: put });
  if (remove.length) await rollups.mutate({ type: 'delete', trans, keys: remove });
}

/** The rollup table of `b`, or null while it does not exist yet (during a schema upgrade). */
function rollupTableOf(down: DBCore, b: Binding): DBCoreTable | null {
  return down.schema.tables.some((t) => t.name === b.table) ? down.table(b.table) : null;
}

function rollupTable(down: DBCore, source: DBCoreTable, bs: readonly Binding[]): DBCoreTable {
  const keyOf = (v: unknown) => source.schema.primaryKey.extractKey!(v) as string;
  return {
    ...source,
    async mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
      const targets = bs.flatMap((b) => {
        const table = rollupTableOf(down, b);
        return table ? [{ table, spec: b.spec }] : [];
      });
      // Upgrading from a version without rollups: the upgrade rebuilds them.
      if (targets.length === 0) return source.mutate(req);
      const { trans } = req;
      // A restore wrote the rollups of all it writes already (replaceRollups).
      if (replacing.has(trans)) return source.mutate(req);
      const applyAll = async (changes: { before: unknown; after: unknown }[]) => {
        for (const t of targets) await applyChanges(trans, t.table, t.spec, changes);
      };
      if (req.type === 'deleteRange') {
        if (req.range.type === RANGE_ANY) {
          // clear(): nothing is left to count.
          const res = await source.mutate(req);
          for (const t of targets) {
            await t.table.mutate({ type: 'deleteRange', trans, range: req.range });
          }
          return res;
        }
        const gone = await source.query({
          trans,
          values: true,
          query: { index: source.schema.primaryKey, range: req.range },
        });
        const res = await source.mutate(req);
        await applyAll(gone.result.map((before) => ({ before, after: undefined })));
        return res;
      }
      const keys = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map(keyOf));
      // A successful add had no record before it (an add over one fails), so only
      // put and delete need the rows as they were.
      const before =
        req.type === 'add' ? keys.map(() => undefined) : await source.getMany({ trans, keys });
      const res = await source.mutate(req);
      const changes: { before: unknown; after: unknown }[] = [];
      keys.forEach((_, i) => {
        if (res.failures[i]) return;
        const after = req.type === 'delete' ? undefined : req.values[i];
        changes.push({ before: before[i], after });
      });
      await applyAll(changes);
      return res;
    },
  };
}

/**
 * Keeps the rollup tables equal to a full recomputation from their rows:
 * every write to hours, sessions or people — through a repository, a merge,
 * a restore or anything else — updates the rollups in the same transaction,
 * which this middleware widens to include them.
 */
export const rollupMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'TalkootRollups',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const extra =
          mode === 'readwrite'
            ? stores.flatMap((s) =>
                (bySource.get(s) ?? []).filter((b) => rollupTableOf(down, b)).map((b) => b.table),
              )
            : [];
        const all = extra.length ? [...new Set([...stores, ...extra])] : stores;
        return down.transaction(all, mode, options);
      },
      table(name) {
        const table = down.table(name);
        const bs = bySource.get(name);
        return bs ? rollupTable(down, table, bs) : table;
      },
    };
  },
};
