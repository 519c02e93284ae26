import {
  parseDataFile,
  serializeDataFile,
  type DataFileIssue,
  type ProgressCallback,
} from '../dataFile';
import type { MergeResult } from './mergeDatasets';

/**
 * Validate the merged data as a whole (schemas, unique ids, references) before
 * anything is written: an incoming hour entry whose person exists on neither
 * computer makes the merge fail instead of leaving a dangling reference.
 * `onProgress` hears how many of the merged records are checked.
 */
export function checkMerged(
  result: Pick<MergeResult, 'merged'>,
  onProgress?: ProgressCallback,
): DataFileIssue[] {
  const parsed = parseDataFile(
    serializeDataFile(result.merged, { exportedAt: new Date(0).toISOString() }),
    { onProgress },
  );
  return parsed.ok ? [] : parsed.issues;
}
