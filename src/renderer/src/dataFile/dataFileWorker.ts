/// <reference lib="webworker" />
import {
  DataFileWriter,
  parseDataFileBytes,
  portableSha256Hex,
  tablesInFileOrder,
} from '../../../core/dataFile';
import { readDatasetInChunks, TalkootDb } from '../../../core/db';
import { planMerge } from '../../../core/merge';
import {
  emptyDataset,
  tableNames,
  type AssociationProfile,
  type Dataset,
  type Language,
  type TableName,
} from '../../../core/schemas';
import type {
  DataFileWorkerMessage,
  DataFileWorkerRequest,
  MergeWorkerPhase,
} from './dataFileWorkerMessage';

// Decoding, JSON parsing and validating 200 000 records takes seconds, and so
// does writing them (canonical JSON, its SHA-256, the file's JSON, UTF-8):
// here, off the window's thread, so the page stays responsive and shows progress.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: DataFileWorkerMessage, transfer: Transferable[] = []) =>
  scope.postMessage(message, transfer);

const check = (bytes: Uint8Array) =>
  parseDataFileBytes(bytes, {
    onProgress: (done, total) => post({ type: 'progress', done, total }),
    sha256Hex,
  });

async function parse(bytes: Uint8Array) {
  post({ type: 'result', result: await check(bytes) });
}

/**
 * Check a file, then plan its merge with this computer's data, all here: the
 * database is read, the two merged and the merged whole checked in the
 * worker, and only the records to write (and what undoes them) reach the
 * window. An invalid file gets its check's result, as `parse` gives it.
 */
async function planMergeFile(bytes: Uint8Array, lang: Language) {
  const checked = await check(bytes);
  if (!checked.ok) {
    post({ type: 'result', result: checked });
    return;
  }
  const local = await readWholeDatabase();
  const plan = planMerge(local, checked.file.dataset, lang, (done, total) =>
    post({ type: 'progress', done, total, phase: 'checkingMerge' }),
  );
  post({ type: 'mergePlan', plan });
}

/** This computer's records, with the count of those read reported as `comparing`. */
async function readWholeDatabase(): Promise<Dataset> {
  const local = emptyDataset();
  await readCounted(tableNames, 'comparing', (table, rows) => {
    for (const row of rows) (local[table] as unknown[]).push(row);
  });
  return local;
}

/**
 * Read every record of `tables` in chunks from this worker's own connection
 * (readDatasetInChunks), each chunk given to `onRows`, and post how many of
 * them in all have been read so far (as `phase`, when given).
 */
async function readCounted(
  tables: readonly TableName[],
  phase: MergeWorkerPhase | undefined,
  onRows: (table: TableName, rows: unknown[]) => void,
): Promise<void> {
  const db = new TalkootDb();
  let done = 0;
  let total = 0;
  const report = () => post({ type: 'progress', done, total, ...(phase && { phase }) });
  try {
    await readDatasetInChunks(
      db,
      tables,
      (table, rows) => {
        onRows(table, rows);
        done += rows.length;
        report();
      },
      {
        onTotal: (n) => {
          total = n;
          report();
        },
      },
    );
  } finally {
    db.close();
  }
}

/**
 * SHA-256 (hex) by WebCrypto: native, many times quicker than the portable
 * one over 100 MiB. WebCrypto exists only in a secure context (app://,
 * localhost); elsewhere the portable one.
 */
async function sha256Hex(bytes: Uint8Array): Promise<string> {
  if (!globalThis.crypto?.subtle) return portableSha256Hex(bytes);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The database is read here, not in the window: the rows never cross to the
 * window, only the finished file's bytes do, and those by transfer. Each chunk
 * of rows is serialised while the database reads the next (DataFileWriter),
 * rather than after every table has been read.
 */
async function exportFile(exportedAt: string, generator: string) {
  const writer = new DataFileWriter({ exportedAt, generator });
  let associationName: string | undefined;
  await readCounted(tablesInFileOrder, undefined, (table, rows) => {
    if (table === 'profile') associationName ??= liveProfileName(rows as AssociationProfile[]);
    writer.add(table, rows);
  });
  const bytes = await writer.finish(sha256Hex);
  post({ type: 'exported', bytes, associationName }, [bytes.buffer]);
}

const liveProfileName = (profiles: readonly AssociationProfile[]) =>
  profiles.find((p) => !p.deletedAt)?.name;

self.onmessage = (event: MessageEvent<DataFileWorkerRequest>) => {
  const request = event.data;
  const work =
    request.type === 'parse'
      ? parse(request.bytes)
      : request.type === 'planMerge'
        ? planMergeFile(request.bytes, request.lang)
        : exportFile(request.exportedAt, request.generator);
  work.catch((e: unknown) =>
    post({ type: 'failed', message: e instanceof Error ? e.message : String(e) }),
  );
};
