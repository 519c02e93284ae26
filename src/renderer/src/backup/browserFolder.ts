import { backupFileName, backupTakenAt } from '../../../core/backup/backupNames';
import { backupsToDelete, DEFAULT_ROTATION } from '../../../core/backup/rotation';
import type { BackupEntry, BackupStatus, BackupWriteResult } from '../../../shared/ipc';
import type { WriteFailureReason } from '../../../shared/writeFailure';

// Folder backups in a plain browser, through the File System Access API
// (Chromium). The user picks a folder once; its handle is kept in a small
// IndexedDB database of this computer's own ("talkoot-device", not the
// association's data, so it is never exported, restored or merged), and the
// browser asks her again for permission after a restart when it must. The
// backups are named, rotated and listed exactly as the desktop app's
// (core/backup/backupNames, core/backup/rotation).

type Permission = 'granted' | 'denied' | 'prompt';
/** The parts of the API that TypeScript's DOM library does not describe yet. */
type PermissionHandle = FileSystemDirectoryHandle & {
  queryPermission?: (d: { mode: 'readwrite' }) => Promise<Permission>;
  requestPermission?: (d: { mode: 'readwrite' }) => Promise<Permission>;
  values?: () => AsyncIterable<FileSystemHandle>;
};
type DirectoryPicker = (options?: {
  id?: string;
  mode?: 'readwrite';
  startIn?: string;
}) => Promise<FileSystemDirectoryHandle>;

const DEVICE_DB = 'talkoot-device';
const STORE = 'handles';
const FOLDER_KEY = 'backupFolder';

/** True where the browser can write into a folder the user picks (Chromium). */
export function folderBackupsSupported(): boolean {
  return (
    typeof (globalThis as { showDirectoryPicker?: unknown }).showDirectoryPicker === 'function'
  );
}

function deviceStore<T>(
  mode: IDBTransactionMode,
  act: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const open = indexedDB.open(DEVICE_DB, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE);
    open.onerror = () => reject(open.error ?? new Error('indexedDB'));
    open.onsuccess = () => {
      const idb = open.result;
      const request = act(idb.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => {
        resolve(request.result);
        idb.close();
      };
      request.onerror = () => {
        reject(request.error ?? new Error('indexedDB'));
        idb.close();
      };
    };
  });
}

/** The folder chosen earlier on this computer, or null. */
export async function storedBackupFolder(): Promise<FileSystemDirectoryHandle | null> {
  if (!folderBackupsSupported()) return null;
  const handle = await deviceStore<unknown>('readonly', (s) => s.get(FOLDER_KEY)).catch(
    () => undefined,
  );
  return handle instanceof FileSystemDirectoryHandle ? handle : null;
}

/** Let the user pick the backup folder and remember it; null when she cancels. */
export async function chooseBrowserBackupFolder(): Promise<FileSystemDirectoryHandle | null> {
  const picker = (globalThis as { showDirectoryPicker?: DirectoryPicker }).showDirectoryPicker;
  if (!picker) return null;
  let handle: FileSystemDirectoryHandle;
  try {
    handle = await picker({ id: 'talkoot-backups', mode: 'readwrite', startIn: 'documents' });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') return null;
    throw e;
  }
  await deviceStore('readwrite', (s) => s.put(handle, FOLDER_KEY));
  return handle;
}

/**
 * Whether the page may write into `handle`. With `ask` the browser asks the
 * user (only allowed right after a click); without, it only answers.
 */
export async function folderPermission(
  handle: FileSystemDirectoryHandle,
  ask = false,
): Promise<Permission> {
  const h = handle as PermissionHandle;
  try {
    const now = (await h.queryPermission?.({ mode: 'readwrite' })) ?? 'granted';
    if (now !== 'prompt' || !ask) return now;
    return (await h.requestPermission?.({ mode: 'readwrite' })) ?? 'denied';
  } catch {
    return 'denied';
  }
}

/** Why the browser refused a write, as the desktop app's writer names it. */
function failureOf(e: unknown): WriteFailureReason {
  const name = e instanceof DOMException ? e.name : '';
  if (name === 'QuotaExceededError') return 'noSpace';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'noPermission';
  if (name === 'NoModificationAllowedError') return 'readOnly';
  if (name === 'NotFoundError') return 'missingFolder';
  return 'other';
}

/** The rotated backups in one folder the user picked in the browser. */
export function folderBackupStore(handle: FileSystemDirectoryHandle, now = () => new Date()) {
  async function list(): Promise<BackupEntry[]> {
    const entries: BackupEntry[] = [];
    const values = (handle as PermissionHandle).values?.();
    if (!values) return entries;
    for await (const entry of values) {
      const takenAt = entry.kind === 'file' ? backupTakenAt(entry.name) : undefined;
      if (!takenAt) continue;
      const file = await (entry as FileSystemFileHandle).getFile();
      // getFileHandle(create) makes an empty file before the write is in place:
      // an empty file is never a backup (a real one has at least a header).
      if (file.size === 0) continue;
      entries.push({
        name: entry.name,
        takenAt: takenAt.toISOString(),
        size: file.size,
        encrypted: entry.name.endsWith('.encrypted'),
      });
    }
    return entries.sort((a, b) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : 0));
  }

  async function status(): Promise<BackupStatus> {
    return { folder: handle.name, backups: await list() };
  }

  /**
   * Write one backup, then delete those rotation no longer keeps. The browser
   * writes into a temporary file and puts it in place only on close(), so a
   * closed tab or a full disk never leaves half a backup under a backup's name.
   */
  async function write(data: Uint8Array, encrypted: boolean): Promise<BackupWriteResult> {
    try {
      const existing = new Set((await list()).map((b) => b.name));
      let at = now();
      while (existing.has(backupFileName(at, encrypted))) at = new Date(at.getTime() + 1);
      const name = backupFileName(at, encrypted);
      const file = await handle.getFileHandle(name, { create: true });
      const out = await file.createWritable();
      try {
        await out.write(data as Uint8Array<ArrayBuffer>);
        await out.close();
      } catch (e) {
        await out.abort().catch(() => undefined);
        await handle.removeEntry(name).catch(() => undefined);
        throw e;
      }
      const backups = await list();
      const doomed = backupsToDelete(
        backups.map((b) => ({ name: b.name, takenAt: new Date(b.takenAt) })),
        now(),
        DEFAULT_ROTATION,
      );
      for (const old of doomed) await handle.removeEntry(old).catch(() => undefined);
      return {
        ok: true,
        backup: { name, takenAt: at.toISOString(), size: data.length, encrypted },
      };
    } catch (e) {
      return { ok: false, failure: failureOf(e), folder: handle.name };
    }
  }

  /** The bytes of one backup, by a name `list` gave; any other name is refused. */
  async function read(name: string): Promise<Uint8Array> {
    if (!backupTakenAt(name)) throw new Error(`not a backup name: ${name}`);
    const file = await (await handle.getFileHandle(name)).getFile();
    return new Uint8Array(await file.arrayBuffer());
  }

  return { status, write, read };
}
