import type { BackupStatus, BackupWriteResult } from '../../../shared/ipc';
import { folderBackupStore, folderPermission, storedBackupFolder } from './browserFolder';

/**
 * Where automatic backups go: the desktop app's folder (through main), or in
 * a browser the folder the user picked, once she has allowed the page to
 * write there. The backup list, the restore offer at start and "back up
 * first" all use this one shape.
 */
export type BackupTarget = {
  kind: 'desktop' | 'browserFolder';
  status: () => Promise<BackupStatus>;
  write: (data: Uint8Array<ArrayBuffer>, encrypted: boolean) => Promise<BackupWriteResult>;
  read: (name: string) => Promise<Uint8Array>;
};

/** The desktop app's backup folder, through main. */
export function desktopTarget(api: NonNullable<Window['api']>): BackupTarget {
  return {
    kind: 'desktop',
    status: () => api.backupStatus(),
    write: (data, encrypted) => api.backupWrite({ data, encrypted }),
    read: (name) => api.backupRead({ name }),
  };
}

/** A browser folder the page may write into. */
export function browserFolderTarget(handle: FileSystemDirectoryHandle): BackupTarget {
  return { kind: 'browserFolder', ...folderBackupStore(handle) };
}

/**
 * The target backups can be written to right now, or null: in a browser when
 * no folder was chosen, or the browser wants to ask again for permission
 * (which it does only after a click: see `folderPermission`).
 */
export async function currentBackupTarget(): Promise<BackupTarget | null> {
  if (window.api) return desktopTarget(window.api);
  const handle = await storedBackupFolder();
  if (!handle || (await folderPermission(handle)) !== 'granted') return null;
  return browserFolderTarget(handle);
}
