import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const pathFile = join(electronDir, 'path.txt');
const binary = existsSync(pathFile)
  ? join(electronDir, 'dist', readFileSync(pathFile, 'utf8'))
  : null;

test.skip(
  !binary || !existsSync(binary),
  'Electron binary not installed on this machine (it cannot be downloaded here); run npm start once on a machine with internet to fetch it',
);

test('the app opens on app://talkoot with only the named preload API', async () => {
  const app = await electron.launch({
    args: [resolve(import.meta.dirname, '../../out/main/index.js')],
    env: { ...process.env, TALKOOT_USER_DATA: mkdtempSync(join(tmpdir(), 'talkoot-electron-')) },
  });
  const page = await app.firstWindow();
  await expect(page).toHaveTitle(/Talkoot/);
  expect(page.url()).toMatch(/^app:\/\/talkoot\//);
  const shape = await page.evaluate(() => ({
    api: Object.keys(window.api ?? {}).sort(),
    types: Object.values(window.api ?? {}).map((f) => typeof f),
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
  }));
  expect(shape).toEqual({
    api: ['appInfo', 'openFile', 'saveFile'],
    types: ['function', 'function', 'function'],
    require: 'undefined',
    process: 'undefined',
  });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await app.close();
});
