import { expect, test, type Page } from './fixtures';
import { analyzeSettled } from './axe';
import { TalkootApp } from './pages/TalkootApp';
import { t } from './text';

// The renderer's side of the desktop app: the Appearance settings (also in
// the browser build) and the application menu's commands, which main sends on
// the menuCommand channel. Here `window.api` is a stub installed before the
// app starts, whose onMenuCommand keeps the page's handler so the test can
// "click" a menu item. (The menu itself is tested in Node: main-menu.test.ts.)

async function withDesktopApi(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as {
      api: unknown;
      menu: (command: string) => void;
      backupsWritten: number;
      themes: string[];
      saves: { suggestedName: string; size: number }[];
      finishSave: () => void;
    };
    let handler: ((command: string) => void) | null = null;
    w.backupsWritten = 0;
    w.themes = [];
    w.saves = [];
    w.finishSave = () => undefined;
    w.menu = (command) => handler?.(command);
    w.api = {
      // Like the native save dialog: open until the test "chooses" where to save.
      saveFile: ({ suggestedName, data }: { suggestedName: string; data: Uint8Array }) =>
        new Promise((resolve) => {
          w.saves.push({ suggestedName, size: data.length });
          w.finishSave = () => resolve({ saved: true, path: `/home/aino/${suggestedName}` });
        }),
      openFile: async () => null,
      setLanguage: async () => undefined,
      setTheme: async ({ theme }: { theme: string }) => void w.themes.push(theme),
      backupStatus: async () => ({ folder: '/home/aino/Talkoot', backups: [] }),
      backupWrite: async () => {
        w.backupsWritten++;
        const backup = {
          name: 'talkoot-backup-20261201T120000000Z.json',
          takenAt: '2026-12-01T12:00:00.000Z',
          size: 10,
          encrypted: false,
        };
        return { ok: true, backup };
      },
      backupRead: async () => new Uint8Array(),
      backupChooseFolder: async () => null,
      onBeforeClose: () => undefined,
      onMenuCommand: (h: (command: string) => void) => {
        handler = h;
      },
      appInfo: async () => ({
        name: 'Talkoot',
        version: '0.1.0',
        platform: 'linux',
        userDataPath: '/home/aino/.config/Talkoot',
      }),
    };
  });
}

const menu = (page: Page, command: string) =>
  page.evaluate((c) => (window as unknown as { menu: (c: string) => void }).menu(c), command);

async function expectNoViolations(page: Page, where: string) {
  const results = await analyzeSettled(page);
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

test('dark colours, chosen by keyboard, stay after a restart and pass axe on every page', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const app = new TalkootApp(page);
  await app.openWithDemo();
  await app.goTo(t('ui.nav.settings'));
  const section = page.getByRole('region', { name: t('desktop.appearance.title') });
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
  await section.getByRole('radio', { name: t('desktop.appearance.light') }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(section.getByRole('radio', { name: t('desktop.appearance.dark') })).toBeChecked();
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.reload();
  await expect(app.heading(t('ui.settings.title'))).toBeVisible();
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
  for (const [path, title] of [
    ['/', t('ui.home.title')],
    ['/members', t('ui.members.title')],
    ['/members/import', t('memberImport.title')],
    ['/fees', t('fees.title')],
    ['/hours', t('ui.hours.title')],
    ['/activities', t('ui.activities.title')],
    ['/grants', t('ui.grants.title')],
    ['/impact', t('ui.impact.title')],
    ['/reports', t('ui.reports.title')],
    ['/settings', t('ui.settings.title')],
  ] as const) {
    await page.goto(`./#${path}`);
    await expect(app.heading(title)).toBeVisible();
    await expectNoViolations(page, `${path} in dark`);
  }
});

test('follow the system: the colours change with the operating system', async ({ page }) => {
  const app = new TalkootApp(page);
  await app.open('en');
  await page.getByRole('button', { name: 'Open the demo association' }).click();
  await expect(app.heading('Home')).toBeVisible({ timeout: 30_000 });
  await app.goTo('Settings');
  await page.getByRole('radio', { name: 'As in the operating system' }).check();
  const html = page.locator('html');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
});

test('text size 100–150 % applies at once and stays on this computer', async ({ page }) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  await app.goTo(t('ui.nav.settings'));
  const html = page.locator('html');
  const before = await app
    .heading(t('ui.settings.title'))
    .evaluate((el) => el.getBoundingClientRect().height);
  await page.getByRole('radio', { name: '150 %' }).check();
  await expect(html).toHaveAttribute('style', /font-size: 150%/);
  const after = await app
    .heading(t('ui.settings.title'))
    .evaluate((el) => el.getBoundingClientRect().height);
  expect(after).toBeGreaterThan(before * 1.3);
  await page.reload();
  await expect(page.getByRole('radio', { name: '150 %' })).toBeChecked();
  await expect(html).toHaveAttribute('style', /font-size: 150%/);
  await expectNoViolations(page, 'settings at 150 %');
});

