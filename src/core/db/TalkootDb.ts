import { Dexie, type Table } from 'dexie';
import type { TableName, TableRecord } from '../schemas';
import { applySchemaHistory, schemaHistory, type SchemaVersion } from './schemaHistory';

/** The IndexedDB database name; part of the app's fixed storage identity. Never change it. */
export const DB_NAME = 'talkoot';

type Tables = { [T in TableName]: Table<TableRecord<T>, string> };

/** The association's database. Strict durability: a finished write is on disk. */
export class TalkootDb extends Dexie {
  constructor(name: string = DB_NAME, history: readonly SchemaVersion[] = schemaHistory) {
    super(name, { chromeTransactionDurability: 'strict' });
    applySchemaHistory(this, history);
  }

  /** The Dexie table for `name`, typed by its record schema. */
  tableOf<T extends TableName>(name: T): Tables[T] {
    return this.table(name) as Tables[T];
  }
}
