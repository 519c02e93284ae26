import { mkdtemp, open, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createIpcHandlers,
  registerIpcHandlers,
  selectFileDialogs,
  type FileDialogs,
  type IpcHandler,
} from '../../src/main/ipcHandlers';
import {
  ipcChannels,
  ipcErrorCodes,
  MAX_FILE_BYTES,
  openFileRequestSchema,
  saveFileRequestSchema,
  toFileName,
  type AppInfo,
} from '../../src/shared/ipc';
import { mountSmallTmpfs } from './support/smallTmpfs';
import { createBackupService } from '../../src/main/backupService';

describe('IPC payload schemas', () => {
  it('accept well-formed requests', () => {
    expect(
      saveFileRequestSchema.safeParse({
        suggestedName: 'talkoot-2026-11-22.json',
        data: '{}',
        filters: [{ name: 'Talkoot', extensions: ['json'] }],
      }).success,
    ).toBe(true);
    expect(
      saveFileRequestSchema.safeParse({
        suggestedName: 'Käyttöselvitys: Tampere 2026.pdf',
        data: new Uint8Array([1]),
      }).success,
    ).toBe(true);
    expect(openFileRequestSchema.safeParse({}).success).toBe(true);
    expect(openFileRequestSchema.parse({}).filters).toEqual([]);
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'talkoot.json'],
    ['no name', { data: '{}' }],
    ['an empty name', { suggestedName: '', data: '' }],
    ['a folder in the name', { suggestedName: '../../.bashrc', data: '' }],
    ['a Windows folder in the name', { suggestedName: 'C:\\Users\\x.json', data: '' }],
    ['a control character in the name', { suggestedName: 'a\u0000.json', data: '' }],
    ['a dot-dot name', { suggestedName: '..', data: '' }],
    ['a name over 255 characters', { suggestedName: `${'a'.repeat(256)}`, data: '' }],
    ['a number as data', { suggestedName: 'x', data: 42 }],
    ['a plain array as data', { suggestedName: 'x', data: [1, 2, 3] }],
    ['an unknown key', { suggestedName: 'x', data: '', path: '/etc/passwd' }],
    [
      'a bad extension',
      { suggestedName: 'x', data: '', filters: [{ name: 'x', extensions: ['../sh'] }] },
    ],
    [
      'a wildcard extension',
      { suggestedName: 'x', data: '', filters: [{ name: 'x', extensions: ['*'] }] },
    ],
    ['no extensions', { suggestedName: 'x', data: '', filters: [{ name: 'x', extensions: [] }] }],
  ])('reject a save request with %s', (_label, payload) => {
    expect(saveFileRequestSchema.safeParse(payload).success).toBe(false);
  });

  it('rejects data over 200 MB without copying it', () => {
    const huge = new Uint8Array(new ArrayBuffer(MAX_FILE_BYTES + 1));
    expect(saveFileRequestSchema.safeParse({ suggestedName: 'x.pdf', data: huge }).success).toBe(
      false,
    );
  });

  it.each([
    ['a string', 'json'],
    ['filters that are not a list', { filters: 'json' }],
    ['an unknown key', { filters: [], defaultPath: '/etc' }],
    ['a filter without a name', { filters: [{ extensions: ['json'] }] }],
  ])('reject an open request with %s', (_label, payload) => {
    expect(openFileRequestSchema.safeParse(payload).success).toBe(false);
  });
});

// --- The handlers themselves, with stub dialogs and real temp folders --------

const appEvent = { senderFrame: { url: 'app://talkoot/#/reports' } };
const info: AppInfo = { name: 'Talkoot', version: '0.1.0', platform: 'linux', userDataPath: '/x' };

