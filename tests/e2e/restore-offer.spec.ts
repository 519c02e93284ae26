import { expect, test, type Page } from './fixtures';
import { analyzeSettled } from './axe';
import { demoDataFile } from './demoFile';
import { expectedHomeFigures } from './figures';
import { TalkootApp } from './pages/TalkootApp';
import { encryptFile } from '../../src/core/crypto/encryptedFile';
import { re, t } from './text';

const labels = [
  t('ui.home.members'),
  t('ui.home.volunteers'),
  t('ui.home.volunteerHours'),
  t('ui.home.sessions'),
  t('ui.home.participants'),
];

const live = (rows: unknown[] | undefined) =>
  (rows ?? []).filter((r) => !(r as { deletedAt?: string | null }).deletedAt).length;

/** The desktop app's `window.api`, as main answers, with one backup (plain or encrypted) in its folder. */
async function desktopWithBackup(page: Page, backup: string | Uint8Array) {
  const encrypted = typeof backup !== 'string';
  const base64 = Buffer.from(encrypted ? backup : new TextEncoder().encode(backup)).toString(
    'base64',
  );
  await page.addInitScript(
    ({ base64, encrypted }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const entry = {
        name: `talkoot-backup-20261130T101500000Z.${encrypted ? 'encrypted' : 'json'}`,
        takenAt: '2026-11-30T10:15:00.000Z',
        size: bytes.length,
        encrypted,
      };
      (window as unknown as { api: unknown }).api = {
        saveFile: async () => ({ saved: false }),
        openFile: async () => null,
        appInfo: async () => ({
          name: 'Talkoot',
          version: '0.1.0',
          platform: 'linux',
          userDataPath: '/home/anna/.config/Talkoot',
        }),
        backupStatus: async () => ({
          folder: '/home/anna/Documents/Talkoot/Backups',
          backups: [entry],
        }),
        backupWrite: async () => ({ ok: true, backup: entry }),
        backupRead: async () => bytes,
        backupChooseFolder: async () => null,
        onBeforeClose: () => undefined,
        setLanguage: async () => undefined,
      };
    },
    { base64, encrypted },
  );
}

/**
 * The browser loses the database (a profile reset, a full disk) and the app
 * starts again. The app's code is kept from loading meanwhile so nothing
 * holds the database open.
 */
async function loseDatabase(page: Page) {
  await page.route('**/assets/**', (route) => route.abort());
  await page.goto('./?lost');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const del = indexedDB.deleteDatabase('talkoot');
        del.onsuccess = () => resolve();
        del.onerror = () => reject(del.error);
        del.onblocked = () => reject(new Error('blocked'));
      }),
  );
  await page.unroute('**/assets/**');
  await page.goto('./#/');
}

/** A folder picker that gives an origin-private folder: a real FileSystemDirectoryHandle. */
async function stubFolderPicker(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { showDirectoryPicker: unknown }).showDirectoryPicker = async () =>
      (await navigator.storage.getDirectory()).getDirectoryHandle('Varmuuskopiot', {
        create: true,
      });
  });
}

test('desktop: an empty database next to a backup offers to restore it, not the welcome page', async ({
  page,
}) => {
  const { text, tables } = demoDataFile({ scale: 30, seed: 3 });
  await desktopWithBackup(page, text);
  const app = new TalkootApp(page);
  await app.open();

  await expect(app.heading(t('restoreOffer.title'))).toBeVisible();
  await expect(app.heading(t('ui.welcome.title'))).toHaveCount(0);
  const offer = page.getByRole('region', {
    name: re('restoreOffer.newest', { when: /30\.11\.2026.*/ }),
  });
  await expect(offer).toContainText(`${live(tables.people)} henkilöä`);
  await expect(offer).toContainText(`${live(tables.hours)} tuntikirjausta`);
  await expect(
    page.getByText('/home/anna/Documents/Talkoot/Backups', { exact: false }),
  ).toBeVisible();
  expect((await analyzeSettled(page)).violations).toEqual([]);

  await page.getByRole('button', { name: t('restoreOffer.restore') }).click();
  await expect(app.heading(t('ui.home.title'))).toBeVisible({ timeout: 30_000 });
  expect(await app.figureTexts(labels)).toEqual(expectedHomeFigures(text));
});

test('desktop: the user can still start afresh instead', async ({ page }) => {
  const { text } = demoDataFile({ scale: 10, seed: 4 });
  await desktopWithBackup(page, text);
  const app = new TalkootApp(page);
  await app.open('sv');
  await expect(app.heading(t('restoreOffer.title', {}, 'sv'))).toBeVisible();
  await page.getByRole('button', { name: t('restoreOffer.fresh', {}, 'sv') }).click();
  await expect(app.heading(t('ui.welcome.title', {}, 'sv'))).toBeVisible();
});

