import { randomBytes } from 'node:crypto';
import { open, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';

// Windows: a virus scanner or the search indexer may hold the fresh temp file
// open for a moment, and renaming over a file fails with EPERM/EBUSY/EACCES
// until it lets go. Retry briefly before giving up (as graceful-fs does).
const RENAME_RETRY_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
const RENAME_ATTEMPTS = 5;
const RENAME_RETRY_DELAY_MS = 100;

/**
 * Writes `data` (text as UTF-8, or bytes) to `targetPath` atomically: into a
 * temp file in the same folder, fsync, then rename over the target. A reader
 * (or a crash, or a full disk) sees either the old file or the new one, never
 * a half-written file. On failure the temp file is removed and the original,
 * if any, is left as it was.
 */
export async function atomicWrite(targetPath: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(targetPath);
  // A short fixed-length name: a long target name must not make the temp name
  // too long for the file system. The leading dot hides it on macOS/Linux.
  const tempPath = join(dir, `.talkoot-${randomBytes(6).toString('hex')}.tmp`);
  const existingMode = await modeOf(targetPath);

  let created = false;
  try {
    // 'wx': never reuse or follow something already at the temp path.
    const handle = await open(tempPath, 'wx', existingMode ?? 0o666);
    created = true;
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(tempPath, targetPath);
    created = false;
  } catch (error) {
    if (created) await unlink(tempPath).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dir);
}

/** The permission bits of an existing file (kept on replace), or null. */
async function modeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).mode & 0o777;
  } catch {
    return null;
  }
}

async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (attempt >= RENAME_ATTEMPTS || !RENAME_RETRY_CODES.has(code)) throw error;
      await new Promise((done) => setTimeout(done, RENAME_RETRY_DELAY_MS * attempt));
    }
  }
}

/**
 * fsync the folder so that the rename itself survives a power cut (POSIX).
 * Windows cannot open a folder for syncing; NTFS journals the rename anyway.
 */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems (network shares) refuse; the data itself is synced.
  }
}
