import { parseDataFile, serializeDataFile, type DataFileIssue } from '../dataFile';
import type { MergeResult } from './mergeDatasets';

/**
 * Validate the merged data as a whole (schemas, unique ids, references) before
 * anything is written: an incoming hour entry whose person exists on neither
 * computer makes the merge fail instead of leaving a dangling reference.
 */
export function checkMerged(result: MergeResult): DataFileIssue[] {
  const parsed = parseDataFile(
    serializeDataFile(result.merged, { exportedAt: new Date(0).toISOString() }),
  );
  return parsed.ok ? [] : parsed.issues;
}
