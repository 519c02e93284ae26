import { mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomicWrite } from '../../src/main/atomicWrite';

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
      code: 'ENOENT',
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
