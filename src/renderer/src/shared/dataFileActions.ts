import { applyMerge, replaceDataset, isDatabaseEmpty, revertMerge } from '../../../core/db';
import type { MergePlan } from '../../../core/merge';
import { backupFileName, type ParsedDataFile } from '../../../core/dataFile';
import { safeFileName, todayIso } from '../../../core/format';
import type { Language } from '../../../core/schemas';
import { db } from '../db';
import { exportDataFileInWorker, planMergeInWorker } from '../dataFile/checkDataFileInWorker';
import type { FileCheck } from './DataFilePicker';
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

type PlannedMerge = Extract<MergePlan, { ok: true }>;

/**
 * The check of a file to merge: in the data-file worker, the file is
 * validated, this computer's data read, the two merged and the merged whole
 * validated (MergePlan); nothing is written, and the window gets only the
 * records to write and what undoes them, never this computer's whole data.
 * Progress goes to `report`, phase by phase.
 */
export function checkMergeFile(lang: Language): FileCheck<MergePlan> {
  return (bytes, report) =>
    planMergeInWorker(bytes, lang, (done, total, phase) =>
      report({ phase: phase ?? 'validating', done, total }),
    ).then((checked) => (checked.ok ? { ok: true, value: checked.plan } : checked));
}

/**
 * Carry out a planned merge: the current data is backed up first
 * (backUpFirst; false, and nothing written, when the user cancels that), then
 * only new and newer records are written, in one transaction.
 */
export async function applyMergePlan(
  plan: PlannedMerge,
  lang: Language,
  report: (p: FileJobProgress) => void = () => undefined,
): Promise<boolean> {
  report({ phase: 'backup' });
  const backup = await backUpFirst(lang);
  if (!backup.saved) return false;
  await applyMerge(db, plan, {
    onProgress: (done, total) => report({ phase: 'writing', done, total }),
  });
  return true;
}

/**
 * Undo a merge, in one transaction: the records it added are removed and
 * those it replaced get back what they were just before it (revertMerge).
 */
export async function undoMerge(plan: PlannedMerge): Promise<void> {
  await revertMerge(db, plan.undo);
}
