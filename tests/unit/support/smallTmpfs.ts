import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach } from 'vitest';

/**
 * A fresh 64 KiB tmpfs for one test file's tests (emptied before each), or
 * undefined where mounting is not allowed (not root): those tests then report
 * as skipped, never as passed. Call at the top level of a describe block.
 */
export function mountSmallTmpfs(): string | undefined {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return undefined;
  const dir = fs.mkdtempSync(join(tmpdir(), 'talkoot-fulldisk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  afterAll(() => {
    execFileSync('umount', [dir]);
  });
  beforeEach(() => {
    for (const f of fs.readdirSync(dir)) fs.rmSync(join(dir, f), { force: true, recursive: true });
  });
  return dir;
}
