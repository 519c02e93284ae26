import { safeFileName } from '../../../core/format';
import type { PdfRequest } from '../../../core/reports';
import { saveFile } from '../platform';
import type { PdfWorkerMessage, PdfWorkerRequest } from './pdfWorkerMessage';

let worker: Worker | null = null;
let nextId = 1;
// One PDF at a time: pdfmake's progress callback is global to the worker.
let queue: Promise<unknown> = Promise.resolve();

/** The window's one PDF worker, started on first use; its fonts load once. */
function pdfWorker(): Worker {
  worker ??= new Worker(new URL('./pdfWorker.ts', import.meta.url), { type: 'module' });
  return worker;
}

function run(request: PdfRequest, onProgress?: (progress: number) => void): Promise<Uint8Array> {
  const w = pdfWorker();
  const id = nextId++;
  return new Promise<Uint8Array>((resolve, reject) => {
    const onMessage = (event: MessageEvent<PdfWorkerMessage>) => {
      const message = event.data;
      if (message.id !== id) return;
      if (message.type === 'progress') {
        onProgress?.(message.progress);
        return;
      }
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      if (message.type === 'done') resolve(message.bytes);
      else reject(new Error(message.message));
    };
    const onError = (event: ErrorEvent) => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      // A worker that failed to load or crashed is replaced on the next PDF.
      w.terminate();
      if (worker === w) worker = null;
      reject(new Error(event.message || 'PDF worker failed'));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ id, request } satisfies PdfWorkerRequest);
  });
}

/**
 * Make a PDF in the window's long-lived worker so the window never freezes;
 * `onProgress` gets 0–1 as pdfmake lays out pages. Requests are made one
 * after another.
 */
export function makePdf(
  request: PdfRequest,
  onProgress?: (progress: number) => void,
): Promise<Uint8Array> {
  const result = queue.then(() => run(request, onProgress));
  queue = result.catch(() => undefined);
  return result;
}

/** A PDF's file name safe on every system: the one rule, safeFileName (ä ö å kept). */
export function pdfFileName(...parts: string[]): string {
  return safeFileName(parts, 'pdf');
}

/**
 * Make the PDF in the worker and offer it to save as `fileName`: the save
 * dialog in the desktop app, a download in a browser. `saved` is false when
 * the user cancelled the dialog.
 */
export async function savePdf(
  request: PdfRequest,
  fileName: string,
  onProgress?: (progress: number) => void,
): Promise<{ saved: boolean; name: string }> {
  const bytes = await makePdf(request, onProgress);
  return saveFile(fileName, bytes, [{ name: 'PDF', extensions: ['pdf'] }], 'application/pdf');
}
