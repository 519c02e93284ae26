import type { DataFileIssue, ParseResult } from '../../../core/dataFile';
import type { MergePlan } from '../../../core/merge';
import type { Language } from '../../../core/schemas';
import type {
  DataFileWorkerMessage,
  DataFileWorkerRequest,
  MergeWorkerPhase,
} from './dataFileWorkerMessage';

const startWorker = () =>
  new Worker(new URL('./dataFileWorker.ts', import.meta.url), { type: 'module' });

// A worker started ahead of time, while a page that exports or restores is
// shown: loading and running the worker's code costs about 0.1 s of each export.
let spare: Worker | null = null;
let wanted = 0;

function refill(): void {
  if (wanted > 0 && !spare) spare = startWorker();
}

/**
 * Keep a data-file worker started, ready for the next file, while the caller
 * (a page with export or restore buttons) is shown. Returns the release; the
 * spare worker ends when the last caller releases it. It holds no data until
 * it is given a file.
 */
export function keepDataFileWorkerReady(): () => void {
  wanted++;
  refill();
  let released = false;
  return () => {
    if (released) return;
    released = true;
    wanted--;
    if (wanted === 0 && spare) {
      spare.terminate();
      spare = null;
    }
  };
}

/**
 * Run one request in a fresh data-file worker (the spare one, if started): it
 * lives only as long as one file, as it holds the whole file while it works.
 */
function inWorker<T>(
  request: DataFileWorkerRequest,
  transfer: Transferable[],
  settle: (message: DataFileWorkerMessage) => { value: T } | { error: Error } | null,
): Promise<T> {
  const worker = spare ?? startWorker();
  spare = null;
  return new Promise<T>((resolve, reject) => {
    const end = () => {
      worker.terminate();
      refill();
    };
    worker.onmessage = (event: MessageEvent<DataFileWorkerMessage>) => {
      const outcome = settle(event.data);
      if (!outcome) return;
      end();
      if ('value' in outcome) resolve(outcome.value);
      else reject(outcome.error);
    };
    worker.onerror = (event) => {
      end();
      reject(new Error(event.message || 'data file worker failed'));
    };
    worker.postMessage(request, transfer);
  });
}

/**
 * Decode and validate a data file completely in a worker; nothing is written.
 * `onProgress` hears how many records have been validated.
 */
export function parseDataFileInWorker(
  bytes: Uint8Array,
  onProgress?: (done: number, total: number) => void,
): Promise<ParseResult> {
  // A copy: the caller may still need its bytes (e.g. to show the file's name and size).
  return inWorker<ParseResult>({ type: 'parse', bytes: bytes.slice() }, [], (message) => {
    if (message.type === 'progress') {
      onProgress?.(message.done, message.total);
      return null;
    }
    if (message.type === 'result') return { value: message.result };
    return { error: new Error(message.type === 'failed' ? message.message : message.type) };
  });
}

/** A merge's file checked: the plan, or why the file itself was refused. */
export type MergeFileCheck = { ok: true; plan: MergePlan } | { ok: false; issues: DataFileIssue[] };

/**
 * Check a data file and plan its merge with this computer's data, all in a
 * worker (the file's check, the read of the database, the merge and the
 * check of the merged whole); nothing is written. `onProgress` hears the
 * file's records checked (no phase), then this computer's records read
 * (`comparing`), then the merged records checked (`checkingMerge`).
 */
export function planMergeInWorker(
  bytes: Uint8Array,
  lang: Language,
  onProgress?: (done: number, total: number, phase?: MergeWorkerPhase) => void,
): Promise<MergeFileCheck> {
  return inWorker<MergeFileCheck>(
    { type: 'planMerge', bytes: bytes.slice(), lang },
    [],
    (message) => {
      if (message.type === 'progress') {
        onProgress?.(message.done, message.total, message.phase);
        return null;
      }
      if (message.type === 'mergePlan') return { value: { ok: true, plan: message.plan } };
      if (message.type === 'result' && !message.result.ok) {
        return { value: { ok: false, issues: message.result.issues } };
      }
      return { error: new Error(message.type === 'failed' ? message.message : message.type) };
    },
  );
}

/** The data file of the whole database, made in a worker that reads the database itself. */
export type ExportedDataFile = { bytes: Uint8Array; associationName: string | undefined };

/**
 * Read the database and write it as a data file (UTF-8 bytes), all in a
 * worker; `onProgress` hears how many of the records are written.
 */
export function exportDataFileInWorker(
  options: { exportedAt: string; generator: string },
  onProgress?: (done: number, total: number) => void,
): Promise<ExportedDataFile> {
  return inWorker<ExportedDataFile>({ type: 'export', ...options }, [], (message) => {
    if (message.type === 'progress') {
      onProgress?.(message.done, message.total);
      return null;
    }
    if (message.type === 'exported') {
      return { value: { bytes: message.bytes, associationName: message.associationName } };
    }
    if (message.type === 'failed') return { error: new Error(message.message) };
    return null;
  });
}
