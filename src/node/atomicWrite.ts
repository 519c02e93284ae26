import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { dirname, join } from 'node:path';
import { type WriteFailureReason } from '../shared/writeFailure';

/**
 * The one atomic file writer of the Electron main process and the CLI. Every
 * file Talkoot writes on disk (data files, backups, PDFs, exports) goes here.
 */

export { writeFailureReasons, type WriteFailureReason } from '../shared/writeFailure';

/** A failed atomic write: the original file, if any, is as it was. */
export class AtomicWriteError extends Error {
  constructor(
    readonly reason: WriteFailureReason,
    readonly path: string,
    override readonly cause: unknown,
  ) {
    super(`${reason}: ${path}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'AtomicWriteError';
  }
}

const reasonOfCode: Record<string, WriteFailureReason> = {
  ENOSPC: 'noSpace',
  EDQUOT: 'noSpace',
  EFBIG: 'noSpace',
  EACCES: 'noPermission',
  EPERM: 'noPermission',
  EROFS: 'readOnly',
  ENOENT: 'missingFolder',
  ENOTDIR: 'missingFolder',
};

function failure(path: string, error: unknown): AtomicWriteError {
  if (error instanceof AtomicWriteError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  return new AtomicWriteError(reasonOfCode[code] ?? 'other', path, error);
}

/** A write that wrote fewer bytes than asked and no error: the disk is full. */
function shortWrite(): NodeJS.ErrnoException {
  return Object.assign(new Error('short write: no space left on the device'), { code: 'ENOSPC' });
}

const toBytes = (data: string | Uint8Array) =>
  typeof data === 'string' ? new TextEncoder().encode(data) : data;

// A short fixed-length name: a long target name must not make the temp name
// too long for the file system. The leading dot hides it on macOS/Linux.
const tempPathFor = (targetPath: string) =>
  join(dirname(targetPath), `.talkoot-${randomBytes(6).toString('hex')}.tmp`);

// Windows: a virus scanner or the search indexer may hold the fresh temp file
// open for a moment, and renaming over a file fails with EPERM/EBUSY/EACCES
// until it lets go. Retry briefly before giving up (as graceful-fs does).
const RENAME_RETRY_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
const RENAME_ATTEMPTS = 5;
const RENAME_RETRY_DELAY_MS = 100;

/** The file-system calls the writer makes; tests give a stub that writes short. */
export type WriterFs = Pick<
  typeof fs,
  | 'openSync'
  | 'writeSync'
  | 'fsyncSync'
  | 'fstatSync'
  | 'closeSync'
  | 'renameSync'
  | 'rmSync'
  | 'statSync'
>;

/**
 * Write `data` (text as UTF-8, or bytes) to `targetPath` atomically: into a
 * temp file in the same folder, every byte written and counted, fsync, the
 * size checked, rename over the target, fsync of the folder. A reader, a
 * crash or a full disk sees either the old file or the new one, never a
 * half-written file. Throws AtomicWriteError; the temp file is removed and
 * the original left as it was.
 */
export function atomicWriteSync(
  targetPath: string,
  data: string | Uint8Array,
  fsImpl: WriterFs = fs,
): void {
  const bytes = toBytes(data);
  const tempPath = tempPathFor(targetPath);
  const mode = modeOfSync(targetPath, fsImpl);
  let created = false;
  try {
    // 'wx': never reuse or follow something already at the temp path.
    const fd = fsImpl.openSync(tempPath, 'wx', mode ?? 0o666);
    created = true;
    try {
      let offset = 0;
      while (offset < bytes.length) {
        const n = fsImpl.writeSync(fd, bytes, offset, bytes.length - offset);
        if (n <= 0) throw shortWrite();
        offset += n;
      }
      fsImpl.fsyncSync(fd);
      if (fsImpl.fstatSync(fd).size !== bytes.length) throw shortWrite();
    } finally {
      fsImpl.closeSync(fd);
    }
    renameWithRetrySync(tempPath, targetPath, fsImpl);
    created = false;
  } catch (error) {
    if (created) fsImpl.rmSync(tempPath, { force: true });
    throw failure(targetPath, error);
  }
  syncDirectorySync(dirname(targetPath));
}

/** The same as atomicWriteSync without blocking the event loop (the Electron main process). */
export async function atomicWrite(targetPath: string, data: string | Uint8Array): Promise<void> {
  const bytes = toBytes(data);
  const tempPath = tempPathFor(targetPath);
  const mode = await fs.promises
    .stat(targetPath)
    .then((s) => s.mode & 0o777)
    .catch(() => null);
  let created = false;
  try {
    const handle = await fs.promises.open(tempPath, 'wx', mode ?? 0o666);
    created = true;
    try {
      let offset = 0;
      while (offset < bytes.length) {
        const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
        if (bytesWritten <= 0) throw shortWrite();
        offset += bytesWritten;
      }
      await handle.sync();
      if ((await handle.stat()).size !== bytes.length) throw shortWrite();
    } finally {
      await handle.close();
    }
    for (let attempt = 1; ; attempt++) {
      try {
        await fs.promises.rename(tempPath, targetPath);
        break;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        if (attempt >= RENAME_ATTEMPTS || !RENAME_RETRY_CODES.has(code)) throw error;
        await new Promise((done) => setTimeout(done, RENAME_RETRY_DELAY_MS * attempt));
      }
    }
    created = false;
  } catch (error) {
    if (created) await fs.promises.rm(tempPath, { force: true }).catch(() => undefined);
    throw failure(targetPath, error);
  }
  syncDirectorySync(dirname(targetPath));
}

/** The permission bits of an existing file (kept on replace), or null. */
function modeOfSync(path: string, fsImpl: WriterFs): number | null {
  try {
    return fsImpl.statSync(path).mode & 0o777;
  } catch {
    return null;
  }
}

function renameWithRetrySync(from: string, to: string, fsImpl: WriterFs): void {
  for (let attempt = 1; ; attempt++) {
    try {
      fsImpl.renameSync(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (attempt >= RENAME_ATTEMPTS || !RENAME_RETRY_CODES.has(code)) throw error;
      // A synchronous caller (the CLI) may simply wait.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, RENAME_RETRY_DELAY_MS * attempt);
    }
  }
}

/**
 * fsync the folder so that the rename itself survives a power cut (POSIX).
 * Windows cannot open a folder for syncing; NTFS journals the rename anyway.
 */
function syncDirectorySync(dir: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Some file systems (network shares) refuse; the data itself is synced.
  }
}
