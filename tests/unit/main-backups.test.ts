import { spawn } from 'node:child_process';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { backupFileName, backupTakenAt, createBackupStore } from '../../src/main/backups';
import { createCloseGuard } from '../../src/main/closeGuard';

const freshDir = () => mkdtemp(join(tmpdir(), 'talkoot-backups-'));

describe('backup store (main)', () => {
  it('names backups by their UTC time and reads only such names back', () => {
    const at = new Date(Date.UTC(2026, 11, 1, 14, 45, 3, 123));
    expect(backupFileName(at, false)).toBe('talkoot-backup-20261201T144503123Z.json');
    expect(backupFileName(at, true)).toBe('talkoot-backup-20261201T144503123Z.encrypted');
    expect(backupTakenAt('talkoot-backup-20261201T144503123Z.json')).toEqual(at);
    for (const other of [
      '.talkoot-0a1b2c3d4e5f.tmp',
      'talkoot-backup-20261201T144503123Z.json.tmp',
      'talkoot-backup-20261301T144503123Z.json',
      'notes.json',
    ]) {
      expect(backupTakenAt(other)).toBeUndefined();
    }
  });

  it('writes into a folder it creates, lists newest first, ignores other files', async () => {
    const dir = join(await freshDir(), 'Documents', 'Talkoot', 'Backups');
    let now = Date.UTC(2026, 11, 1, 9);
    const store = createBackupStore({ folder: () => dir, now: () => new Date((now += 1000)) });
    expect(await store.list()).toEqual([]);
    const first = await store.writeBackup('{"a":1}', false);
    const second = await store.writeBackup(new Uint8Array([1, 2, 3]), true);
    await writeFile(join(dir, 'my-notes.json'), 'keep me');
    await writeFile(join(dir, '.talkoot-0a1b2c3d4e5f.tmp'), 'half');
    expect(await store.list()).toEqual([second, first]);
    expect(second).toMatchObject({ encrypted: true, size: 3 });
    expect(new TextDecoder().decode(await store.read(first.name))).toBe('{"a":1}');
    await expect(store.read('my-notes.json')).rejects.toThrow('not a backup name');
    await expect(store.read('../secret.json')).rejects.toThrow('not a backup name');
  });

  it('rotates on every write and never deletes a file that is not a backup', async () => {
    const dir = await freshDir();
    let now = Date.UTC(2026, 0, 1, 12);
    // One backup every 6 hours for 400 days.
    // Plain writes: atomicity is tested below; here only which files stay.
    const store = createBackupStore({
      folder: () => dir,
      now: () => new Date(now),
      write: (path, data) => writeFile(path, data),
    });
    await writeFile(join(dir, 'my-notes.json'), 'keep me');
    for (let i = 0; i < 400 * 4; i++) {
      now += 6 * 3600_000;
      await store.writeBackup(`{"i":${i}}`, false);
    }
    const kept = await store.list();
    expect(kept.length).toBeLessThanOrEqual(5 + 14 + 12);
    expect(kept.length).toBeGreaterThanOrEqual(14 + 11);
    expect(kept[0]!.takenAt).toBe(new Date(now).toISOString());
    expect(await readdir(dir)).toContain('my-notes.json');
  }, 60_000);

  describe('a writer killed at random moments', () => {
    let childScript = '';
    beforeAll(async () => {
      // Bundled once, so each of the 100 children starts in milliseconds.
      const out = join(await freshDir(), 'child.mjs');
      await build({
        entryPoints: [join(__dirname, 'support/backupWriterChild.ts')],
        bundle: true,
        platform: 'node',
        format: 'esm',
        outfile: out,
        logLevel: 'silent',
      });
      childScript = out;
    });

    it('100 times: every listed backup is whole, the newest is the last finished write', async () => {
      const dir = await freshDir();
      const store = createBackupStore({ folder: () => dir, now: () => new Date() });
      let reported = 0;
      for (let round = 0; round < 100; round++) {
        reported = (await runAndKill(childScript, dir, reported, Math.random() * 60)) ?? reported;
        const listed = await store.list();
        const docs = await Promise.all(
          listed.map(
            async (b) =>
              JSON.parse(new TextDecoder().decode(await store.read(b.name))) as {
                seq: number;
                filler: string;
              },
          ),
        );
        // Whole: every listed backup parses and carries all of its filler.
        for (const doc of docs) expect(doc.filler.length).toBe(200_000);
        if (reported > 0) {
          // The kill may land after a rename and before the child said so: at most one more.
          expect(docs[0]!.seq).toBeGreaterThanOrEqual(reported);
          expect(docs[0]!.seq).toBeLessThanOrEqual(reported + 1);
          reported = docs[0]!.seq;
        }
      }
      expect(reported).toBeGreaterThan(0);
      // Whatever a kill left behind is a temp file, which is never listed.
      const names = await readdir(dir);
      const leftovers = names.filter((n) => !backupTakenAt(n));
      expect(leftovers.every((n) => /^\.talkoot-[0-9a-f]{12}\.tmp$/.test(n))).toBe(true);
      console.info(`${leftovers.length} of 100 kills landed mid-write (temp file left)`);
    }, 300_000);
  });
});

/**
 * Start the child counting on from `from`; once it reported its first finished
 * write (so the next is under way), SIGKILL it `ms` later. Returns the last
 * write it reported.
 */
function runAndKill(
  script: string,
  dir: string,
  from: number,
  ms: number,
): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, dir, String(from)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      timer ??= setTimeout(() => child.kill('SIGKILL'), ms);
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') return reject(new Error(`child ended ${code}: ${err}`));
      const seqs = out.split('\n').filter(Boolean).map(Number);
      resolve(seqs.at(-1));
    });
  });
}

describe('close guard: the window closes after its last backup, or after a timeout', () => {
  const harness = (answers = true) => {
    const log: string[] = [];
    let fire: (() => void) | undefined;
    const guard = createCloseGuard({
      askWindow: () => (log.push('ask'), answers),
      closeWindow: () => log.push('close'),
      timeoutMs: 20_000,
      setTimer: (fn) => ((fire = fn), 'timer'),
      clearTimer: () => log.push('clear'),
    });
    const close = () => {
      let prevented = false;
      guard.onClose(() => (prevented = true));
      return prevented;
    };
    return { guard, log, close, timeout: () => fire?.() };
  };

  it('holds the first close, asks once, closes when the window is ready', () => {
    const { guard, log, close } = harness();
    expect(close()).toBe(true);
    expect(close()).toBe(true); // a second click while the backup is written
    guard.ready();
    expect(log).toEqual(['ask', 'clear', 'close']);
    expect(close()).toBe(false); // the real close goes through
  });

  it('a window that never answers is closed at the timeout', () => {
    const { log, close, timeout } = harness();
    close();
    timeout();
    expect(log).toEqual(['ask', 'clear', 'close']);
  });

  it('a crashed page is not waited for', () => {
    const { log, close } = harness(false);
    expect(close()).toBe(true);
    expect(log).toEqual(['ask', 'clear', 'close']);
  });
});
