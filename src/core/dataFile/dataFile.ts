import type { z } from 'zod';
import { emptyDataset, tableNames, tableSchemas, type Dataset, type TableName } from '../schemas';
import { grantPartTables, splitGrant } from '../grants/splitGrant';
import { checkFileChecksum, checksumOfWrittenBytes, nestedDeeperThan } from './dataFileChecksum';

export const DATA_FILE_FORMAT = 'talkoot';
/** The data-file format this version writes. Older versions are migrated on read. */
export const CURRENT_FORMAT_VERSION = 2;

/** One problem found in a data file; `row` is 1-based within its table. */
export type DataFileIssue = {
  code: string;
  table?: TableName;
  row?: number;
  field?: string;
  params?: Record<string, string | number>;
};

export type ParsedDataFile = {
  dataset: Dataset;
  formatVersion: number;
  /** 'valid': the file's checksum matched; 'missing': written before files carried one. */
  checksum: 'valid' | 'missing';
  exportedAt?: string;
  /** Top-level fields this version does not know; kept so a rewrite does not drop them. */
  extra: Record<string, unknown>;
};

export type ParseResult =
  { ok: true; file: ParsedDataFile } | { ok: false; issues: DataFileIssue[] };

type RawFile = Record<string, unknown> & { formatVersion: number; tables?: unknown };

/**
 * Upgrades from version N to N+1, keyed by N. Append one when the format
 * changes; never edit an old one. Each keeps fields it does not touch.
 */
export const formatMigrations: Record<number, (raw: RawFile) => RawFile> = {
  /**
   * 1 → 2: a grant's budgetLines, expenses, checklist and paidCents become rows
   * of grantBudgetLines, grantExpenses, grantChecklistItems and grantPayments,
   * its status the first row of grantStatusChanges; its attachment metadata
   * (size, addedAt) moves onto the attachments rows. Same ids as the database
   * upgrade gives (see splitGrant). Unknown fields and tables are kept.
   */
  1: (raw) => {
    const tables = raw.tables;
    if (!tables || typeof tables !== 'object' || Array.isArray(tables)) return raw;
    const old = tables as Record<string, unknown>;
    if (!Array.isArray(old.grants)) return raw;
    const taken = new Set<string>();
    const parts: Record<string, unknown[]> = Object.fromEntries(
      grantPartTables.map((t) => [t, Array.isArray(old[t]) ? [...(old[t] as unknown[])] : []]),
    );
    const meta = new Map<string, Record<string, unknown>>();
    const grants = old.grants.map((g: unknown) => {
      if (!g || typeof g !== 'object' || Array.isArray(g)) return g;
      const split = splitGrant(g as Record<string, unknown>, taken);
      for (const t of grantPartTables) parts[t]!.push(...split[t]);
      for (const m of split.attachmentMeta) if (typeof m.id === 'string') meta.set(m.id, m);
      return split.grant;
    });
    const attachments = Array.isArray(old.attachments)
      ? old.attachments.map((a: unknown) => {
          const row = a as Record<string, unknown> | null;
          const m = row && typeof row.id === 'string' ? meta.get(row.id) : undefined;
          if (!row || !m) return a;
          return {
            ...row,
            ...(row.size === undefined && typeof m.size === 'number' ? { size: m.size } : {}),
            ...(row.addedAt === undefined && typeof m.addedAt === 'string'
              ? { addedAt: m.addedAt }
              : {}),
          };
        })
      : old.attachments;
    return { ...raw, tables: { ...old, grants, attachments, ...parts } };
  },
};

/** Bring a raw file of any older format version up to the current one. */
export function migrateRaw(
  raw: RawFile,
  migrations: Record<number, (raw: RawFile) => RawFile> = formatMigrations,
  target = CURRENT_FORMAT_VERSION,
): RawFile {
  let current = raw;
  while (current.formatVersion < target) {
    const step = migrations[current.formatVersion];
    if (!step) throw new Error(`no migration from format version ${current.formatVersion}`);
    current = { ...step(current), formatVersion: current.formatVersion + 1 };
  }
  return current;
}

