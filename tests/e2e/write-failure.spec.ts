import { expect, test, type Page } from './fixtures';
import { demoDataFile } from './demoFile';
import { TalkootApp } from './pages/TalkootApp';
import { re, t } from './text';

// In Electron, main writes the file the user chose (src/main/ipcHandlers.ts)
// and answers with why a write failed. Here the renderer's side of that
// contract runs in the web build: `window.api` answers as main does when the
// disk is full, and the page must say so in the user's language and change
// nothing. (The main side is tested in Node on a real full tmpfs.)
async function diskIsFull(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { api: unknown }).api = {
      saveFile: async () => ({ saved: false, failure: 'noSpace', path: '/media/usb/talkoot.json' }),
      openFile: async () => null,
      setLanguage: async () => undefined,
      backupStatus: async () => ({ folder: '/media/usb/Talkoot', backups: [] }),
      backupWrite: async () => ({ ok: false, failure: 'noSpace', folder: '/media/usb/Talkoot' }),
      backupRead: async () => {
        throw new Error('no backups');
      },
      backupChooseFolder: async () => null,
      onBeforeClose: () => undefined,
      appInfo: async () => ({
        name: 'Talkoot',
        version: '0.1.0',
        platform: 'linux',
        userDataPath: '/x',
      }),
    };
  });
}

test('an export to a full disk says so in Finnish and Swedish', async ({ page }) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  await app.goTo(t('ui.nav.settings'));
  await diskIsFull(page);
  await page.getByRole('button', { name: t('ui.settings.exportButton') }).click();
  await expect(
    page.getByText(
      t('ui.settings.exportFailed', {
        reason: t('fileWrite.noSpace', { file: '/media/usb/talkoot.json' }),
      }),
      { exact: false },
    ),
  ).toBeVisible();

  // By keyboard: the notification stays open (the user must see it) over the switch.
  await page.getByRole('combobox', { name: t('ui.language'), exact: true }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('option', { name: t('ui.languages.sv') })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('combobox', { name: t('ui.language', {}, 'sv'), exact: true }),
  ).toHaveValue(t('ui.languages.sv'));
  await page.getByRole('button', { name: t('ui.settings.exportButton', {}, 'sv') }).click();
  await expect(
    page.getByText(
      re(
        'ui.settings.exportFailed',
        { reason: re('fileWrite.noSpace', {}, { lang: 'sv' }) },
        { lang: 'sv' },
      ),
    ),
  ).toBeVisible();
});

test('when the backup before the demo cannot be written, the demo is not opened and the records stay', async ({
  page,
}) => {
  const { path: file } = demoDataFile({ scale: 20, seed: 7, edit: (t) => (t.profile = []) });

  const app = new TalkootApp(page);
  await app.open();
  await app.restoreOnWelcome(file);
  const existing = page.getByText(re('ui.welcome.existingData', { count: /\d[\d\u00a0 ]*/ }));
  await expect(existing).toBeVisible();
  await diskIsFull(page);

  await page.getByRole('button', { name: t('ui.welcome.demoButton') }).click();
  const dialog = page.getByRole('dialog', { name: t('ui.welcome.demoReplaceTitle') });
  await dialog.getByRole('button', { name: t('ui.welcome.demoReplaceButton') }).click();
  await expect(
    page.getByText(re('ui.welcome.demoBackupFailed', { reason: re('fileWrite.noSpace') })),
  ).toBeVisible();
  // Still the welcome page, still the same records.
  await expect(existing).toBeVisible();
  await expect(app.heading(t('ui.home.title'))).toBeHidden();
});
