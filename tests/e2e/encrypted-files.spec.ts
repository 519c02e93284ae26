import { atE2eNow, expect, test, type Browser } from './fixtures';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeSettled } from './axe';
import { TalkootApp, type Lang } from './pages/TalkootApp';
import { t } from './text';

const labels = [
  t('ui.home.members'),
  t('ui.home.volunteers'),
  t('ui.home.volunteerHours'),
  t('ui.home.sessions'),
  t('ui.home.participants'),
];
const PASSPHRASE = 'kolme karhua metsässä';

/** A fresh browser profile on the welcome page, with `file` picked to restore. */
async function freshProfilePicking(browser: Browser, file: string, lang: Lang, button: string) {
  const context = await atE2eNow(await browser.newContext());
  const page = await context.newPage();
  const app = new TalkootApp(page);
  await app.open(lang);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
  return { context, page, app };
}

test('an encrypted export restores with its passphrase into a fresh profile, with the same figures', async ({
  page,
  browser,
}) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  const before = await app.figureTexts(labels);

  await app.goTo(t('ui.nav.settings'));
  const section = page.getByRole('region', { name: t('backups.title'), exact: true });
  await section.getByLabel(t('encryption.passphrase'), { exact: true }).fill('lyhyt');
  await section.getByLabel(t('encryption.passphraseAgain')).fill('lyhyt');
  await section.getByRole('button', { name: t('encryption.start') }).click();
  await expect(section).toContainText(t('encryption.tooShort', { min: 10 }));
  await section.getByLabel(t('encryption.passphrase'), { exact: true }).fill(PASSPHRASE);
  await section.getByLabel(t('encryption.passphraseAgain')).fill(`${PASSPHRASE}!`);
  await section.getByRole('button', { name: t('encryption.start') }).click();
  await expect(section).toContainText(t('encryption.mismatch'));
  await section.getByLabel(t('encryption.passphraseAgain')).fill(PASSPHRASE);
  await section.getByRole('button', { name: t('encryption.start') }).click();
  await expect(section.getByRole('status').filter({ hasText: t('encryption.on') })).toBeVisible();
  expect((await analyzeSettled(page)).violations).toEqual([]);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: t('ui.settings.exportButton') }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.encrypted$/);
  const file = join(await mkdtemp(join(tmpdir(), 'talkoot-e2e-')), download.suggestedFilename());
  await download.saveAs(file);
  const bytes = await readFile(file);
  expect(bytes.subarray(0, 28).toString('utf8')).toBe('{"format":"talkoot-encrypted');
  // No member's name is readable in the encrypted file.
  expect(bytes.toString('latin1')).not.toContain('"firstName"');

  const fi = await freshProfilePicking(browser, file, 'fi', t('ui.welcome.restoreButton'));
  const ask = fi.page.getByRole('dialog', { name: t('encryption.unlockTitle') });
  await expect(ask.getByLabel(t('encryption.passphrase'))).toBeFocused();
  await ask.getByLabel(t('encryption.passphrase')).fill('väärä salasana tässä');
  await ask.getByRole('button', { name: t('encryption.unlockButton') }).click();
  await expect(ask).toContainText(t('encryption.wrongPassphraseOrChanged'));
  expect((await analyzeSettled(fi.page)).violations).toEqual([]);
  // By keyboard: the field has the focus, Enter opens the file.
  await ask.getByLabel(t('encryption.passphrase')).fill('');
  await ask.getByLabel(t('encryption.passphrase')).focus();
  await fi.page.keyboard.type(PASSPHRASE);
  await fi.page.keyboard.press('Enter');
  await expect(fi.app.heading(t('ui.home.title'))).toBeVisible({ timeout: 30_000 });
  expect(await fi.app.figureTexts(labels)).toEqual(before);
  await fi.context.close();

  const sv = await freshProfilePicking(browser, file, 'sv', 'Välj datafil');
  const askSv = sv.page.getByRole('dialog', { name: 'Krypterad fil' });
  await askSv.getByLabel('Lösenord').fill('fel lösenord här');
  await askSv.getByRole('button', { name: 'Öppna filen' }).click();
  await expect(askSv).toContainText(
    'Lösenordet är fel eller så har filen ändrats. Ingenting återställdes.',
  );
  await askSv.getByRole('button', { name: 'Avbryt' }).click();
  await expect(sv.app.heading('Välkommen till Talkoot')).toBeVisible();
  await sv.context.close();
});
