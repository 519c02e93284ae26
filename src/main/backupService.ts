// The automatic backups as the window sees them: the folder (Documents/
// Talkoot/Backups unless the user chose another, remembered in
// userData/settings.json), its backups, writing one, reading one back.
// Everything Electron-specific (the folder dialog, app paths, the clock) is
// passed in: tests/unit/main-backups.test.ts runs it on temporary folders.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { atomicWrite, AtomicWriteError } from '../node/atomicWrite';
import type { BackupStatus, BackupWriteResult } from '../shared/ipc';
import { createBackupStore } from './backups';

export type BackupServiceDeps = {
  /** userData/settings.json: main's own small settings file. */
  settingsPath: string;
  /** Documents/Talkoot/Backups. */
  defaultFolder: () => string;
  now: () => Date;
  /** The OS folder dialog; null = cancelled. */
  chooseFolder: (current: string) => Promise<string | null>;
};

const settingsSchema = z.looseObject({ backupFolder: z.string().min(1).optional() });
type Settings = z.infer<typeof settingsSchema>;

export type BackupService = ReturnType<typeof createBackupService>;

export function createBackupService(deps: BackupServiceDeps) {
  let settings: Settings | undefined;
  const load = async (): Promise<Settings> => {
    if (settings) return settings;
    try {
      const parsed = settingsSchema.safeParse(
        JSON.parse(await readFile(deps.settingsPath, 'utf8')),
      );
      // A damaged settings file must not stop backups: fall back to the default folder.
      settings = parsed.success ? parsed.data : {};
    } catch {
      settings = {};
    }
    return settings;
  };
  const folder = () => settings?.backupFolder ?? deps.defaultFolder();
  const store = createBackupStore({ folder, now: deps.now });

  async function status(): Promise<BackupStatus> {
    await load();
    return { folder: folder(), backups: await store.list() };
  }

  async function write(data: string | Uint8Array, encrypted: boolean): Promise<BackupWriteResult> {
    await load();
    try {
      return { ok: true, backup: await store.writeBackup(data, encrypted) };
    } catch (error) {
      if (error instanceof AtomicWriteError) {
        return { ok: false, failure: error.reason, folder: folder() };
      }
      const code = (error as NodeJS.ErrnoException).code;
      // mkdir of the folder failed (a removed USB stick, a read-only share).
      if (code === 'EACCES' || code === 'EPERM')
        return { ok: false, failure: 'noPermission', folder: folder() };
      if (code === 'EROFS') return { ok: false, failure: 'readOnly', folder: folder() };
      if (code === 'ENOSPC') return { ok: false, failure: 'noSpace', folder: folder() };
      if (code === 'ENOENT' || code === 'ENOTDIR')
        return { ok: false, failure: 'missingFolder', folder: folder() };
      throw error;
    }
  }

  async function read(name: string): Promise<Uint8Array> {
    await load();
    return store.read(name);
  }

  /** Let the user pick another folder; remembered for the next start. */
  async function changeFolder(): Promise<BackupStatus | null> {
    const current = (await load()).backupFolder ?? deps.defaultFolder();
    const chosen = await deps.chooseFolder(current);
    if (!chosen) return null;
    const next = { ...(await load()), backupFolder: chosen };
    await mkdir(dirname(deps.settingsPath), { recursive: true });
    await atomicWrite(deps.settingsPath, `${JSON.stringify(next, null, 2)}\n`);
    settings = next;
    return status();
  }

  return { status, write, read, changeFolder };
}
