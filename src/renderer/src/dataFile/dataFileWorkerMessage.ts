import type { ParseResult } from '../../../core/dataFile';

/**
 * What the data-file worker is asked: to check a picked file's bytes (copied
 * to it), or to export the database — read in the worker itself, from its own
 * connection to the same IndexedDB — as data-file bytes.
 */
export type DataFileWorkerRequest =
  { type: 'parse'; bytes: Uint8Array } | { type: 'export'; exportedAt: string; generator: string };

/** What the data-file worker posts back. */
export type DataFileWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; result: ParseResult | { ok: false; issues: [{ code: 'notJson' }] } }
  /** The file's UTF-8 bytes (transferred, not copied) and the association's name for the file name. */
  | { type: 'exported'; bytes: Uint8Array; associationName: string | undefined }
  | { type: 'failed'; message: string };
