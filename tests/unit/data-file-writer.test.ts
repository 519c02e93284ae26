import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DataFileWriter,
  parseDataFile,
  portableSha256Hex,
  serializeDataFile,
  tablesInFileOrder,
} from '../../src/core/dataFile';
import { readDataset, readDatasetInChunks, replaceDataset, TalkootDb } from '../../src/core/db';
import { generateDemoDataset } from '../../src/core/demo';
import { decodeUtf8 as decode, webCryptoHex } from './support/webCryptoHex';
import { tableNames, type TableName } from '../../src/core/schemas';

const options = { exportedAt: '2026-12-02T10:00:00.000Z', generator: 'Talkoot test' };

describe('the data-file export read and written a chunk at a time', () => {
  let db: TalkootDb;
  beforeEach(async () => {
    db = new TalkootDb(`data-file-writer-test-${crypto.randomUUID()}`);
    await replaceDataset(db, generateDemoDataset({ seed: 9, today: '2026-11-22', people: 40 }));
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  async function chunked(
    chunk: number,
    sha256Hex: (bytes: Uint8Array) => Promise<string> = webCryptoHex,
  ) {
    const writer = new DataFileWriter(options);
    const seen: { table: TableName; rows: number }[] = [];
    const totals: number[] = [];
    await readDatasetInChunks(
      db,
      tablesInFileOrder,
      (table, rows) => {
        seen.push({ table, rows: rows.length });
        writer.add(table, rows);
      },
      { chunk, onTotal: (n) => totals.push(n) },
    );
    return { text: decode(await writer.finish(sha256Hex)), seen, totals };
  }

  it('writes the very text serializeDataFile writes of the whole dataset, whatever the chunk size', async () => {
    const whole = serializeDataFile(await readDataset(db), options);
    for (const chunk of [1, 7, 10_000]) {
      const { text } = await chunked(chunk);
      expect(text).toBe(whole);
    }
    // Where WebCrypto is missing, the worker hashes with the portable SHA-256: the same file.
    const portable = await chunked(10_000, async (bytes) => portableSha256Hex(bytes));
    expect(portable.text).toBe(whole);
    const parsed = parseDataFile(whole);
    expect(parsed.ok && parsed.file.checksum).toBe('valid');
  });

  it('reads every row once, in chunks of at most the size asked, table by table in file order', async () => {
    const data = await readDataset(db);
    const { seen, totals } = await chunked(7);
    // The total is told once, before the first rows, and is what the chunks add up to.
    expect(totals).toEqual([seen.reduce((n, s) => n + s.rows, 0)]);
    expect(seen.every((s) => s.rows <= 7)).toBe(true);
    expect(seen.some((s) => s.rows === 7)).toBe(true);
    const order = [...new Set(seen.map((s) => s.table))];
    expect(order).toEqual(tablesInFileOrder.filter((t) => order.includes(t)));
    for (const t of tableNames) {
      const read = seen.filter((s) => s.table === t).reduce((n, s) => n + s.rows, 0);
      expect(read, t).toBe(data[t].length);
    }
  });

  it('writes a table it is never given as empty, and refuses tables out of file order', async () => {
    const empty = Object.fromEntries(tableNames.map((t) => [t, []]));
    const writer = new DataFileWriter(options);
    const text = decode(await writer.finish(webCryptoHex));
    expect(text).toBe(serializeDataFile(empty as never, options));
    const out = new DataFileWriter(options);
    out.add('people', []);
    expect(() => out.add('activities', [])).toThrow(/out of order/);
  });
});
