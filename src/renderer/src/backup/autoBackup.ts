import { isDatabaseEmpty, onDatabaseChanged } from '../../../core/db';
import { AUTO_BACKUP_DELAY_MINUTES } from '../../../core/backup/overdue';
import type { BackupWriteResult, TalkootApi } from '../../../shared/ipc';
import { db } from '../db';
import { currentDataFile } from '../shared/dataFileActions';

type Listener = (result: BackupWriteResult) => void;
const listeners = new Set<Listener>();

/** Hear the outcome of each automatic backup (Settings shows the last one). */
export function onAutoBackup(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Set while automatic backups run: writes one now (File → Back up now in the menu). */
let backUpNowImpl: (() => Promise<BackupWriteResult | null>) | null = null;

/**
 * Writes a backup now, the same way as the automatic ones. Null when there
 * is nothing to back up (an empty database) or backups are not running (a
 * plain browser).
 */
export function backUpNow(): Promise<BackupWriteResult | null> {
  return backUpNowImpl ? backUpNowImpl() : Promise.resolve(null);
}

/**
 * Automatic backups in the desktop app: a few minutes after the first change,
 * and once more when the window closes if anything changed since. An empty
 * database is never backed up, so a lost database cannot push the good
 * backups out of the rotation.
 */
export function startAutoBackups(
  api: Pick<TalkootApi, 'backupWrite' | 'onBeforeClose'>,
  delayMs = AUTO_BACKUP_DELAY_MINUTES * 60_000,
): () => void {
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;

  const backUp = async (): Promise<BackupWriteResult | null> => {
    timer = undefined;
    if (!dirty || (await isDatabaseEmpty(db))) return null;
    dirty = false;
    try {
      const { bytes } = await currentDataFile();
      // A transferred ArrayBuffer from the worker, never shared memory.
      const data = bytes as Uint8Array<ArrayBuffer>;
      const result = await api.backupWrite({ data, encrypted: false });
      if (!result.ok) dirty = true;
      for (const l of listeners) l(result);
      return result;
    } catch (error) {
      dirty = true;
      throw error;
    }
  };
  const chain = () => {
    const next = (running ?? Promise.resolve()).then(backUp, backUp);
    running = next.then(
      () => undefined,
      () => undefined,
    );
    return next;
  };
  const run = () => chain().catch(() => null);
  backUpNowImpl = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    dirty = true;
    return chain();
  };

  const stop = onDatabaseChanged(db, () => {
    dirty = true;
    timer ??= setTimeout(() => void run(), delayMs);
  });
  api.onBeforeClose(async () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    await run();
  });
  return stop;
}