/** Which table each reference field points to; checked across the whole file. */
const references: { table: TableName; field: string; target: TableName }[] = [
  { table: 'fees', field: 'personId', target: 'people' },
  { table: 'sessions', field: 'activityId', target: 'activities' },
  { table: 'hours', field: 'personId', target: 'people' },
  { table: 'hours', field: 'activityId', target: 'activities' },
  { table: 'hours', field: 'sessionId', target: 'sessions' },
  { table: 'hours', field: 'grantId', target: 'grants' },
  { table: 'grants', field: 'funderId', target: 'funders' },
  { table: 'attachments', field: 'grantId', target: 'grants' },
  { table: 'grantBudgetLines', field: 'grantId', target: 'grants' },
  { table: 'grantExpenses', field: 'grantId', target: 'grants' },
  { table: 'grantExpenses', field: 'budgetLineId', target: 'grantBudgetLines' },
  { table: 'grantExpenses', field: 'attachmentId', target: 'attachments' },
  { table: 'grantPayments', field: 'grantId', target: 'grants' },
  { table: 'grantChecklistItems', field: 'grantId', target: 'grants' },
  { table: 'grantChecklistItems', field: 'attachmentId', target: 'attachments' },
  { table: 'grantStatusChanges', field: 'grantId', target: 'grants' },
  { table: 'impactNotes', field: 'activityId', target: 'activities' },
  { table: 'impactNotes', field: 'grantId', target: 'grants' },
  { table: 'officials', field: 'personId', target: 'people' },
  { table: 'feedbackForms', field: 'activityId', target: 'activities' },
  { table: 'feedbackTallies', field: 'formId', target: 'feedbackForms' },
  { table: 'feedbackTallies', field: 'sessionId', target: 'sessions' },
  { table: 'indicatorValues', field: 'activityId', target: 'activities' },
];

/** The value at `path` inside `record`, or undefined when any step is missing. */
function valueAt(record: unknown, path: readonly PropertyKey[]): unknown {
  let node = record;
  for (const key of path) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function issueFromZod(
  table: TableName,
  row: number,
  zi: z.core.$ZodIssue,
  record: unknown,
): DataFileIssue {
  const known = /^[a-zA-Z]+$/.test(zi.message) && !zi.message.includes(' ');
  // zod reports a missing field as invalid_type; the user should read "required".
  const missing =
    zi.code === 'invalid_type' && zi.path.length > 0 && valueAt(record, zi.path) === undefined;
  return {
    code: known ? zi.message : missing ? 'required' : zi.code,
    table,
    row,
    field: zi.path.length ? zi.path.join('.') : undefined,
  };
}

/** Records validated so far and in all, reported while a big file is checked. */
export type ProgressCallback = (done: number, total: number) => void;

/** How many records pass between two progress reports. */
const PROGRESS_EVERY = 5000;

/**
 * Read a data file's text and validate all of it: format, version, every
 * record against its schema, unique ids and references between tables.
 * Nothing is written anywhere; the caller writes only an `ok` result.
 * `onProgress` hears how many records have been validated.
 */
export function parseDataFile(
  text: string,
  options: { onProgress?: ProgressCallback } = {},
): ParseResult {
  return parseText(text, options.onProgress, undefined);
}

/**
 * parseDataFile of a file's bytes (UTF-8). A file as Talkoot wrote it has its
 * checksum checked over these bytes with `sha256Hex` (WebCrypto's, natively),
 * instead of being written again as canonical JSON and hashed, which takes
 * seconds for a federation's file (checksumOfWrittenBytes); any other file
 * gets the full check.
 */
export async function parseDataFileBytes(
  bytes: Uint8Array,
  options: {
    onProgress?: ProgressCallback;
    sha256Hex: (bytes: Uint8Array) => Promise<string>;
  },
): Promise<ParseResult> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, issues: [{ code: 'notJson' }] };
  }
  const verified = await checksumOfWrittenBytes(bytes, options.sha256Hex);
  return parseText(text, options.onProgress, verified);
}

