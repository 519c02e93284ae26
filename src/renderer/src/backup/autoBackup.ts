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

  const backUp = async () => {
    timer = undefined;
    if (!dirty || (await isDatabaseEmpty(db))) return;
    dirty = false;
    try {
      const { text } = await currentDataFile();
      const result = await api.backupWrite({ data: text, encrypted: false });
      if (!result.ok) dirty = true;
      for (const l of listeners) l(result);
    } catch {
      dirty = true;
    }
  };
  const run = () => (running = (running ?? Promise.resolve()).then(backUp));

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