async function setup(
  answers: { save?: string | null; open?: string | null; folder?: string | null } = {},
) {
  const dir = await mkdtemp(join(tmpdir(), 'talkoot-ipc-'));
  const asked: { save: unknown[]; open: unknown[] } = { save: [], open: [] };
  const dialogs: FileDialogs = {
    chooseSavePath: async (options) => {
      asked.save.push(options);
      return answers.save ?? null;
    },
    chooseOpenPath: async (options) => {
      asked.open.push(options);
      return answers.open ?? null;
    },
    chooseFolder: async () => null,
  };
  const closes: string[] = [];
  const backups = createBackupService({
    settingsPath: join(dir, 'userData', 'settings.json'),
    defaultFolder: () => join(dir, 'Documents', 'Talkoot', 'Backups'),
    now: () => new Date(Date.UTC(2026, 11, 1, 12)),
    chooseFolder: async () => answers.folder ?? null,
  });
  const handlers = createIpcHandlers({
    dialogs,
    documentsDir: () => join(dir, 'Documents'),
    appInfo: () => info,
    backups,
    readyToClose: () => closes.push('ready'),
  });
  const call = (channel: keyof typeof ipcChannels, event: unknown, ...args: unknown[]) =>
    (handlers[ipcChannels[channel]] as IpcHandler)(event as typeof appEvent, ...args);
  return { dir, asked, call, handlers, closes };
}

