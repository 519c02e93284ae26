import { isDatabaseEmpty, onDatabaseChanged } from '../../../core/db';
import { AUTO_BACKUP_DELAY_MINUTES } from '../../../core/backup/overdue';
import type { BackupWriteResult, TalkootApi } from '../../../shared/ipc';
import { db } from '../db';
import { currentDataFile } from '../shared/dataFileActions';
import { currentBackupTarget, type BackupTarget } from './backupTarget';
import { rememberSavedCopy } from './lastSavedCopy';
import { sealForSaving } from './passphrase';

type Listener = (result: BackupWriteResult) => void;
const listeners = new Set<Listener>();

/** Hear the outcome of each automatic backup (Settings shows the last one). */
export function onAutoBackup(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Write one backup of the whole database to `target` now, encrypted when a
 * passphrase was given in this session. Used by the automatic backups, by
 * "back up first" and by Settings' "Back up now".
 */
export async function writeBackupNow(target: BackupTarget): Promise<BackupWriteResult> {
  const { bytes } = await currentDataFile();
  const { data, encrypted } = await sealForSaving(bytes);
  const result = await target.write(data, encrypted);
  if (result.ok && target.kind === 'browserFolder') rememberSavedCopy();
  for (const l of listeners) l(result);
  return result;
}

/**
 * Automatic backups: a few minutes after the first change, and in the desktop
 * app once more when the window closes if anything changed since. `target`
 * is asked each time (a browser folder may lose its permission, or be chosen
 * later); while there is none, the change waits for the next time. An empty
 * database is never backed up, so a lost database cannot push the good
 * backups out of the rotation.
 */
export function startAutoBackups(
  deps: {
    target: () => Promise<BackupTarget | null>;
    onBeforeClose?: TalkootApi['onBeforeClose'];
  },
  delayMs = AUTO_BACKUP_DELAY_MINUTES * 60_000,
): () => void {
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;

  const backUp = async () => {
    timer = undefined;
    if (!dirty || (await isDatabaseEmpty(db))) return;
    const target = await deps.target().catch(() => null);
    if (!target) return;
    dirty = false;
    try {
      const result = await writeBackupNow(target);
      if (!result.ok) dirty = true;
    } catch {
      dirty = true;
    }
  };
  const run = () => (running = (running ?? Promise.resolve()).then(backUp));

  const stop = onDatabaseChanged(db, () => {
    dirty = true;
    timer ??= setTimeout(() => void run(), delayMs);
  });
  deps.onBeforeClose?.(async () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    await run();
  });
  return stop;
}

/**
 * A backup now, to wherever the automatic ones go (File → Back up now in the
 * desktop menu). Null when there is nothing to back up (an empty database) or
 * nowhere to write it (a plain browser without a chosen folder).
 */
export async function backUpNow(): Promise<BackupWriteResult | null> {
  if (await isDatabaseEmpty(db)) return null;
  const target = await currentBackupTarget();
  return target ? writeBackupNow(target) : null;
}
