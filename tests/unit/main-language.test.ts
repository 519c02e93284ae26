import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyStoredLanguage,
  chromiumLocale,
  LANGUAGE_FILE,
  readStoredLanguage,
  storeLanguage,
  type AppLanguage,
} from '../../src/main/appLanguage';
import { createBackupService } from '../../src/main/backupService';
import { createIpcHandlers, type IpcHandler } from '../../src/main/ipcHandlers';
import { ipcChannels, ipcErrorCodes, type AppInfo } from '../../src/shared/ipc';

const tempDir = () => mkdtemp(join(tmpdir(), 'talkoot-lang-'));

/** A command line that records the switches appended to it. */
function recordingCommandLine() {
  const switches: [string, string | undefined][] = [];
  return { switches, appendSwitch: (name: string, value?: string) => switches.push([name, value]) };
}

describe('the app language in main', () => {
  it('is stored atomically in userData and applied to Chromium at the next start', async () => {
    const dir = await tempDir();
    await storeLanguage(dir, 'sv');
    expect(JSON.parse(await readFile(join(dir, LANGUAGE_FILE), 'utf8'))).toEqual({
      language: 'sv',
    });
    // Only the file itself is left: the atomic writer's temp file is gone.
    expect(await readdir(dir)).toEqual([LANGUAGE_FILE]);

    const commandLine = recordingCommandLine();
    expect(applyStoredLanguage(commandLine, dir)).toBe('sv');
    expect(commandLine.switches).toEqual([['lang', 'sv']]);

    await storeLanguage(dir, 'en');
    const next = recordingCommandLine();
    applyStoredLanguage(next, dir);
    // English dates day first (en-GB), never the US month first.
    expect(next.switches).toEqual([['lang', 'en-GB']]);
  });

  it('leaves the system locale alone on a first start or a damaged file', async () => {
    const dir = await tempDir();
    const commandLine = recordingCommandLine();
    expect(applyStoredLanguage(commandLine, dir)).toBeNull();
    for (const text of ['{', '{"language":"de"}', '[]', '']) {
      await writeFile(join(dir, LANGUAGE_FILE), text);
      expect(readStoredLanguage(dir), text).toBeNull();
      expect(applyStoredLanguage(commandLine, dir)).toBeNull();
    }
    expect(commandLine.switches).toEqual([]);
  });

  it.each([
    ['fi', 'fi'],
    ['sv', 'sv'],
    ['en', 'en-GB'],
  ] as const)('%s is Chromium locale %s', (language, locale) => {
    expect(chromiumLocale(language)).toBe(locale);
  });
});

describe('the setLanguage message', () => {
  const info: AppInfo = { name: 'Talkoot', version: '0', platform: 'linux', userDataPath: '/x' };
  const setup = (saved: AppLanguage[]) => {
    const handlers = createIpcHandlers({
      dialogs: {
        chooseSavePath: async () => null,
        chooseOpenPath: async () => null,
        chooseFolder: async () => null,
      },
      documentsDir: () => '/tmp',
      appInfo: () => info,
      saveLanguage: async (language) => void saved.push(language),
      backups: createBackupService({
        settingsPath: '/nonexistent/settings.json',
        defaultFolder: () => '/nonexistent/Backups',
        now: () => new Date(),
        chooseFolder: async () => null,
      }),
      readyToClose: () => undefined,
    });
    return handlers[ipcChannels.setLanguage] as IpcHandler;
  };
  const appEvent = { senderFrame: { url: 'app://talkoot/#/' } };

  it('stores a language the app has', async () => {
    const saved: AppLanguage[] = [];
    await setup(saved)(appEvent, { language: 'fi' });
    expect(saved).toEqual(['fi']);
  });

  it('refuses another sender, another language and extra fields, storing nothing', async () => {
    const saved: AppLanguage[] = [];
    const handler = setup(saved);
    await expect(
      handler({ senderFrame: { url: 'https://evil.example/' } }, { language: 'fi' }),
    ).rejects.toThrow(ipcErrorCodes.forbiddenSender);
    for (const bad of [[{ language: 'de' }], [{ language: 'fi', path: '/etc' }], ['fi'], []]) {
      await expect(handler(appEvent, ...bad)).rejects.toThrow(ipcErrorCodes.invalidRequest);
    }
    expect(saved).toEqual([]);
  });
});
