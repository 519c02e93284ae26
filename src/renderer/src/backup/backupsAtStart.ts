import type { BackupEntry } from '../../../shared/ipc';
import { browserFolderTarget, desktopTarget, type BackupTarget } from './backupTarget';
import { folderPermission, storedBackupFolder } from './browserFolder';

/**
 * The backups to offer when the app starts with an empty database: the
 * newest one in the desktop app's folder or in the folder chosen in this
 * browser; or that folder, when the browser must first ask the user's leave
 * to read it (it asks only after a click).
 */
export type BackupsAtStart =
  | { kind: 'none' }
  | { kind: 'found'; target: BackupTarget; folder: string; newest: BackupEntry }
  | { kind: 'needsPermission'; handle: FileSystemDirectoryHandle };

async function newestIn(target: BackupTarget): Promise<BackupsAtStart> {
  const status = await target.status();
  const newest = status.backups[0];
  return newest ? { kind: 'found', target, folder: status.folder, newest } : { kind: 'none' };
}

/** Look for backups without asking anything. A folder that cannot be read counts as none. */
export async function backupsAtStart(): Promise<BackupsAtStart> {
  try {
    if (window.api) return await newestIn(desktopTarget(window.api));
    const handle = await storedBackupFolder();
    if (!handle) return { kind: 'none' };
    const permission = await folderPermission(handle);
    if (permission === 'prompt') return { kind: 'needsPermission', handle };
    if (permission !== 'granted') return { kind: 'none' };
    return await newestIn(browserFolderTarget(handle));
  } catch {
    return { kind: 'none' };
  }
}

/** After the user's click: ask the browser for the folder, then look in it. */
export async function allowAndLook(handle: FileSystemDirectoryHandle): Promise<BackupsAtStart> {
  if ((await folderPermission(handle, true)) !== 'granted') return { kind: 'none' };
  return newestIn(browserFolderTarget(handle)).catch(() => ({ kind: 'none' }) as const);
}
