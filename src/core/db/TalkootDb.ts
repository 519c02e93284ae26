import { Dexie, type Table } from 'dexie';
import type { TableName, TableRecord } from '../schemas';
import { applySchemaHistory, schemaHistory, type SchemaVersion } from './schemaHistory';
import { rollupMiddleware, type RollupTableName, type RollupTables } from './rollupStore';

/** The IndexedDB database name; part of the app's fixed storage identity. Never change it. */
export const DB_NAME = 'talkoot';

type Tables = { [T in TableName]: Table<TableRecord<T>, string> };

/** The association's database. Strict durability: a finished write is on disk. */
export class TalkootDb extends Dexie {
  constructor(name: string = DB_NAME, history: readonly SchemaVersion[] = schemaHistory) {
    super(name, { chromeTransactionDurability: 'strict' });
    applySchemaHistory(this, history);
    // Older histories (upgrade tests) have no rollup tables to keep.
    if (history.at(-1)?.stores.hourRollups) this.use(rollupMiddleware);
  }

  /** A rollup table; written only by rollupMiddleware, read by the queries. */
  rollupsOf<T extends RollupTableName>(name: T): Table<RollupTables[T], string> {
    return this.table(name) as Table<RollupTables[T], string>;
  }

  /** The Dexie table for `name`, typed by its record schema. */
  tableOf<T extends TableName>(name: T): Tables[T] {
    return this.table(name) as Tables[T];
  }
}