test('menu commands open the page and put the focus where the work starts', async ({ page }) => {
  await withDesktopApi(page);
  const app = new TalkootApp(page);
  await app.openWithDemo();

  await menu(page, 'newHourEntry');
  await expect(app.heading(t('ui.hours.title'))).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: /kirjaa|tunnit/i })
      .first()
      .locator('input')
      .first(),
  ).toBeFocused();

  await menu(page, 'settings');
  await expect(app.heading(t('ui.settings.title'))).toBeVisible();
  await expect(app.heading(t('ui.settings.title'))).toBeFocused();

  // Search: from a page without a search field, the member register's.
  await menu(page, 'search');
  await expect(app.heading(t('ui.members.title'))).toBeVisible();
  await expect(page.getByRole('searchbox', { name: t('ui.members.search') })).toBeFocused();

  await menu(page, 'importMembers');
  await expect(app.heading(t('memberImport.title'))).toBeVisible();
  await menu(page, 'saveReport');
  await expect(app.heading(t('ui.reports.title'))).toBeVisible();
  await menu(page, 'restore');
  await expect(app.heading(t('ui.settings.title'))).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: t('backups.title'), exact: true }),
  ).toBeFocused();

  // File > Export runs as the window's file job: while the save dialog is open
  // the job's dialog says the file is being saved, and no other file job can start.
  await menu(page, 'exportDataFile');
  const job = page.getByRole('dialog', { name: t('progress.title') });
  await expect(job.getByRole('status')).toHaveText(t('progress.saving'));
  await expect(page.getByRole('button', { name: t('ui.settings.exportButton') })).toBeDisabled();
  const saves = () =>
    page.evaluate(
      () => (window as unknown as { saves: { suggestedName: string; size: number }[] }).saves,
    );
  const [save] = await saves();
  expect(save!.suggestedName).toMatch(/\.json$/);
  expect(save!.size).toBeGreaterThan(1000);
  await page.evaluate(() => (window as unknown as { finishSave: () => void }).finishSave());
  await expect(job).toBeHidden();
  await expect(
    page.getByText(t('ui.settings.exported', { name: `/home/aino/${save!.suggestedName}` })),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: t('ui.settings.exportButton') })).toBeEnabled();
  expect(await saves()).toHaveLength(1);

  await menu(page, 'backUpNow');
  await expect(
    page.getByText(t('desktop.commands.backedUp', { name: 'talkoot-backup-' })),
  ).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { backupsWritten: number }).backupsWritten),
  ).toBe(1);

  // The colours reach main (for the native title bar and menus) at the start and on a change.
  const themes = () => page.evaluate(() => (window as unknown as { themes: string[] }).themes);
  expect(await themes()).toEqual(['light']);
  await menu(page, 'settings');
  await page.getByRole('radio', { name: t('desktop.appearance.dark') }).check();
  await expect.poll(themes).toEqual(['light', 'dark']);

  const html = page.locator('html');
  await menu(page, 'textLarger');
  await expect(html).toHaveAttribute('style', /font-size: 110%/);
  await menu(page, 'textLarger');
  await expect(html).toHaveAttribute('style', /font-size: 120%/);
  await menu(page, 'textSmaller');
  await expect(html).toHaveAttribute('style', /font-size: 110%/);
  await menu(page, 'textReset');
  await expect(html).toHaveAttribute('style', /font-size: 100%/);
});
