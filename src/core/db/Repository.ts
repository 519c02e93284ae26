import type { z } from 'zod';
import { tableSchemas, type OmitKeys, type TableName, type TableRecord } from '../schemas';
import type { TalkootDb } from './TalkootDb';
import { systemClock, type Clock } from './clock';

/** Thrown when a record does not pass its schema; `issues` name the fields. */
export class ValidationError extends Error {
  constructor(
    readonly table: TableName,
    readonly issues: z.core.$ZodIssue[],
  ) {
    super(`${table}: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    this.name = 'ValidationError';
  }
}

// OmitKeys, not Omit: records are loose objects, and Omit over their index
// signature would drop every declared field (so `create({})` would compile).
export type RecordInput<T extends TableName> = OmitKeys<
  z.input<(typeof tableSchemas)[T]>,
  'id' | 'createdAt' | 'updatedAt' | 'deletedAt'
> & { id?: string };
type Input<T extends TableName> = RecordInput<T>;

/**
 * Reads and writes one table. Every write is validated with the table's zod
 * schema and stamped with createdAt/updatedAt; delete is soft (trash).
 */
export class Repository<T extends TableName> {
  constructor(
    private readonly db: TalkootDb,
    readonly tableName: T,
    private readonly clock: Clock = systemClock,
  ) {}

  private get table() {
    return this.db.tableOf(this.tableName);
  }

  /** Validate a full record with the table's schema, or throw ValidationError. */
  validate(record: unknown): TableRecord<T> {
    const result = tableSchemas[this.tableName].safeParse(record);
    if (!result.success) throw new ValidationError(this.tableName, result.error.issues);
    return result.data as TableRecord<T>;
  }

  async create(input: Input<T>): Promise<TableRecord<T>> {
    const now = this.clock().toISOString();
    const record = this.validate({
      ...input,
      id: input.id ?? crypto.randomUUID(),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    });
    await this.table.add(record as never);
    return record;
  }

  async update(id: string, patch: Partial<Input<T>>): Promise<TableRecord<T>> {
    return this.db.transaction('rw', this.table, async () => {
      const current = await this.table.get(id);
      if (!current) throw new Error(`${this.tableName}: no record ${id}`);
      const record = this.validate({
        ...current,
        ...patch,
        id,
        createdAt: current.createdAt,
        updatedAt: this.clock().toISOString(),
      });
      await this.table.put(record as never);
      return record;
    });
  }

  get(id: string): Promise<TableRecord<T> | undefined> {
    return this.table.get(id) as Promise<TableRecord<T> | undefined>;
  }

  /** Move to the trash; `restore` brings it back. */
  async softDelete(id: string): Promise<void> {
    await this.setDeleted(id, this.clock().toISOString());
  }

  async restore(id: string): Promise<void> {
    await this.setDeleted(id, null);
  }

  private async setDeleted(id: string, deletedAt: string | null): Promise<void> {
    await this.db.transaction('rw', this.table, async () => {
      const current = await this.table.get(id);
      if (!current) throw new Error(`${this.tableName}: no record ${id}`);
      await this.table.put({
        ...current,
        deletedAt,
        updatedAt: this.clock().toISOString(),
      } as never);
    });
  }
}
