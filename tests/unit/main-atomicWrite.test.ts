import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/main/atomicWrite';

describe('writeFileAtomic', () => {
  it('writes text and bytes and leaves no temporary file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'talkoot-aw-'));
    await writeFileAtomic(join(dir, 'a.json'), 'Åsa Öhman 🌱 €');
    await writeFileAtomic(join(dir, 'b.pdf'), new Uint8Array([37, 80, 68, 70]));
    expect(await readFile(join(dir, 'a.json'), 'utf8')).toBe('Åsa Öhman 🌱 €');
    expect([...(await readFile(join(dir, 'b.pdf')))]).toEqual([37, 80, 68, 70]);
    expect((await readdir(dir)).sort()).toEqual(['a.json', 'b.pdf']);
  });

  it('replaces an existing file whole', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'talkoot-aw-'));
    const path = join(dir, 'backup.json');
    await writeFile(path, 'old contents that are longer than the new ones');
    await writeFileAtomic(path, 'new');
    expect(await readFile(path, 'utf8')).toBe('new');
  });

  it('fails cleanly when the folder does not exist, leaving nothing behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'talkoot-aw-'));
    await expect(writeFileAtomic(join(dir, 'missing', 'x.json'), 'x')).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});
