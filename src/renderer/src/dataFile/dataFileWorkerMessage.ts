import type { ParseResult } from '../../../core/dataFile';

/** The bytes of a picked data file, handed to the worker (transferred, not copied). */
export type DataFileWorkerRequest = { bytes: Uint8Array };

/** What the data-file worker posts back: progress of the validation, then the result. */
export type DataFileWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; result: ParseResult | { ok: false; issues: [{ code: 'notJson' }] } };
