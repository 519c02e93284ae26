import { expect, test, type Page } from './fixtures';
import { fileURLToPath } from 'node:url';
import { TalkootApp } from './pages/TalkootApp';
import { re, t } from './text';

const csv = fileURLToPath(
  new URL('../fixtures/members/members-utf8-semicolon-lf.csv', import.meta.url),
);

/** Import the four people of the fixture, up to the confirming click. */
async function importMembers(page: Page, beforeImport: () => Promise<void> = async () => {}) {
  await page.goto('./#/members/import');
  await expect(page.getByRole('button', { name: t('memberImport.page.chooseFile') })).toBeEnabled();
  await page.getByLabel(t('memberImport.page.fileInputLabel')).setInputFiles(csv);
  await page.getByRole('button', { name: t('memberImport.page.showPreview') }).click();
  await beforeImport();
  await page
    .getByRole('button', { name: t('memberImport.page.importButton', { people: 4 }) })
    .click();
}

/** How many people rows the app's database holds (trash included). */
function peopleInDatabase(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('talkoot');
        open.onsuccess = () => {
          const count = open.result.transaction('people').objectStore('people').count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
        };
      }),
  );
}

test('a member import backs up into the chosen browser folder first', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { showDirectoryPicker: unknown }).showDirectoryPicker = async () =>
      (await navigator.storage.getDirectory()).getDirectoryHandle('Varmuuskopiot', {
        create: true,
      });
  });
  const app = new TalkootApp(page);
  await app.openWithDemo();
  await app.goTo(t('ui.nav.settings'));
  const section = page.getByRole('region', { name: t('backups.title'), exact: true });
  await section.getByRole('button', { name: t('backups.chooseFolder') }).click();
  const restoreButtons = section.getByRole('button', {
    name: re('backups.restoreLabel', {}, { exact: true }),
  });
  await expect(section.getByRole('status').first()).toHaveText(re('backups.none'));

  await importMembers(page);
  await expect(
    page.getByRole('heading', { level: 2, name: t('memberImport.page.steps.done') }),
  ).toBeVisible();

  await page.goto('./#/settings');
  await expect(restoreButtons).toHaveCount(1);
  // The backup is the register as it was before the import: it has 4 people fewer.
  await restoreButtons.click();
  const confirm = page.getByRole('dialog', { name: t('ui.welcome.demoReplaceTitle') });
  await expect(confirm).toBeVisible();
  const backedUp = Number(
    re('ui.settings.importConfirmText', { people: /(\d+)/ }).exec(await confirm.innerText())![1],
  );
  const now = await peopleInDatabase(page);
  expect(backedUp).toBe(now - 4);
});

test('when the backup before a member import fails, nobody is imported', async ({ page }) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  const before = await peopleInDatabase(page);
  // The file is picked first (with window.api the page would open the native dialog).
  await importMembers(page, async () => {
    await page.evaluate(() => {
      (window as unknown as { api: unknown }).api = {
        saveFile: async () => ({
          saved: false,
          failure: 'noSpace',
          path: '/media/usb/talkoot.json',
        }),
        openFile: async () => null,
        setLanguage: async () => undefined,
        backupStatus: async () => ({ folder: '/media/usb/Talkoot', backups: [] }),
        backupWrite: async () => ({ ok: false, failure: 'noSpace', folder: '/media/usb/Talkoot' }),
        backupRead: async () => new Uint8Array(),
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
  });
  await expect(
    page.getByText(re('backups.importBackupFailed', { reason: re('fileWrite.noSpace') })),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: t('memberImport.page.steps.done') }),
  ).toHaveCount(0);
  expect(await peopleInDatabase(page)).toBe(before);
});
