import type { ParseResult } from '../../../core/dataFile';
import type { MergePlan } from '../../../core/merge';
import type { Language } from '../../../core/schemas';

/**
 * What the data-file worker is asked: to check a picked file's bytes (copied
 * to it); to check them and plan their merge with this computer's data; or to
 * export the database as data-file bytes. The database is read in the worker
 * itself, from its own connection to the same IndexedDB.
 */
export type DataFileWorkerRequest =
  | { type: 'parse'; bytes: Uint8Array }
  | { type: 'planMerge'; bytes: Uint8Array; lang: Language }
  | { type: 'export'; exportedAt: string; generator: string };

/** What a merge's worker is doing while it counts: reading this computer's data, checking the merged whole. */
export type MergeWorkerPhase = 'comparing' | 'checkingMerge';

/** What the data-file worker posts back. */
export type DataFileWorkerMessage =
  /** Without `phase`: the file's records checked, or the export's written. */
  | { type: 'progress'; done: number; total: number; phase?: MergeWorkerPhase }
  | { type: 'result'; result: ParseResult | { ok: false; issues: [{ code: 'notJson' }] } }
  /** The file's UTF-8 bytes (transferred, not copied) and the association's name for the file name. */
  | { type: 'exported'; bytes: Uint8Array; associationName: string | undefined }
  /** A merge's plan; `file` is the picked file's check when that failed. */
  | { type: 'mergePlan'; plan: MergePlan }
  | { type: 'failed'; message: string };
