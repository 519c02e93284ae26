import type { PdfRequest } from '../../../core/reports';

/** What the window asks the PDF worker: one document, numbered. */
export type PdfWorkerRequest = { id: number; request: PdfRequest };

/** What the PDF worker posts back for request `id`: progress (0–1), the bytes, or an error. */
export type PdfWorkerMessage =
  | { id: number; type: 'progress'; progress: number }
  | { id: number; type: 'done'; bytes: Uint8Array }
  | { id: number; type: 'error'; message: string };