describe('IPC handlers', () => {
  it('register exactly one handler per channel', async () => {
    const { handlers } = await setup();
    const registered: string[] = [];
    registerIpcHandlers({ handle: (channel: string) => void registered.push(channel) }, handlers);
    expect(registered.sort()).toEqual(Object.values(ipcChannels).sort());
  });

  it.each([
    ['a web page', { senderFrame: { url: 'https://evil.example/' } }],
    ['a local file', { senderFrame: { url: 'file:///tmp/x.html' } }],
    ['another app:// host', { senderFrame: { url: 'app://other/' } }],
    ['the dev server when not in dev', { senderFrame: { url: 'http://localhost:5173/' } }],
    ['a destroyed frame', { senderFrame: null }],
  ])('refuse every message from %s, before looking at the payload', async (_label, event) => {
    const { call, asked } = await setup({ save: '/tmp/never' });
    for (const [channel, args] of [
      ['saveFile', [{ suggestedName: 'x.json', data: '{}' }]],
      ['openFile', [{}]],
      ['appInfo', []],
      ['backupStatus', []],
      ['backupWrite', [{ data: '{}', encrypted: false }]],
      ['backupRead', [{ name: 'talkoot-backup-20261201T120000000Z.json' }]],
      ['backupChooseFolder', []],
      ['readyToClose', []],
    ] as const) {
      await expect(call(channel, event, ...args)).rejects.toThrow(ipcErrorCodes.forbiddenSender);
    }
    expect(asked.save).toEqual([]);
  });

  it('accept the dev server origin when main runs in dev', async () => {
    const { handlers: prod } = await setup();
    const handlers = createIpcHandlers({
      dialogs: selectFileDialogs(
        {},
        {
          chooseSavePath: async () => null,
          chooseOpenPath: async () => null,
          chooseFolder: async () => null,
        },
      ),
      documentsDir: () => '/docs',
      appInfo: () => info,
      devUrl: 'http://localhost:5173',
      backups: createBackupService({
        settingsPath: '/nonexistent/settings.json',
        defaultFolder: () => '/nonexistent/Backups',
        now: () => new Date(),
        chooseFolder: async () => null,
      }),
      readyToClose: () => undefined,
    });
    expect(Object.keys(prod).sort()).toEqual(Object.keys(handlers).sort());
    await expect(
      handlers[ipcChannels.appInfo]({ senderFrame: { url: 'http://localhost:5173/#/' } }),
    ).resolves.toEqual(info);
  });

  it('reject a bad payload with a clear error and show no dialog', async () => {
    const { call, asked } = await setup({ save: '/tmp/never' });
    await expect(call('saveFile', appEvent, { suggestedName: '../x', data: '' })).rejects.toThrow(
      ipcErrorCodes.invalidRequest,
    );
    await expect(call('saveFile', appEvent)).rejects.toThrow(ipcErrorCodes.invalidRequest);
    await expect(call('openFile', appEvent, { filters: 'x' })).rejects.toThrow(
      ipcErrorCodes.invalidRequest,
    );
    await expect(call('openFile', appEvent, {}, {})).rejects.toThrow(ipcErrorCodes.invalidRequest);
    await expect(call('appInfo', appEvent, 'extra')).rejects.toThrow(ipcErrorCodes.invalidRequest);
    expect(asked).toEqual({ save: [], open: [] });
  });

  it('saveFile offers the name in Documents and writes the chosen file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'talkoot-ipc-'));
    const target = join(dir, 'out.pdf');
    const { call, asked } = await setup({ save: target });
    await expect(
      call('saveFile', appEvent, {
        suggestedName: 'Käyttöselvitys: 2026?.pdf',
        data: new Uint8Array([37, 80, 68, 70]),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      }),
    ).resolves.toEqual({ saved: true, path: target });
    expect([...(await readFile(target))]).toEqual([37, 80, 68, 70]);
    expect(asked.save).toEqual([
      expect.objectContaining({
        defaultPath: expect.stringMatching(/Documents[/\\]Käyttöselvitys_ 2026_\.pdf$/),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      }),
    ]);
  });

  it('saveFile writes nothing when the dialog is cancelled', async () => {
    const { dir, call } = await setup({ save: null });
    await expect(
      call('saveFile', appEvent, { suggestedName: 'x.json', data: '{}' }),
    ).resolves.toEqual({ saved: false });
    expect(await readdir(dir)).toEqual([]);
  });

  it('saveFile into a folder that is gone answers with the reason, not a Node error', async () => {
    const { dir, call } = await setup({ save: '/nonexistent-talkoot/x/out.json' });
    await expect(
      call('saveFile', appEvent, { suggestedName: 'x.json', data: '{}' }),
    ).resolves.toEqual({
      saved: false,
      failure: 'missingFolder',
      path: '/nonexistent-talkoot/x/out.json',
    });
    expect(await readdir(dir)).toEqual([]);
  });

  const fullDisk = mountSmallTmpfs();
  it.runIf(fullDisk)(
    'saveFile on a full disk (tmpfs of 64 KiB) answers noSpace and keeps the old file',
    async () => {
      const target = join(fullDisk!, 'talkoot.json');
      await writeFile(target, 'original');
      const { call } = await setup({ save: target });
      await expect(
        call('saveFile', appEvent, { suggestedName: 'x.json', data: 'ö'.repeat(100_000) }),
      ).resolves.toEqual({ saved: false, failure: 'noSpace', path: target });
      expect(await readFile(target, 'utf8')).toBe('original');
      expect(await readdir(fullDisk!)).toEqual(['talkoot.json']);
    },
  );

  it('backups: status, write, read back, a new folder remembered; a foreign name refused', async () => {
    const { dir, call, closes } = await setup({ folder: null });
    const folder = join(dir, 'Documents', 'Talkoot', 'Backups');
    await expect(call('backupStatus', appEvent)).resolves.toEqual({ folder, backups: [] });
    const written = (await call('backupWrite', appEvent, {
      data: '{"x":1}',
      encrypted: false,
    })) as {
      ok: true;
      backup: { name: string };
    };
    expect(written).toEqual({
      ok: true,
      backup: {
        name: 'talkoot-backup-20261201T120000000Z.json',
        takenAt: '2026-12-01T12:00:00.000Z',
        size: 7,
        encrypted: false,
      },
    });
    const bytes = (await call('backupRead', appEvent, { name: written.backup.name })) as Uint8Array;
    expect(new TextDecoder().decode(bytes)).toBe('{"x":1}');
    await expect(call('backupRead', appEvent, { name: 'settings.json' })).rejects.toThrow(
      'not a backup name',
    );
    await expect(call('backupRead', appEvent, { name: '../x.json' })).rejects.toThrow(
      ipcErrorCodes.invalidRequest,
    );
    await expect(call('backupWrite', appEvent, { data: '{}' })).rejects.toThrow(
      ipcErrorCodes.invalidRequest,
    );
    // Cancelled folder dialog: nothing changes.
    await expect(call('backupChooseFolder', appEvent)).resolves.toBeNull();
    await expect(call('readyToClose', appEvent)).resolves.toBeUndefined();
    expect(closes).toEqual(['ready']);
  });

  it('backups: the chosen folder is kept in settings.json and used from then on', async () => {
    const base = await mkdtemp(join(tmpdir(), 'talkoot-ipc-'));
    const usb = join(base, 'usb');
    const { dir, call } = await setup({ folder: usb });
    await expect(call('backupChooseFolder', appEvent)).resolves.toEqual({
      folder: usb,
      backups: [],
    });
    expect(JSON.parse(await readFile(join(dir, 'userData', 'settings.json'), 'utf8'))).toEqual({
      backupFolder: usb,
    });
    await call('backupWrite', appEvent, { data: new Uint8Array([1]), encrypted: true });
    expect(await readdir(usb)).toEqual(['talkoot-backup-20261201T120000000Z.encrypted']);
  });

  it('backups into a folder that cannot be made answer with the reason', async () => {
    const { call } = await setup();
    const base = await mkdtemp(join(tmpdir(), 'talkoot-ipc-'));
    const blocker = join(base, 'file');
    await writeFile(blocker, 'not a folder');
    const service = createBackupService({
      settingsPath: join(base, 'settings.json'),
      defaultFolder: () => join(blocker, 'Backups'),
      now: () => new Date(),
      chooseFolder: async () => null,
    });
    await expect(service.write('{}', false)).resolves.toEqual({
      ok: false,
      failure: 'missingFolder',
      folder: join(blocker, 'Backups'),
    });
    void call;
  });

  it('openFile returns the name and bytes, or null when cancelled', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'talkoot-ipc-'));
    const path = join(dir, 'jäsenet.csv');
    await writeFile(path, 'Nimi;Kotikunta\r\n');
    const { call } = await setup({ open: path });
    const result = (await call('openFile', appEvent, {})) as { name: string; data: Uint8Array };
    expect(result.name).toBe('jäsenet.csv');
    expect(result.data).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(result.data)).toBe('Nimi;Kotikunta\r\n');
    const { call: callCancel } = await setup({ open: null });
    await expect(callCancel('openFile', appEvent, {})).resolves.toBeNull();
  });

  it('openFile refuses a file over 200 MB with a clear error, without reading it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'talkoot-ipc-'));
    const path = join(dir, 'huge.json');
    const handle = await open(path, 'w');
    await handle.truncate(MAX_FILE_BYTES + 1); // sparse: no 200 MB actually written
    await handle.close();
    const { call } = await setup({ open: path });
    await expect(call('openFile', appEvent, {})).rejects.toThrow(
      /TALKOOT_FILE_TOO_LARGE: huge\.json is 200\.0 MB; files over 200 MB are not opened/,
    );
  });

  it('appInfo answers with the app facts', async () => {
    const { call } = await setup();
    await expect(call('appInfo', appEvent)).resolves.toEqual(info);
  });
});

