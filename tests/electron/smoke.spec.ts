import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { electronBinary, skipReason } from './binary';

// The smoke test of the desktop app as a user meets it: a fresh data
// folder, the demo association, a report saved as PDF through the real
// save-dialog code in main (only Electron's dialog is stubbed, in main), and
// a backup from the File menu. Skips, saying why, without the Electron binary.
test.skip(electronBinary === null, skipReason);

const mainEntry = resolve(import.meta.dirname, '../../out/main/index.js');

let app: ElectronApplication;
let page: Page;
let dataDir: string;
let filesDir: string;
let backupDir: string;

test.beforeAll(async () => {
  if (!existsSync(mainEntry)) {
    throw new Error(`${mainEntry} is missing: run \`npx electron-vite build\` first`);
  }
  dataDir = mkdtempSync(join(tmpdir(), 'talkoot-smoke-data-'));
  filesDir = mkdtempSync(join(tmpdir(), 'talkoot-smoke-files-'));
  backupDir = mkdtempSync(join(tmpdir(), 'talkoot-smoke-backups-'));
  const env: Record<string, string | undefined> = {
    ...process.env,
    TALKOOT_USER_DATA: dataDir,
    TALKOOT_BACKUP_DIR: backupDir,
  };
  // The native dialogs stay (no TALKOOT_E2E): the stub is put into main below.
  delete env.TALKOOT_E2E;
  app = await electron.launch({
    executablePath: electronBinary ?? undefined,
    args: [mainEntry],
    env: Object.fromEntries(
      Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
    ),
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  for (const dir of [dataDir, filesDir, backupDir]) {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
});

test('fresh data folder → demo → a PDF saved through the save dialog → a backup from the menu', async () => {
  test.setTimeout(180_000);
  // Nothing in the fresh folder yet: the welcome page.
  await page.evaluate(() => localStorage.setItem('talkoot.language', 'fi'));
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Tervetuloa Talkoot-sovellukseen' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Avaa esimerkkiyhdistys' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Etusivu' })).toBeVisible({
    timeout: 60_000,
  });

  // Electron's save dialog, stubbed in main: it answers with a path in filesDir
  // and records what it was offered.
  const pdfPath = join(filesDir, 'raportti.pdf');
  await app.evaluate(({ dialog }, path) => {
    const offered: unknown[] = [];
    (globalThis as unknown as { offered: unknown[] }).offered = offered;
    dialog.showSaveDialog = (async (...args: unknown[]) => {
      offered.push(args.at(-1));
      return { canceled: false, filePath: path };
    }) as typeof dialog.showSaveDialog;
  }, pdfPath);

  await page.getByRole('link', { name: 'Raportit', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Raportit' })).toBeVisible();
  await page.getByRole('radio', { name: 'Avustuksen käyttöselvitys' }).check({ force: true });
  await page.getByRole('button', { name: 'Tallenna PDF' }).click();
  await expect(page.getByText(/^Raportti tallennettu: .*raportti\.pdf$/).first()).toBeVisible({
    timeout: 60_000,
  });
  expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
  const offered = await app.evaluate(
    () => (globalThis as unknown as { offered: unknown[] }).offered,
  );
  expect(JSON.stringify(offered)).toMatch(/\.pdf/);

  // File → Back up now, clicked in main's own menu.
  await app.evaluate(({ Menu }) => {
    Menu.getApplicationMenu()?.getMenuItemById('backUpNow')?.click();
  });
  await expect(page.getByText(/^Varmuuskopio tallennettu: /)).toBeVisible({ timeout: 60_000 });
  expect(readdirSync(backupDir).some((name) => name.startsWith('talkoot-backup-'))).toBe(true);
});
