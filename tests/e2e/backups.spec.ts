import { expect, test, type Page } from './fixtures';
import { analyzeSettled } from './axe';
import { demoDataFile } from './demoFile';
import { TalkootApp } from './pages/TalkootApp';
import { re, t } from './text';

test('in a browser, the home page reminds to save a copy until one is exported', async ({
  page,
}) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  const reminder = page.getByRole('note', { name: t('backups.title') });
  await expect(reminder).toContainText(t('backups.copyOverdue'));
  expect((await analyzeSettled(page)).violations).toEqual([]);

  await reminder.getByRole('link', { name: t('backups.goToSettings') }).click();
  const section = page.getByRole('region', { name: t('backups.title'), exact: true });
  await expect(section).toContainText(t('backups.noCopy'));
  await app.exportDataFile();
  await expect(section).toContainText(re('backups.lastCopy'));
  await expect(section.getByRole('alert')).toHaveCount(0);
  expect((await analyzeSettled(page)).violations).toEqual([]);

  await app.goTo(t('ui.nav.home'));
  await expect(app.figure(t('ui.home.members'))).toBeVisible();
  await expect(reminder).toHaveCount(0);
});

/**
 * The renderer's side of the desktop app's backups, in the web build: a
 * `window.api` that answers as main does (src/main/backupService.ts, tested in
 * Node on real folders), holding one real data file as its backup.
 */
async function desktopWithBackup(page: Page, backupText: string) {
  await page.addInitScript((text) => {
    const bytes = new TextEncoder().encode(text);
    const backup = {
      name: 'talkoot-backup-20261130T101500000Z.json',
      takenAt: '2026-11-30T10:15:00.000Z',
      size: bytes.length,
      encrypted: false,
    };
    const w = window as unknown as { api: unknown; backupsRead: string[] };
    w.backupsRead = [];
    w.api = {
      saveFile: async () => ({ saved: true, path: '/home/anna/talkoot.json' }),
      openFile: async () => null,
      appInfo: async () => ({
        name: 'Talkoot',
        version: '0.1.0',
        platform: 'linux',
        userDataPath: '/home/anna/.config/Talkoot',
      }),
      backupStatus: async () => ({
        folder: '/home/anna/Documents/Talkoot/Backups',
        backups: [backup],
      }),
      backupWrite: async () => ({ ok: true, backup }),
      backupRead: async ({ name }: { name: string }) => {
        w.backupsRead.push(name);
        return bytes;
      },
      backupChooseFolder: async () => null,
      onBeforeClose: () => undefined,
      setLanguage: async () => undefined,
    };
  }, backupText);
}

test('in the desktop app, Settings lists the backups and one restores after the usual check', async ({
  page,
}) => {
  const { text, tables } = demoDataFile({ scale: 30, seed: 3 });
  const people = tables.people!.length;
  await desktopWithBackup(page, text);

  const app = new TalkootApp(page);
  await app.open();
  // An empty database next to a backup: the restore is offered first (restore-offer.spec.ts).
  await page.getByRole('button', { name: t('restoreOffer.fresh') }).click();
  await app.openDemo();
  await app.goTo(t('ui.nav.settings'));
  const section = page.getByRole('region', { name: t('backups.title'), exact: true });
  await expect(section).toContainText('/home/anna/Documents/Talkoot/Backups');
  await expect(section.getByRole('status')).toHaveText(
    /Viimeisin varmuuskopio: 30\.11\.2026 klo \d\d\.15/,
  );
  expect((await analyzeSettled(page)).violations).toEqual([]);

  // The offer at start read the backup once already: count only the restore's reads.
  await page.evaluate(() => ((window as unknown as { backupsRead: string[] }).backupsRead = []));
  await section.getByRole('button', { name: /Palauta varmuuskopio 30\.11\.2026/ }).click();
  const confirm = page.getByRole('dialog', { name: t('ui.welcome.demoReplaceTitle') });
  await expect(confirm).toContainText(re('ui.settings.importConfirmText', { people }));
  expect(
    await page.evaluate(() => (window as unknown as { backupsRead: string[] }).backupsRead),
  ).toEqual(['talkoot-backup-20261130T101500000Z.json']);
  await confirm.getByRole('button', { name: t('ui.settings.importConfirmButton') }).click();
  await expect(page.getByText(re('ui.settings.imported', { people }))).toBeVisible();
});
