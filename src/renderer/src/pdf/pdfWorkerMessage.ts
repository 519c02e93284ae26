/** What the PDF worker posts back: progress (0–1), the finished bytes, or an error. */
export type PdfWorkerMessage =
  | { type: 'progress'; progress: number }
  | { type: 'done'; bytes: Uint8Array }
  | { type: 'error'; message: string };
