// Automatic backups on disk: each one a whole data file (plain or encrypted),
// written by the one atomic writer into the backup folder and rotated. Only
// files named as this module names them are ever listed, read or deleted: a
// temporary file left by a crash, or anything else in the folder, is not a
// backup. File system and clock are injected, so Node tests run it for real
// on temporary folders (tests/unit/main-backups.test.ts).
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { atomicWrite } from '../node/atomicWrite';
import { backupsToDelete, DEFAULT_ROTATION, type RotationPolicy } from '../core/backup/rotation';
import type { BackupEntry } from '../shared/backupTypes';
import { backupFileName, backupTakenAt } from '../core/backup/backupNames';

export { backupFileName, backupTakenAt };

export type BackupFs = Pick<typeof fsp, 'readdir' | 'stat' | 'rm' | 'mkdir' | 'readFile'>;

export type BackupStoreDeps = {
  /** The folder backups go to (created when missing). */
  folder: () => string;
  now: () => Date;
  fs?: BackupFs;
  /** Writes a whole file or nothing; the real atomic writer by default. */
  write?: (path: string, data: Uint8Array | string) => Promise<void>;
  policy?: RotationPolicy;
};

export type BackupStore = ReturnType<typeof createBackupStore>;

export function createBackupStore(deps: BackupStoreDeps) {
  const fs = deps.fs ?? fsp;
  const write = deps.write ?? atomicWrite;
  const policy = deps.policy ?? DEFAULT_ROTATION;

  /** The backups in the folder, newest first (none when the folder does not exist yet). */
  async function list(): Promise<BackupEntry[]> {
    const dir = deps.folder();
    let names: string[];
    try {
      names = await fs.readdir(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const entries: BackupEntry[] = [];
    for (const name of names) {
      const takenAt = backupTakenAt(name);
      if (!takenAt) continue;
      const info = await fs.stat(join(dir, name)).catch(() => null);
      if (!info?.isFile()) continue;
      entries.push({
        name,
        takenAt: takenAt.toISOString(),
        size: info.size,
        encrypted: name.endsWith('.encrypted'),
      });
    }
    return entries.sort((a, b) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : 0));
  }

  /** Write one backup, then delete the ones rotation no longer keeps. */
  async function writeBackup(data: Uint8Array | string, encrypted: boolean): Promise<BackupEntry> {
    const dir = deps.folder();
    await fs.mkdir(dir, { recursive: true });
    let at = deps.now();
    const existing = new Set((await list()).map((b) => b.name));
    // Two backups in the same millisecond (a fast quit after a timer) get distinct names.
    while (existing.has(backupFileName(at, encrypted))) at = new Date(at.getTime() + 1);
    const name = backupFileName(at, encrypted);
    await write(join(dir, name), data);
    await rotate();
    const size = typeof data === 'string' ? new TextEncoder().encode(data).length : data.length;
    return { name, takenAt: at.toISOString(), size, encrypted };
  }

  /** Delete the backups rotation does not keep; only ever files named as backups. */
  async function rotate(): Promise<string[]> {
    const backups = await list();
    const doomed = backupsToDelete(
      backups.map((b) => ({ name: b.name, takenAt: new Date(b.takenAt) })),
      deps.now(),
      policy,
    );
    for (const name of doomed) await fs.rm(join(deps.folder(), name), { force: true });
    return doomed;
  }

  /** The bytes of one backup, by a name `list` gave; any other name is refused. */
  async function read(name: string): Promise<Uint8Array> {
    if (!backupTakenAt(name)) throw new Error(`not a backup name: ${name}`);
    return new Uint8Array(await fs.readFile(join(deps.folder(), name)));
  }

  return { list, writeBackup, rotate, read };
}
