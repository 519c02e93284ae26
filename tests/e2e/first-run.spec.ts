import { atE2eNow, expect, test, type Locator, type Page } from './fixtures';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TalkootApp } from './pages/TalkootApp';
import { expectedHomeFigures } from './figures';
import { t } from './text';

const labels = [
  t('ui.home.members'),
  t('ui.home.volunteers'),
  t('ui.home.volunteerHours'),
  t('ui.home.sessions'),
  t('ui.home.participants'),
];

test('first run → demo association → home page figures match the data', async ({ page }) => {
  const app = new TalkootApp(page);
  await app.open();
  await expect(app.heading(t('ui.welcome.title'))).toBeVisible();
  await app.openDemo();
  const shown = await app.figureTexts(labels);

  const { text } = await app.exportDataFile();
  const expected = expectedHomeFigures(text);
  expect(shown).toEqual(expected);
  // The demo is a real association with activity this year, not an empty shell.
  expect(Number(expected[t('ui.home.sessions')]!.replace(/\D/g, ''))).toBeGreaterThan(0);
  expect(Number(expected[t('ui.home.members')]!.replace(/\D/g, ''))).toBeGreaterThan(50);
});

test('export → import into a fresh browser profile → the same figures', async ({
  page,
  browser,
}) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  const before = await app.figureTexts(labels);
  const { text } = await app.exportDataFile();
  const dir = await mkdtemp(join(tmpdir(), 'talkoot-e2e-'));
  const file = join(dir, 'export.json');
  await writeFile(file, text);

  const fresh = await atE2eNow(await browser.newContext());
  const page2 = await fresh.newPage();
  const app2 = new TalkootApp(page2);
  await app2.open();
  await expect(app2.heading(t('ui.welcome.title'))).toBeVisible();
  await app2.restoreOnWelcome(file);
  await expect(app2.heading(t('ui.home.title'))).toBeVisible();
  expect(await app2.figureTexts(labels)).toEqual(before);

  // And the re-exported file carries the same records (lossless round trip).
  const again = await app2.exportDataFile();
  expect(JSON.parse(again.text).tables).toEqual(JSON.parse(text).tables);
  await fresh.close();
});

test('a truncated data file is refused with a message and changes nothing', async ({ page }) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  const before = await app.figureTexts(labels);
  const { text } = await app.exportDataFile();
  const dir = await mkdtemp(join(tmpdir(), 'talkoot-e2e-'));
  const file = join(dir, 'truncated.json');
  await writeFile(file, text.slice(0, Math.floor(text.length / 2)));

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: t('ui.welcome.restoreButton') }).click();
  await (await chooser).setFiles(file);
  const alert = page.getByRole('alert').filter({ hasText: t('ui.settings.importInvalid') });
  await expect(alert).toContainText(t('dataFile.notJson'));

  await app.goTo(t('ui.nav.home'));
  expect(await app.figureTexts(labels)).toEqual(before);
});

test('restoring over existing data saves a backup first, then replaces', async ({ page }) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  const { text } = await app.exportDataFile();
  const data = JSON.parse(text);
  delete data.checksum; // edited by hand below
  data.tables.profile[0].name = 'Palautettu yhdistys ry';
  const dir = await mkdtemp(join(tmpdir(), 'talkoot-e2e-'));
  const file = join(dir, 'changed.json');
  await writeFile(file, JSON.stringify(data));

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: t('ui.welcome.restoreButton') }).click();
  await (await chooser).setFiles(file);
  const dialog = page.getByRole('dialog', { name: t('ui.welcome.demoReplaceTitle') });
  await expect(dialog).toBeVisible();
  const backup = page.waitForEvent('download');
  await dialog.getByRole('button', { name: t('ui.settings.importConfirmButton') }).click();
  expect((await backup).suggestedFilename()).toMatch(
    /^Talkoot-varmuuskopio-\d{4}-\d\d-\d\d-\d{4}\.json$/,
  );
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('banner')).toContainText('Palautettu yhdistys ry');
});

test('create my association: the form checks the business ID, then opens an empty home page', async ({
  page,
}) => {
  const app = new TalkootApp(page);
  await app.open();
  await page.getByRole('button', { name: t('ui.welcome.createButton') }).click();
  await expect(app.heading(t('ui.welcome.profileTitle'))).toBeVisible();
  await page.getByLabel(t('ui.profile.name')).fill('Kylän Eläkeläiset ry');
  await page.getByLabel(t('ui.profile.homeMunicipality')).fill('Äänekoski');
  await page.getByLabel(t('ui.profile.businessId')).fill('1234567-8');
  await page.getByRole('button', { name: t('ui.welcome.createButton') }).click();
  await expect(page.getByText(t('dataFile.issues.invalidBusinessId'))).toBeVisible();
  await page.getByLabel(t('ui.profile.businessId')).fill('0112038-9');
  await page.getByRole('button', { name: t('ui.welcome.createButton') }).click();
  await expect(app.heading(t('ui.home.title'))).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Kylän Eläkeläiset ry');
  expect(await app.figureTexts([t('ui.home.members'), t('ui.home.volunteerHours')])).toEqual({
    Jäseniä: '0',
    Vapaaehtoistunteja: '0\u00a0h',
  });
});

/** Every page of the main menu, by its link and the h1 it opens. */
const menuPages = [
  { link: t('ui.nav.home'), title: t('ui.home.title') },
  { link: t('ui.nav.members'), title: t('ui.members.title') },
  { link: t('ui.nav.fees'), title: t('fees.title') },
  { link: t('ui.nav.hours'), title: t('ui.hours.title') },
  { link: t('ui.nav.activities'), title: t('ui.activities.title') },
  { link: t('ui.nav.grants'), title: t('ui.grants.title') },
  { link: t('ui.nav.impact'), title: t('ui.impact.title') },
  { link: t('ui.nav.reports'), title: t('ui.reports.title') },
  { link: t('ui.nav.network'), title: t('network.page.title') },
  { link: t('ui.nav.settings'), title: t('ui.settings.title') },
];

/** Press `key` until `target` has the focus (at most `max` times): keys only, no click or focus(). */
async function pressUntilFocused(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab', max = 20) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target, `${key} ×${max} reaches it`).toBeFocused();
}

test('every page is reachable by keyboard alone', async ({ page }) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  const main = page.getByRole('main');
  const skip = page.getByRole('link', { name: t('ui.skipToContent') });
  // From the top of the page: the skip link is the first Tab stop.
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  for (const { link, title } of menuPages) {
    // The menu comes before the page's content, so Shift+Tab from the content
    // (or Tab from the skip link) walks to the page's link.
    const navLink = app.nav().getByRole('link', { name: link, exact: true });
    const towardsMenu = (await main.evaluate((el) => el.contains(document.activeElement)))
      ? 'Shift+Tab'
      : 'Tab';
    await pressUntilFocused(page, navLink, towardsMenu);
    await page.keyboard.press('Enter');
    await expect(app.heading(title), `${link} opens its page`).toBeVisible();

    // Back up to the skip link and through it: the focus lands on the main
    // region, which holds this page's heading (the same page, not another).
    await pressUntilFocused(page, skip, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(main, `the skip link on ${title} focuses the main region`).toBeFocused();
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(title);
    // And Tab goes on into the page's own controls.
    await page.keyboard.press('Tab');
    await expect(main.locator(':focus'), `Tab from the main region of ${title}`).toHaveCount(1);
  }
});