test('desktop: an encrypted newest backup (the passphrase gone with the restart) asks for it before showing what it holds', async ({
  page,
}) => {
  const { text, tables } = demoDataFile({ scale: 10, seed: 5 });
  const sealed = await encryptFile(new TextEncoder().encode(text), 'kolme karhua metsässä');
  await desktopWithBackup(page, sealed);
  const app = new TalkootApp(page);
  await app.open();
  const ask = page.getByRole('dialog', { name: t('encryption.unlockTitle') });
  await ask.getByLabel(t('encryption.passphrase')).fill('väärä salasana');
  await ask.getByRole('button', { name: t('encryption.unlockButton') }).click();
  await expect(ask).toContainText(t('encryption.wrongPassphraseOrChanged'));
  await ask.getByRole('button', { name: t('ui.common.cancel') }).click();
  const offer = page.getByRole('region', {
    name: re('restoreOffer.newest', { when: /30\.11\.2026.*/ }),
  });
  await expect(offer).toContainText(t('restoreOffer.encrypted'));
  await expect(page.getByRole('button', { name: t('restoreOffer.restore') })).toBeDisabled();
  expect((await analyzeSettled(page)).violations).toEqual([]);

  await offer.getByRole('button', { name: t('restoreOffer.unlock') }).click();
  await ask.getByLabel(t('encryption.passphrase')).fill('kolme karhua metsässä');
  await ask.getByRole('button', { name: t('encryption.unlockButton') }).click();
  await expect(offer).toContainText(`${live(tables.people)} henkilöä`);
  await page.getByRole('button', { name: t('restoreOffer.restore') }).click();
  await expect(app.heading(t('ui.home.title'))).toBeVisible({ timeout: 30_000 });
  expect(await app.figureTexts(labels)).toEqual(expectedHomeFigures(text));
});

test('browser: backups in a chosen folder, and after the data is lost the newest is offered and restores the same figures', async ({
  page,
}) => {
  await stubFolderPicker(page);
  const app = new TalkootApp(page);
  await app.openWithDemo();
  const before = await app.figureTexts(labels);

  await app.goTo(t('ui.nav.settings'));
  const section = page.getByRole('region', { name: t('backups.title'), exact: true });
  await section.getByRole('button', { name: t('backups.chooseFolder') }).click();
  await expect(section).toContainText(t('backups.title'));
  await expect(section.getByRole('status').first()).toHaveText(t('backups.none'));
  await section.getByRole('button', { name: t('backups.backUpNow') }).click();
  await expect(section.getByRole('status').first()).toHaveText(
    re('backups.last', {}, { exact: true }),
  );
  await expect(
    section.getByRole('button', { name: re('backups.restoreLabel', {}, { exact: true }) }),
  ).toHaveCount(1);
  expect((await analyzeSettled(page)).violations).toEqual([]);

  await loseDatabase(page);

  await expect(app.heading(t('restoreOffer.title'))).toBeVisible();
  const offer = page.getByRole('region', { name: re('restoreOffer.newest') });
  await expect(offer).toContainText(re('restoreOffer.association'));
  await expect(offer).toContainText(re('restoreOffer.people', { count: /\d[\d\u00a0 ]*/ }));
  await page.getByRole('button', { name: t('restoreOffer.restore') }).click();
  await expect(app.heading(t('ui.home.title'))).toBeVisible({ timeout: 30_000 });
  expect(await app.figureTexts(labels)).toEqual(before);
});

test('browser: after a restart the folder needs permission again, asked after a click, at start and in Settings', async ({
  page,
}) => {
  await stubFolderPicker(page);
  // As for a folder on disk after a restart: permission is "prompt" until requested
  // (an origin-private folder would always answer "granted").
  await page.addInitScript(() => {
    const proto = FileSystemHandle.prototype as unknown as Record<string, unknown>;
    proto.queryPermission = async () => (sessionStorage.getItem('granted') ? 'granted' : 'prompt');
    proto.requestPermission = async () => {
      sessionStorage.setItem('granted', '1');
      return 'granted';
    };
  });
  const app = new TalkootApp(page);
  await app.openWithDemo();
  const before = await app.figureTexts(labels);
  await app.goTo(t('ui.nav.settings'));
  const section = page.getByRole('region', { name: t('backups.title'), exact: true });
  await section.getByRole('button', { name: t('backups.chooseFolder') }).click();
  await section.getByRole('button', { name: t('backups.backUpNow') }).click();
  await expect(
    section.getByRole('button', { name: re('backups.restoreLabel', {}, { exact: true }) }),
  ).toHaveCount(1);

  await page.evaluate(() => sessionStorage.removeItem('granted'));
  await loseDatabase(page);
  await expect(app.heading(t('restoreOffer.allowTitle'))).toBeVisible();
  expect((await analyzeSettled(page)).violations).toEqual([]);
  await page
    .getByRole('button', { name: t('restoreOffer.allow', { folder: 'Varmuuskopiot' }) })
    .click();
  await expect(app.heading(t('restoreOffer.title'))).toBeVisible();
  await page.getByRole('button', { name: t('restoreOffer.restore') }).click();
  await expect(app.heading(t('ui.home.title'))).toBeVisible({ timeout: 30_000 });
  expect(await app.figureTexts(labels)).toEqual(before);

  // After the next restart the home page says backups wait, and Settings asks the same way.
  await page.evaluate(() => sessionStorage.removeItem('granted'));
  await page.reload();
  const reminder = page.getByRole('note', { name: t('backups.title') });
  await expect(reminder).toContainText(t('backups.folderAllowText', { folder: 'Varmuuskopiot' }));
  await expect(
    reminder.getByRole('button', { name: t('backups.allowFolder', { folder: 'Varmuuskopiot' }) }),
  ).toBeVisible();
  expect((await analyzeSettled(page)).violations).toEqual([]);
  await app.goTo(t('ui.nav.settings'));
  await expect(section.getByRole('alert')).toContainText(
    t('backups.folderAllowText', { folder: 'Varmuuskopiot' }),
  );
  await section
    .getByRole('button', { name: t('backups.allowFolder', { folder: 'Varmuuskopiot' }) })
    .click();
  // The one backup (the restore into an empty database had nothing to back up first).
  await expect(
    section.getByRole('button', { name: re('backups.restoreLabel', {}, { exact: true }) }),
  ).toHaveCount(1);
  await app.goTo(t('ui.nav.home'));
  await expect(app.figure(t('ui.home.members'))).toBeVisible();
  await expect(reminder).toHaveCount(0);
});
