import { describe, expect, it } from 'vitest';
import { backupSummary } from '../../src/core/backup/backupSummary';
import { backupsToKeep, type BackupStamp } from '../../src/core/backup/rotation';
import { decryptFile } from '../../src/core/crypto/encryptedFile';
import { emptyDataset } from '../../src/core/schemas';
import { folderBackupStore } from '../../src/renderer/src/backup/browserFolder';
import {
  encryptionWanted,
  sealForSaving,
  sessionPassphrase,
  setSessionPassphrase,
} from '../../src/renderer/src/backup/passphrase';

/**
 * An in-memory FileSystemDirectoryHandle with what the browser's folder
 * backups use, including Chromium's behaviour that matters: a writable puts
 * its bytes in place only on close(), and getFileHandle(create) makes an
 * empty file at once. `failWrites` makes every write refuse as a full disk.
 */
function fakeFolder(name = 'Varmuuskopiot') {
  const files = new Map<string, Uint8Array>();
  const state = { failWrites: false };
  const fileHandle = (fileName: string) => ({
    kind: 'file' as const,
    name: fileName,
    getFile: async () => new Blob([files.get(fileName)! as Uint8Array<ArrayBuffer>]),
    createWritable: async () => {
      let pending: Uint8Array = new Uint8Array();
      return {
        write: async (data: Uint8Array) => {
          if (state.failWrites) throw new DOMException('full', 'QuotaExceededError');
          pending = data;
        },
        close: async () => void files.set(fileName, pending),
        abort: async () => undefined,
      };
    },
  });
  const handle = {
    kind: 'directory',
    name,
    async *values() {
      for (const fileName of [...files.keys()]) yield fileHandle(fileName);
    },
    getFileHandle: async (fileName: string, options?: { create?: boolean }) => {
      if (!files.has(fileName)) {
        if (!options?.create) throw new DOMException('none', 'NotFoundError');
        files.set(fileName, new Uint8Array());
      }
      return fileHandle(fileName);
    },
    removeEntry: async (fileName: string) => void files.delete(fileName),
  };
  return { handle: handle as unknown as FileSystemDirectoryHandle, files, state };
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('browser folder backups', () => {
  it('writes named backups, lists them newest first and reads them back', async () => {
    const { handle, files } = fakeFolder();
    let now = new Date('2026-12-01T10:00:00.000Z');
    const store = folderBackupStore(handle, () => now);
    files.set('notes.txt', bytes('not a backup'));
    const first = await store.write(bytes('{"a":1}'), false);
    now = new Date('2026-12-01T11:00:00.000Z');
    const second = await store.write(bytes('{"a":2}'), true);
    expect(first).toMatchObject({ ok: true, backup: { encrypted: false, size: 7 } });
    expect(second.ok && second.backup.name).toBe('talkoot-backup-20261201T110000000Z.encrypted');
    const status = await store.status();
    expect(status.folder).toBe('Varmuuskopiot');
    expect(status.backups.map((b) => b.name)).toEqual([
      'talkoot-backup-20261201T110000000Z.encrypted',
      'talkoot-backup-20261201T100000000Z.json',
    ]);
    expect(new TextDecoder().decode(await store.read(status.backups[1]!.name))).toBe('{"a":1}');
    await expect(store.read('notes.txt')).rejects.toThrow(/not a backup name/);
    expect(files.has('notes.txt')).toBe(true);
  });

  it('two backups in the same millisecond get distinct names', async () => {
    const { handle } = fakeFolder();
    const store = folderBackupStore(handle, () => new Date('2026-12-01T10:00:00.000Z'));
    await store.write(bytes('1'), false);
    await store.write(bytes('2'), false);
    expect((await store.status()).backups).toHaveLength(2);
  });

  it('rotates as the desktop app does (core/backup/rotation), across a month end', async () => {
    const { handle } = fakeFolder();
    let now = new Date(2026, 0, 1, 12);
    const store = folderBackupStore(handle, () => now);
    const written: BackupStamp[] = [];
    // Three backups a day for 40 days, from January into February.
    for (let day = 0; day < 40; day++) {
      for (let hour = 9; hour < 12; hour++) {
        now = new Date(2026, 0, 1 + day, hour);
        const result = await store.write(bytes(`${day}-${hour}`), false);
        if (result.ok) written.push({ name: result.backup.name, takenAt: now });
      }
    }
    const kept = (await store.status()).backups.map((b) => b.name);
    expect(kept.length).toBeLessThan(written.length);
    expect(new Set(kept)).toEqual(backupsToKeep(written, now));
    expect(kept[0]).toBe(written.at(-1)!.name);
  });

  it('a refused write says why, and leaves no backup, not even an empty one', async () => {
    const { handle, state, files } = fakeFolder('USB');
    const store = folderBackupStore(handle, () => new Date('2026-12-01T10:00:00.000Z'));
    await store.write(bytes('good'), false);
    state.failWrites = true;
    const result = await store.write(bytes('never'), false);
    expect(result).toEqual({ ok: false, failure: 'noSpace', folder: 'USB' });
    const listed = (await store.status()).backups;
    expect(listed).toHaveLength(1);
    expect(files.size).toBe(1);
    expect(new TextDecoder().decode(await store.read(listed[0]!.name))).toBe('good');
  });

  it('an empty file under a backup name (a write cut off before close) is not listed', async () => {
    const { handle, files } = fakeFolder();
    files.set('talkoot-backup-20261201T090000000Z.json', new Uint8Array());
    const store = folderBackupStore(handle);
    expect((await store.status()).backups).toEqual([]);
  });
});

describe('the session passphrase', () => {
  it('encrypts while it is set, is never kept anywhere but memory, and stops when cleared', async () => {
    const plain = bytes('{"format":"talkoot"}');
    expect(await sealForSaving(plain)).toEqual({ data: plain, encrypted: false });
    setSessionPassphrase('kolme karhua metsässä');
    expect(sessionPassphrase()).toBe('kolme karhua metsässä');
    const sealed = await sealForSaving(plain);
    expect(sealed.encrypted).toBe(true);
    const opened = await decryptFile(sealed.data, 'kolme karhua metsässä');
    expect(opened.ok && new TextDecoder().decode(opened.plain)).toBe('{"format":"talkoot"}');
    setSessionPassphrase(null);
    expect(sessionPassphrase()).toBeNull();
    expect(encryptionWanted()).toBe(false);
    expect((await sealForSaving(plain)).encrypted).toBe(false);
  });
});

describe('backupSummary', () => {
  it('counts what a backup holds, the trash left out', () => {
    const dataset = emptyDataset();
    const stamp = { createdAt: 'x', updatedAt: 'x' };
    dataset.profile.push({ id: 'p', name: 'Järvilinnan Sydänyhdistys ry', ...stamp } as never);
    dataset.people.push(
      { id: 'a', ...stamp } as never,
      { id: 'b', deletedAt: '2026-01-01T00:00:00.000Z', ...stamp } as never,
    );
    dataset.hours.push({ id: 'h', ...stamp } as never);
    expect(backupSummary(dataset)).toEqual({
      associationName: 'Järvilinnan Sydänyhdistys ry',
      people: 1,
      hours: 1,
      activities: 0,
      grants: 0,
      records: 4,
    });
  });
});
