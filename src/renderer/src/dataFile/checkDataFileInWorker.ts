import type { ParseResult } from '../../../core/dataFile';
import type { DataFileWorkerMessage } from './dataFileWorkerMessage';

/**
 * Decode and validate a data file completely in a worker; nothing is written.
 * `onProgress` hears how many records have been validated. The worker lives
 * only as long as one file: it holds the whole parsed file while it works.
 */
export function parseDataFileInWorker(
  bytes: Uint8Array,
  onProgress?: (done: number, total: number) => void,
): Promise<ParseResult> {
  const worker = new Worker(new URL('./dataFileWorker.ts', import.meta.url), { type: 'module' });
  return new Promise<ParseResult>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<DataFileWorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') {
        onProgress?.(message.done, message.total);
        return;
      }
      worker.terminate();
      resolve(message.result);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'data file worker failed'));
    };
    // A copy: the caller may still need its bytes (e.g. to show the file's name and size).
    worker.postMessage({ bytes: bytes.slice() });
  });
}
