import { mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { mountSmallTmpfs } from './support/smallTmpfs';
import {
  AtomicWriteError,
  atomicWrite,
  atomicWriteSync,
  type WriterFs,
} from '../../src/node/atomicWrite';

const freshDir = () => mkdtemp(join(tmpdir(), 'talkoot-atomic-'));

describe('atomicWrite', () => {
  it('writes text as UTF-8 and bytes as they are, leaving no temporary file', async () => {
    const dir = await freshDir();
    await atomicWrite(join(dir, 'a.json'), 'Åsa Öhman 🌱 1 234,50 €');
    await atomicWrite(join(dir, 'b.pdf'), new Uint8Array([37, 80, 68, 70, 0, 255]));
    expect(await readFile(join(dir, 'a.json'), 'utf8')).toBe('Åsa Öhman 🌱 1 234,50 €');
    expect([...(await readFile(join(dir, 'b.pdf')))]).toEqual([37, 80, 68, 70, 0, 255]);
    expect((await readdir(dir)).sort()).toEqual(['a.json', 'b.pdf']);
  });

  it('replaces an existing file whole, keeping its permissions', async () => {
    const dir = await freshDir();
    const path = join(dir, 'backup.json');
    await writeFile(path, 'old contents that are longer than the new ones', { mode: 0o600 });
    await atomicWrite(path, 'new');
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['backup.json']);
    if (process.platform !== 'win32') expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('works for a file name too long to carry a temp suffix', async () => {
    const dir = await freshDir();
    const name = `${'k'.repeat(245)}.json`; // 250 characters: near the 255 limit
    await atomicWrite(join(dir, name), '{}');
    expect(await readdir(dir)).toEqual([name]);
  });

  it('fails cleanly when the target folder is missing, creating nothing', async () => {
    const dir = await freshDir();
    await expect(atomicWrite(join(dir, 'missing', 'x.json'), 'x')).rejects.toMatchObject({
      reason: 'missingFolder',
      cause: { code: 'ENOENT' },
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('leaves the original intact and no temp file when writing fails midway', async () => {
    const dir = await freshDir();
    const path = join(dir, 'members.json');
    await writeFile(path, 'original');
    // Data that the write rejects after the temp file exists: the same path as
    // a full disk (ENOSPC) or an I/O error during the write.
    const unwritable = 42 as unknown as string;
    await expect(atomicWrite(path, unwritable)).rejects.toThrow();
    expect(await readFile(path, 'utf8')).toBe('original');
    expect(await readdir(dir)).toEqual(['members.json']);
  });

  it('leaves the target intact and no temp file when the final rename fails', async () => {
    const dir = await freshDir();
    // A non-empty folder where the file should go: rename cannot replace it.
    const target = join(dir, 'report.pdf');
    await mkdir(target);
    await writeFile(join(target, 'keep.txt'), 'keep');
    await expect(atomicWrite(target, 'x')).rejects.toThrow();
    expect(await readFile(join(target, 'keep.txt'), 'utf8')).toBe('keep');
    expect(await readdir(dir)).toEqual(['report.pdf']);
  });
});

describe('a full disk, a short write, a read-only folder', () => {
  it('a write that comes back short is a full disk: original untouched, no temp file', async () => {
    const dir = await freshDir();
    const path = join(dir, 'data.json');
    await writeFile(path, 'original');
    // Linux writes part of a file on a full disk and returns the count without an error.
    const stub: WriterFs = {
      ...fs,
      writeSync: ((fd: number, buffer: Uint8Array, offset: number, length: number) =>
        fs.writeSync(fd, buffer, offset, Math.min(length, 7)) && (offset >= 7 ? 0 : 7)) as never,
    };
    let error: unknown;
    try {
      atomicWriteSync(path, 'x'.repeat(1000), stub);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AtomicWriteError);
    expect((error as AtomicWriteError).reason).toBe('noSpace');
    expect(await readFile(path, 'utf8')).toBe('original');
    expect(await readdir(dir)).toEqual(['data.json']);
  });

  const mountDir = mountSmallTmpfs();
  it.runIf(mountDir)(
    'on a real full disk (tmpfs of 64 KiB) both writers refuse and keep the original',
    async () => {
      const dir = mountDir!;
      const path = join(dir, 'data.json');
      await writeFile(path, 'original');
      const big = 'ö'.repeat(100_000);
      expect(() => atomicWriteSync(path, big)).toThrow(AtomicWriteError);
      await expect(atomicWrite(path, big)).rejects.toMatchObject({ reason: 'noSpace' });
      expect(await readFile(path, 'utf8')).toBe('original');
      expect(await readdir(dir)).toEqual(['data.json']);
    },
  );

  it.runIf(mountDir)(
    'the CLI on a full disk exits 1 with a message and leaves its file byte for byte',
    async () => {
      const dir = mountDir!;
      const path = join(dir, 'demo.json');
      await writeFile(path, 'original');
      const err: string[] = [];
      const code = await runCli(['demo', '--out', path, '--scale', '200'], {
        out: () => undefined,
        err: (l) => err.push(l),
      });
      expect(code).toBe(1);
      expect(err.join('\n')).toContain('levy on täynnä');
      expect(await readFile(path, 'utf8')).toBe('original');
      expect(await readdir(dir)).toEqual(['demo.json']);
    },
  );

  it.runIf(mountDir)('a read-only folder: the CLI says so in the chosen language', async () => {
    const dir = mountDir!;
    await writeFile(join(dir, 'keep.json'), 'keep');
    execFileSync('mount', ['-o', 'remount,ro', dir]);
    try {
      const err: string[] = [];
      const code = await runCli(['demo', '--out', join(dir, 'keep.json'), '--lang', 'sv'], {
        out: () => undefined,
        err: (l) => err.push(l),
      });
      expect(code).toBe(1);
      expect(err.join('\n')).toContain('skrivskyddad');
      expect(await readFile(join(dir, 'keep.json'), 'utf8')).toBe('keep');
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', dir]);
    }
  });
});
