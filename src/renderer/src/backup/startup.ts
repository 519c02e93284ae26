import { startAutoBackups } from './autoBackup';
import { currentBackupTarget } from './backupTarget';

/**
 * At start: automatic backups (the desktop app's folder, or a folder chosen
 * in the browser), and a request that the browser keep this origin's storage
 * (IndexedDB) even when the disk runs low. Settings shows the answer
 * (`storagePersisted`).
 */
export function startDataSafety(): void {
  startAutoBackups({ target: currentBackupTarget, onBeforeClose: window.api?.onBeforeClose });
  void navigator.storage?.persist?.().catch(() => false);
}

/** Whether the browser promised to keep this origin's data; null where it cannot say. */
export async function storagePersisted(): Promise<boolean | null> {
  if (!navigator.storage?.persisted) return null;
  return navigator.storage.persisted().catch(() => null);
}
