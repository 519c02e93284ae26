import type { PdfRequest } from '../../../core/reports';
import { saveFile } from '../platform';
import type { PdfWorkerMessage } from './pdfWorkerMessage';

/**
 * Make a PDF in a worker so the window never freezes; `onProgress` gets 0–1 as
 * pdfmake lays out pages. One worker per PDF: it is ended when done.
 */
export function makePdf(
  request: PdfRequest,
  onProgress?: (progress: number) => void,
): Promise<Uint8Array> {
  const worker = new Worker(new URL('./pdfWorker.ts', import.meta.url), { type: 'module' });
  return new Promise<Uint8Array>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<PdfWorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') {
        onProgress?.(message.progress);
        return;
      }
      worker.terminate();
      if (message.type === 'done') resolve(message.bytes);
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'PDF worker failed'));
    };
    worker.postMessage(request);
  });
}

/** A file name safe on every system: letters kept (ä ö å too), the rest dashed. */
export function pdfFileName(...parts: string[]): string {
  const name = parts
    .join('-')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `${name || 'talkoot'}.pdf`;
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
