import { applyMerge, readDataset, replaceDataset, isDatabaseEmpty } from '../../../core/db';
import { checkMerged, describeConflicts, mergeDatasets } from '../../../core/merge';
import {
  serializeDataFile,
  formatDataFileIssues,
  type ParsedDataFile,
} from '../../../core/dataFile';
import { todayIso } from '../../../core/format';
import type { Language } from '../../../core/schemas';
import { db } from '../db';
import { dataFileFilters, saveFile } from '../platform';
import type { FileJobProgress } from './FileJob';

const APP_VERSION = '0.1.0';

function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'talkoot'
  );
}

/** Write the whole database to a data file through the save dialog (or a download). */
export async function exportDataFile(prefix = ''): Promise<{ saved: boolean; name: string }> {
  const dataset = await readDataset(db);
  const text = serializeDataFile(dataset, {
    exportedAt: new Date().toISOString(),
    generator: `Talkoot ${APP_VERSION}`,
  });
  const assoc = dataset.profile[0]?.name ?? 'talkoot';
  const name = `${prefix}${slug(assoc)}-${todayIso()}.json`;
  return saveFile(name, text, dataFileFilters, 'application/json');
}

/**
 * Replace the database with a validated file. When the database holds data,
 * it is first saved to a backup file, so nothing the user entered is lost.
 * `report` hears the backup and then how many records are written.
 */
export async function restoreDataFile(
  file: ParsedDataFile,
  report: (p: FileJobProgress) => void = () => undefined,
): Promise<void> {
  if (!(await isDatabaseEmpty(db))) {
    report({ phase: 'backup' });
    const backup = await exportDataFile('backup-before-restore-');
    if (!backup.saved) throw new Error('backup-cancelled');
  }
  await replaceDataset(db, file.dataset, {
    onProgress: (done, total) => report({ phase: 'writing', done, total }),
  });
}

export type MergeOutcome =
  | { ok: true; added: number; updated: number; conflicts: string[] }
  | { ok: false; messages: string[] };

/**
 * Merge another computer's data file into this database: the merged whole is
 * validated first, then only new and newer records are written, in one transaction.
 */
export async function mergeDataFile(
  file: ParsedDataFile,
  lang: Language,
  report: (p: FileJobProgress) => void = () => undefined,
): Promise<MergeOutcome> {
  const result = mergeDatasets(await readDataset(db), file.dataset);
  const issues = checkMerged(result);
  if (issues.length) return { ok: false, messages: formatDataFileIssues(issues, lang) };
  await applyMerge(db, result, {
    onProgress: (done, total) => report({ phase: 'writing', done, total }),
  });
  const total = (counts: Partial<Record<string, number>>) =>
    Object.values(counts).reduce<number>((a, b) => a + (b ?? 0), 0);
  return {
    ok: true,
    added: total(result.added),
    updated: total(result.updated),
    conflicts: describeConflicts(result.conflicts, result.merged, lang),
  };
}