/** `verified`: the checksum found to match the very bytes `text` was decoded from. */
function parseText(
  text: string,
  onProgress: ProgressCallback | undefined,
  verified: string | undefined,
): ParseResult {
  const options = { onProgress };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, issues: [{ code: 'notJson' }] };
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, issues: [{ code: 'notTalkoot' }] };
  }
  const obj = json as Record<string, unknown>;
  if (obj.format !== DATA_FILE_FORMAT) return { ok: false, issues: [{ code: 'notTalkoot' }] };
  const version = obj.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, issues: [{ code: 'badVersion' }] };
  }
  if (version > CURRENT_FORMAT_VERSION) {
    return { ok: false, issues: [{ code: 'newerVersion', params: { version } }] };
  }
  // The records nest at most MAX_DEPTH levels, below `tables`, a table and a row.
  const checksum = checkFileChecksum(obj, verified, MAX_DEPTH + 3);
  if (checksum === 'mismatch') return { ok: false, issues: [{ code: 'checksumMismatch' }] };
  const { checksum: _c, ...unsummed } = obj;
  const raw = migrateRaw(unsummed as RawFile);
  const tables = (raw.tables ?? {}) as Record<string, unknown>;
  if (typeof tables !== 'object' || Array.isArray(tables)) {
    return { ok: false, issues: [{ code: 'notTalkoot' }] };
  }

  const issues: DataFileIssue[] = [];
  const dataset = emptyDataset();
  // Ids of every row in the file, valid or not: a reference to a row that is
  // present but has its own error is not also "unknown" (one mistake, one issue).
  const present = new Map<TableName, Set<string>>();
  // The 1-based row in the file of each record kept in `dataset`: rows that fail
  // are skipped, so a kept record's index is not its row number.
  const rowNumbers = new Map<TableName, number[]>();
  const total = tableNames.reduce((n, t) => {
    const rows = tables[t];
    return n + (Array.isArray(rows) ? rows.length : 0);
  }, 0);
  let done = 0;
  options.onProgress?.(0, total);
  for (const table of tableNames) {
    // A missing table is empty (older files lack newer tables); a null one is damage.
    const rows = tables[table] === undefined ? [] : tables[table];
    const seen = new Set<string>();
    const inFile = new Set<string>();
    present.set(table, inFile);
    if (!Array.isArray(rows)) {
      issues.push({ code: 'tableNotList', params: { table } });
      continue;
    }
    const schema = tableSchemas[table];
    const out: unknown[] = [];
    const outRows: number[] = [];
    rowNumbers.set(table, outRows);
    rows.forEach((record, i) => {
      done += 1;
      if (done % PROGRESS_EVERY === 0) options.onProgress?.(done, total);
      const rawId = (record as { id?: unknown } | null)?.id;
      if (typeof rawId === 'string') inFile.add(rawId);
      if (nestedDeeperThan(record, MAX_DEPTH)) {
        issues.push({ code: 'tooDeep', table, row: i + 1, params: { depth: MAX_DEPTH } });
        return;
      }
      const unknown = unknownFieldsProblem(record, knownFields.get(table)!);
      if (unknown) {
        issues.push({ ...unknown, table, row: i + 1 });
        return;
      }
      const result = schema.safeParse(record);
      if (!result.success) {
        for (const zi of result.error.issues) issues.push(issueFromZod(table, i + 1, zi, record));
        return;
      }
      const rid = (result.data as { id: string }).id;
      if (seen.has(rid)) {
        issues.push({ code: 'duplicateId', table, row: i + 1, field: 'id', params: { id: rid } });
        return;
      }
      seen.add(rid);
      out.push(result.data);
      outRows.push(i + 1);
    });
    (dataset as Record<string, unknown[]>)[table] = out;
  }
  if (dataset.profile.length > 1)
    issues.push({ code: 'tooManyProfiles', table: 'profile', row: 2 });
  issues.push(...implausibleRecords(dataset, rowNumbers));

  for (const ref of references) {
    const targets = present.get(ref.target)!;
    const rowOf = rowNumbers.get(ref.table) ?? [];
    (dataset[ref.table] as Record<string, unknown>[]).forEach((record, i) => {
      const value = record[ref.field];
      if (typeof value === 'string' && !targets.has(value)) {
        issues.push({
          code: 'unknownReference',
          table: ref.table,
          row: rowOf[i] ?? i + 1,
          field: ref.field,
          params: { id: value, target: ref.target },
        });
      }
    });
  }
  // An expense's budget line must be a line of the expense's own grant.
  const lineGrant = new Map(dataset.grantBudgetLines.map((l) => [l.id, l.grantId]));
  const expenseRows = rowNumbers.get('grantExpenses') ?? [];
  for (const [i, e] of dataset.grantExpenses.entries()) {
    const owner = lineGrant.get(e.budgetLineId);
    if (owner !== undefined && owner !== e.grantId) {
      issues.push({
        code: 'unknownBudgetLine',
        table: 'grantExpenses',
        row: expenseRows[i] ?? i + 1,
        field: 'budgetLineId',
        params: { id: e.budgetLineId },
      });
    }
  }
  const activityRows = rowNumbers.get('activities') ?? [];
  for (const [i, activity] of dataset.activities.entries()) {
    for (const grantId of activity.grantIds) {
      if (!present.get('grants')!.has(grantId)) {
        issues.push({
          code: 'unknownReference',
          table: 'activities',
          row: activityRows[i] ?? i + 1,
          field: 'grantIds',
          params: { id: grantId, target: 'grants' },
        });
      }
    }
  }
  if (issues.length) return { ok: false, issues };
  options.onProgress?.(total, total);

  const { format: _f, formatVersion: _v, tables: _t, exportedAt, ...extra } = raw;
  return {
    ok: true,
    file: {
      dataset,
      formatVersion: version,
      checksum,
      exportedAt: typeof exportedAt === 'string' ? exportedAt : undefined,
      extra,
    },
  };
}

