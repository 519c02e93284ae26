import { canonicalJson } from '../format/canonicalJson';
import { tableNames, type TableName } from '../schemas';
import { checksumHead, unsummedFile, type SerializeOptions } from './fileHeader';

/** The tables in the order canonical JSON lists them: sorted, as its keys are. */
export const tablesInFileOrder: readonly TableName[] = [...tableNames].sort();

const encoder = new TextEncoder();
const bytesOf = (s: string) => encoder.encode(s);
const COMMA = bytesOf(',');
// Where the tables go in the file's canonical header (a string no header field holds).
const TABLES_MARK = '\u0000talkoot:tables\u0000';
// The checksum head's length: the same for every SHA-256 (64 hex digits).
const HEAD_LENGTH = bytesOf(checksumHead('0'.repeat(64))).length;

/**
 * A data file written piece by piece as its rows are read: the same bytes as
 * `serializeDataFileBytesWith` of the whole dataset, but each chunk of rows is
 * serialised and encoded as soon as it arrives, while the database reads the
 * next one. Tables must be given in `tablesInFileOrder`, each table's rows in
 * the order of its primary key (as `readDataset` returns them); a table never
 * given is written empty.
 */
export class DataFileWriter {
  private readonly parts: Uint8Array[] = [];
  private readonly tail: Uint8Array;
  /** Index in tablesInFileOrder of the next table to open. */
  private next = 0;
  private current: TableName | null = null;
  private rowsInCurrent = 0;

  constructor(options: SerializeOptions) {
    const empty = Object.fromEntries(tableNames.map((t) => [t, []]));
    const header = canonicalJson({ ...unsummedFile(empty as never, options), tables: TABLES_MARK });
    const at = header.indexOf(JSON.stringify(TABLES_MARK));
    this.parts.push(bytesOf(`${header.slice(0, at)}{`));
    this.tail = bytesOf(`}${header.slice(at + JSON.stringify(TABLES_MARK).length)}`);
  }

  /** Append rows of `table`: of the table being written, or of one after it. */
  add(table: TableName, rows: readonly unknown[]): void {
    if (table !== this.current) this.open(table);
    if (rows.length === 0) return;
    // The chunk as a canonical array, written without its brackets.
    const bytes = bytesOf(canonicalJson(rows));
    if (this.rowsInCurrent > 0) this.parts.push(COMMA);
    this.parts.push(bytes.subarray(1, bytes.length - 1));
    this.rowsInCurrent += rows.length;
  }

  /** The file's bytes, its checksum (`sha256Hex` of the canonical text's bytes) in front. */
  async finish(sha256Hex: (bytes: Uint8Array) => Promise<string>): Promise<Uint8Array> {
    this.open(null);
    this.parts.push(this.tail);
    const length = this.parts.reduce((n, p) => n + p.length, 0);
    // The file is the head `{"checksum":{…},`, the canonical text without its opening
    // brace, and a newline. The canonical text is laid out where it goes, its brace on
    // the head's last byte, and hashed there; the head then overwrites the brace. So
    // the text is copied once, not a second time behind the head (~100 MiB for a
    // federation's file).
    const at = HEAD_LENGTH - 1;
    const out = new Uint8Array(at + length + 1);
    let end = at;
    for (const p of this.parts) {
      out.set(p, end);
      end += p.length;
    }
    this.parts.length = 0;
    const head = bytesOf(checksumHead(await sha256Hex(out.subarray(at, end))));
    if (head.length !== HEAD_LENGTH) throw new Error('DataFileWriter: a checksum of 64 hex digits');
    out.set(head);
    out[out.length - 1] = 0x0a;
    return out;
  }

  /** Close the table being written and write the empty ones up to `table` (null: all left). */
  private open(table: TableName | null): void {
    if (this.current) this.parts.push(bytesOf(']'));
    const until = table === null ? tablesInFileOrder.length : tablesInFileOrder.indexOf(table);
    if (until < this.next) {
      throw new Error(`DataFileWriter: table ${String(table)} out of order`);
    }
    for (; this.next < until; this.next++) this.begin(tablesInFileOrder[this.next]!, '[]');
    this.current = table;
    this.rowsInCurrent = 0;
    if (table !== null) {
      this.begin(table, '[');
      this.next++;
    }
  }

  private begin(table: TableName, opening: string): void {
    this.parts.push(bytesOf(`${this.next > 0 ? ',' : ''}${JSON.stringify(table)}:${opening}`));
  }
}
