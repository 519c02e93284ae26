import { applyMerge, readDataset, replaceDataset, isDatabaseEmpty } from '../../../core/db';
import {
  checkMerged,
  describeConflicts,
  fromOtherAssociation,
  mergeCounts,
  mergeDatasets,
  type MergeResult,
} from '../../../core/merge';
import { backupFileName, formatDataFileIssues, type ParsedDataFile } from '../../../core/dataFile';
import { safeFileName, todayIso } from '../../../core/format';
import type { Dataset, Language } from '../../../core/schemas';
import { db } from '../db';
import { exportDataFileInWorker } from '../dataFile/checkDataFileInWorker';
import { dataFileFilters, encryptedFileFilters, saveFile } from '../platform';
import type { FileJobProgress } from './FileJob';
import { rememberSavedCopy } from '../backup/lastSavedCopy';
import { sealForSaving } from '../backup/passphrase';
import { backUpFirst } from '../backup/backUpFirst';

const APP_VERSION = '0.1.0';

/**
 * The whole database as the bytes of a data file, and the association's name.
 * The data-file worker reads and writes it (canonical JSON and its checksum
 * over ~100 MiB take seconds): the window only passes the bytes on.
 */
export async function currentDataFile(
  onProgress?: (done: number, total: number) => void,
): Promise<{ bytes: Uint8Array; associationName: string }> {
  const file = await exportDataFileInWorker(
    { exportedAt: new Date().toISOString(), generator: `Talkoot ${APP_VERSION}` },
    onProgress,
  );
  return { bytes: file.bytes, associationName: file.associationName ?? 'talkoot' };
}

/**
 * Write the whole database to a data file through the save dialog (or a
 * download), offered under `name`, by default the association's name and today.
 * With a passphrase given in this session the file is encrypted and named
 * `….encrypted` instead of `….json`. `report` hears how many records are
 * written, and then that the file is being saved.
 */
export async function exportDataFile(
  name?: string,
  report?: (p: FileJobProgress) => void,
): Promise<{ saved: boolean; name: string }> {
  const { bytes, associationName } = await currentDataFile(
    report && ((done, total) => report({ phase: 'exporting', done, total })),
  );
  report?.({ phase: 'saving' });
  const { data, encrypted } = await sealForSaving(bytes);
  const plainName = name ?? safeFileName([associationName, todayIso()], 'json');
  const result = await saveFile(
    encrypted ? plainName.replace(/\.json$/, '') + '.encrypted' : plainName,
    data,
    encrypted ? encryptedFileFilters : dataFileFilters,
    encrypted ? 'application/octet-stream' : 'application/json',
  );
  if (result.saved) rememberSavedCopy();
  return result;
}

/** Save the current data before it is replaced or merged, named in the user's language. */
export function backupDataFile(lang: Language): Promise<{ saved: boolean; name: string }> {
  return exportDataFile(backupFileName(lang));
}

/**
 * Replace the database with a validated file. When the database holds data,
 * it is first backed up (backUpFirst), so nothing the user entered is lost.
 * `report` hears the backup and then how many records are written.
 */
export async function restoreDataFile(
  file: ParsedDataFile,
  lang: Language,
  report: (p: FileJobProgress) => void = () => undefined,
): Promise<void> {
  if (!(await isDatabaseEmpty(db))) {
    report({ phase: 'backup' });
    const backup = await backUpFirst(lang);
    if (!backup.saved) throw new Error('backup-cancelled');
  }
  await replaceDataset(db, file.dataset, {
    onProgress: (done, total) => report({ phase: 'writing', done, total }),
  });
}

/** What merging a file would do, worked out before anything is written. */
export type MergePlan =
  | {
      ok: true;
      result: MergeResult;
      /** The database as it was, for undo. */
      before: Dataset;
      added: number;
      updated: number;
      conflicts: string[];
      /** The association the file is from, as the file names it. */
      fromName: string | undefined;
      fromBusinessId: string | undefined;
      /** The file names another business ID than this association's. */
      otherAssociation: boolean;
    }
  | { ok: false; messages: string[] };

/**
 * Work out a merge of another computer's data file: the merged whole is
 * validated, counted and described; nothing is written.
 */
export async function planMerge(file: ParsedDataFile, lang: Language): Promise<MergePlan> {
  // The one whole-database read outside the export worker, on purpose: a merge
  // compares every record of the file with this computer's, and undo restores
  // exactly what was there.
  const before = await readDataset(db);
  const result = mergeDatasets(before, file.dataset);
  const issues = checkMerged(result);
  if (issues.length) return { ok: false, messages: formatDataFileIssues(issues, lang) };
  const from = file.dataset.profile.find((p) => !p.deletedAt);
  return {
    ok: true,
    result,
    before,
    ...mergeCounts(result),
    conflicts: describeConflicts(result.conflicts, result.merged, lang),
    fromName: from?.name,
    fromBusinessId: from?.businessId,
    otherAssociation: fromOtherAssociation(before, file.dataset),
  };
}

/**
 * Carry out a planned merge: the current data is backed up first (backUpFirst) (false, and nothing written, when the user cancels that), then only
 * new and newer records are written, in one transaction.
 */
export async function applyMergePlan(
  plan: Extract<MergePlan, { ok: true }>,
  lang: Language,
  report: (p: FileJobProgress) => void = () => undefined,
): Promise<boolean> {
  report({ phase: 'backup' });
  const backup = await backUpFirst(lang);
  if (!backup.saved) return false;
  await applyMerge(db, plan.result, {
    onProgress: (done, total) => report({ phase: 'writing', done, total }),
  });
  return true;
}

/** Undo a merge: the database goes back to what it was just before it, in one transaction. */
export async function undoMerge(plan: Extract<MergePlan, { ok: true }>): Promise<void> {
  await replaceDataset(db, plan.before);
}