describe('selectFileDialogs', () => {
  const native: FileDialogs = {
    chooseSavePath: async () => 'native-save',
    chooseOpenPath: async () => 'native-open',
    chooseFolder: async () => 'native-folder',
  };

  it('uses the native dialogs unless TALKOOT_E2E is exactly 1', async () => {
    for (const env of [
      {},
      { TALKOOT_E2E: '0' },
      { TALKOOT_E2E: 'true', TALKOOT_E2E_SAVE_PATH: '/x' },
    ]) {
      expect(selectFileDialogs(env, native)).toBe(native);
    }
  });

  it('in e2e mode answers with the env paths, read at each call; unset means cancelled', async () => {
    const env: NodeJS.ProcessEnv = { TALKOOT_E2E: '1', TALKOOT_E2E_SAVE_PATH: '/tmp/a.json' };
    const dialogs = selectFileDialogs(env, native);
    await expect(dialogs.chooseSavePath({})).resolves.toBe('/tmp/a.json');
    await expect(dialogs.chooseOpenPath({})).resolves.toBeNull();
    env.TALKOOT_E2E_OPEN_PATH = '/tmp/b.csv';
    await expect(dialogs.chooseOpenPath({})).resolves.toBe('/tmp/b.csv');
  });
});

describe('toFileName', () => {
  it('makes a bare file name every OS accepts, which the save schema then accepts', () => {
    const cases: [name: string, expected: string][] = [
      ['Raportti: "kevät" <2026>|?*.pdf', 'Raportti_ _kevät_ _2026____.pdf'],
      ['A/B ry\\jäsenet.csv', 'A_B ry_jäsenet.csv'],
      ['rivi\nvaihto.json', 'rivi_vaihto.json'],
      ['talkoot-2026-11-22.json', 'talkoot-2026-11-22.json'],
      ['..', '_'],
      ['   ', '_'],
    ];
    for (const [name, expected] of cases) {
      expect(toFileName(name)).toBe(expected);
      expect(
        saveFileRequestSchema.safeParse({ suggestedName: toFileName(name), data: '' }).success,
      ).toBe(true);
    }
  });
});
