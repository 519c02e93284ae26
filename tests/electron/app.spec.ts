import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { electronBinary, skipReason } from './binary';

test.skip(electronBinary === null, skipReason);

const mainEntry = resolve(import.meta.dirname, '../../out/main/index.js');

let app: ElectronApplication;
let page: Page;
let dataDir: string;
let filesDir: string;

test.beforeAll(async () => {
  if (!existsSync(mainEntry)) {
    throw new Error(`${mainEntry} is missing: run \`npx electron-vite build\` first`);
  }
  // A fresh data folder (and so a fresh IndexedDB) for this run.
  dataDir = mkdtempSync(join(tmpdir(), 'talkoot-electron-data-'));
  filesDir = mkdtempSync(join(tmpdir(), 'talkoot-electron-files-'));
  app = await electron.launch({
    executablePath: electronBinary ?? undefined,
    args: [mainEntry],
    env: {
      ...process.env,
      TALKOOT_USER_DATA: dataDir,
      TALKOOT_E2E: '1',
      TALKOOT_E2E_SAVE_PATH: join(filesDir, 'saved.json'),
      TALKOOT_E2E_OPEN_PATH: join(filesDir, 'to-open.csv'),
    },
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  for (const dir of [dataDir, filesDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the window is titled Talkoot and served from app://talkoot with the CSP', async () => {
  await expect(page).toHaveTitle(/Talkoot/);
  const windowTitle = await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows()[0]?.getTitle(),
  );
  expect(windowTitle).toMatch(/Talkoot/);
  expect(await page.evaluate(() => location.origin)).toBe('app://talkoot');
  const csp = await page.evaluate(async () =>
    (await fetch(location.origin + '/')).headers.get('content-security-policy'),
  );
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
});

test('the renderer sees only the named API functions and no Node', async () => {
  const shape = await page.evaluate(() => ({
    api: Object.keys(window.api ?? {}).sort(),
    types: [...new Set(Object.values(window.api ?? {}).map((value) => typeof value))],
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    module: typeof (window as unknown as { module?: unknown }).module,
  }));
  expect(shape).toEqual({
    api: [
      'appInfo',
      'backupChooseFolder',
      'backupRead',
      'backupStatus',
      'backupWrite',
      'onBeforeClose',
      'onMenuCommand',
      'openFile',
      'saveFile',
      'setLanguage',
      'setTheme',
    ],
    types: ['function'],
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
  });
});

test('appInfo reports the pinned data folder (here the fresh test folder)', async () => {
  const info = await page.evaluate(() => window.api!.appInfo());
  expect(info.name).toBe('Talkoot');
  expect(info.userDataPath).toBe(dataDir);
});

test('saveFile and openFile go through the stubbed dialogs and real files', async () => {
  const saved = await page.evaluate(() =>
    window.api!.saveFile({ suggestedName: 'talkoot.json', data: '{"ok":true}' }),
  );
  expect(saved).toEqual({ saved: true, path: join(filesDir, 'saved.json') });
  expect(readFileSync(join(filesDir, 'saved.json'), 'utf8')).toBe('{"ok":true}');

  writeFileSync(join(filesDir, 'to-open.csv'), 'Nimi;Kotikunta\r\nAino;Tampere\r\n');
  const opened = await page.evaluate(async () => {
    const result = await window.api!.openFile({ filters: [] });
    return result && { name: result.name, text: new TextDecoder().decode(result.data) };
  });
  expect(opened).toEqual({ name: 'to-open.csv', text: 'Nimi;Kotikunta\r\nAino;Tampere\r\n' });

  // A payload main's zod schema refuses is rejected, not written.
  const refused = await page.evaluate(() =>
    window.api!.saveFile({ suggestedName: '../escape.json', data: 'x' }).then(
      () => 'saved',
      (error: Error) => error.message,
    ),
  );
  expect(refused).toContain('TALKOOT_INVALID_REQUEST');
});

test('new windows and navigation away from the app are denied', async () => {
  // http, not https: a denied https link would open the system browser.
  expect(await page.evaluate(() => window.open('http://example.com/') === null)).toBe(true);
  expect(app.windows()).toHaveLength(1);
  // Main decides in its will-navigate handler; a listener added now runs after
  // the app's own, so once it has seen the URL the decision is made: the state
  // to wait for (waiting for a load state returned at once, before any decision).
  await app.evaluate(({ BrowserWindow }) => {
    const asked: string[] = [];
    (globalThis as unknown as { navigationsAsked: string[] }).navigationsAsked = asked;
    BrowserWindow.getAllWindows()[0]!.webContents.on('will-navigate', (event) => {
      asked.push(event.url);
    });
  });
  // A marker in this document: were the navigation allowed, the next page would not have it.
  await page.evaluate(() => {
    (window as unknown as { stayed: boolean }).stayed = true;
    location.href = 'http://example.com/';
  });
  await expect
    .poll(() =>
      app.evaluate(
        () => (globalThis as unknown as { navigationsAsked: string[] }).navigationsAsked,
      ),
    )
    .toContain('http://example.com/');
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  expect(page.url()).toMatch(/^app:\/\/talkoot\//);
});