/**
 * Values each valid on its own that cannot all be true: a record changed
 * before it was made, one person's two fees for the same year, more paid
 * out than granted.
 */
function implausibleRecords(
  dataset: Dataset,
  rowNumbers: Map<TableName, number[]>,
): DataFileIssue[] {
  const issues: DataFileIssue[] = [];
  const rowOf = (table: TableName, i: number) => rowNumbers.get(table)?.[i] ?? i + 1;
  for (const table of tableNames) {
    (dataset[table] as { createdAt: string; updatedAt: string }[]).forEach((r, i) => {
      if (Date.parse(r.updatedAt) < Date.parse(r.createdAt)) {
        issues.push({
          code: 'updatedBeforeCreated',
          table,
          row: rowOf(table, i),
          field: 'updatedAt',
        });
      }
    });
  }
  const feeSeen = new Set<string>();
  dataset.fees.forEach((f, i) => {
    if (f.deletedAt) return;
    const key = `${f.personId}|${f.year}`;
    if (feeSeen.has(key)) {
      issues.push({
        code: 'duplicateFee',
        table: 'fees',
        row: rowOf('fees', i),
        field: 'year',
        params: { year: f.year },
      });
    }
    feeSeen.add(key);
  });
  const paid = new Map<string, number>();
  for (const p of dataset.grantPayments) {
    if (!p.deletedAt) paid.set(p.grantId, (paid.get(p.grantId) ?? 0) + p.amountCents);
  }
  dataset.grants.forEach((g, i) => {
    if (g.deletedAt || g.grantedCents === undefined) return;
    if ((paid.get(g.id) ?? 0) > g.grantedCents) {
      issues.push({
        code: 'paidMoreThanGranted',
        table: 'grants',
        row: rowOf('grants', i),
        field: 'grantedCents',
      });
    }
  });
  return issues;
}

/** Nesting deeper than this anywhere in a record is refused (unknown fields included). */
export const MAX_DEPTH = 32;

/**
 * Unknown fields (written by a newer version or another tool) are kept, within
 * limits: at most this many per record, and this many bytes of JSON in all.
 * Known fields have their own limits in the schemas; without these, a file
 * could carry any amount of data no screen shows and every merge copies.
 */
export const MAX_UNKNOWN_FIELDS = 50;
export const MAX_UNKNOWN_BYTES = 64 * 1024;

const knownFields = new Map<TableName, ReadonlySet<string>>(
  tableNames.map((t) => [t, new Set(Object.keys(tableSchemas[t].shape))]),
);

/** Too many or too large unknown fields in `record`, as an issue without its place. */
function unknownFieldsProblem(
  record: unknown,
  known: ReadonlySet<string>,
): Pick<DataFileIssue, 'code' | 'field' | 'params'> | undefined {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return undefined;
  const extra = Object.keys(record).filter((k) => !known.has(k));
  if (extra.length > MAX_UNKNOWN_FIELDS) {
    return {
      code: 'tooManyUnknownFields',
      params: { count: extra.length, max: MAX_UNKNOWN_FIELDS },
    };
  }
  let bytes = 0;
  for (const key of extra) {
    // Nesting was checked first, so this stringify cannot overflow the stack.
    bytes += key.length + (JSON.stringify((record as Record<string, unknown>)[key]) ?? '').length;
    if (bytes > MAX_UNKNOWN_BYTES) {
      return { code: 'unknownTooLarge', field: key, params: { kib: MAX_UNKNOWN_BYTES / 1024 } };
    }
  }
  return undefined;
}
