import { expect, test, type Page } from './fixtures';
import { readFile } from 'node:fs/promises';
import { messages } from '../../src/core/i18n/messages';
import { pdfText } from '../unit/support/pdfText';
import { analyzeSettled } from './axe';
import { TalkootApp } from './pages/TalkootApp';
import { re, t } from './text';

const fi = messages.fi.profileDetails;
const ui = messages.fi.ui;
// A real 3 × 2 RGB PNG (signature, IHDR, IDAT, IEND, every CRC right).
const pngBase64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAIAAAASFvFNAAAAEUlEQVR4nGP4z8AAQTD6PwMAPtUF+6guL00AAAAASUVORK5CYII=';
const pngDataUrl = `data:image/png;base64,${pngBase64}`;
/** A refusal as the app words it for `name`: limits of 1 MB and 4000 × 4000 pixels. */
const refusal = (text: string, name: string) =>
  text.replace('{{name}}', name).replace('{{size}}', '1,0\u00a0Mt').replaceAll('{{side}}', '4000');

const noViolations = async (page: Page) =>
  expect(
    (await analyzeSettled(page)).violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`,
    ),
  ).toEqual([]);

/** Choose a file for the logo: the file input behind the "choose a logo" button. */
async function chooseLogo(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.locator('input[type="file"][accept="image/png,image/jpeg"]').setInputFiles(file);
}

test('the logo and the fiscal year start month in the association details reach the annual summary', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = new TalkootApp(page);
  await app.open();
  await app.openDemo();
  await app.goTo(t('ui.nav.settings'));
  const details = page.getByRole('region', { name: ui.settings.profileSection });
  const logoGroup = details.getByRole('group', { name: fi.logo });
  const preview = logoGroup.getByRole('img', { name: fi.preview });
  await expect(logoGroup.getByText(fi.noLogo)).toBeVisible();

  // A file of another type, chosen with the keyboard (Tab to the button, Space opens the
  // file chooser), and a PNG over 1 MB: each says why, and nothing changes.
  await details.getByRole('textbox', { name: ui.profile.hourValueSource }).focus();
  const chooseButton = logoGroup.getByRole('button', { name: fi.chooseLogo });
  for (
    let i = 0;
    i < 5 && !(await chooseButton.evaluate((b) => b === document.activeElement));
    i++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(chooseButton).toBeFocused();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (
    await chooser
  ).setFiles({
    name: 'muistio.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('hei'),
  });
  await expect(logoGroup.getByRole('alert')).toHaveText(
    fi.wrongType.replace('{{name}}', 'muistio.txt'),
  );
  await expect(logoGroup.getByText(fi.noLogo)).toBeVisible();
  const big = Buffer.concat([Buffer.from(pngBase64, 'base64'), Buffer.alloc(1100 * 1024)]);
  await chooseLogo(page, { name: 'iso.png', mimeType: 'image/png', buffer: big });
  await expect(logoGroup.getByRole('alert')).toHaveText(refusal(fi.tooLarge, 'iso.png'));
  await expect(preview).toHaveCount(0);

  // A real PNG: previewed, kept when the details are saved.
  await chooseLogo(page, {
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: Buffer.from(pngBase64, 'base64'),
  });
  await expect(preview).toBeVisible();
  await expect(logoGroup.getByRole('alert')).toHaveText('');
  // A broken "PNG" afterwards leaves the chosen logo in place.
  await chooseLogo(page, {
    name: 'rikki.png',
    mimeType: 'image/png',
    buffer: Buffer.from('not a png'),
  });
  await expect(logoGroup.getByRole('alert')).toHaveText(refusal(fi.unreadable, 'rikki.png'));
  await expect(preview).toHaveAttribute('src', pngDataUrl);

  // The financial year starts in July: chosen with the keyboard.
  const month = details.getByRole('combobox', { name: fi.fiscalYearStartMonth });
  await expect(month).toHaveValue('tammikuu');
  await month.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('option', { name: 'tammikuu' })).toBeVisible();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(month).toHaveValue('heinäkuu');
  await noViolations(page);

  await details.getByRole('button', { name: ui.profile.saveProfile }).focus();
  await page.keyboard.press('Enter');
  await app.waitForStoredProfile('fiscalYearStartMonth', 7);
  await app.waitForStoredProfile('logoDataUrl', pngDataUrl);

  // The annual summary now runs from July to June, and its letterhead has the logo.
  await app.goTo(t('ui.nav.reports'));
  await expect(app.heading(t('ui.reports.title'))).toBeVisible();
  const annual = page.getByRole('radio', { name: t('reportsPage.kinds.annual') });
  await annual.focus();
  await page.keyboard.press('Space');
  await expect(annual).toBeChecked();
  await expect(
    page.getByRole('heading', {
      name: re(
        'reportsPage.previewHeading',
        { report: t('reportsPage.kinds.annual'), period: /1\.7\.\d{4}–30\.6\.\d{4}/ },
        { exact: true },
      ),
    }),
  ).toBeVisible();
  await noViolations(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: t('reportsPage.make') }).focus();
  await page.keyboard.press('Enter');
  const bytes = await readFile(await (await download).path());
  expect(pdfText(bytes)).toMatch(/1\.7\.\d{4}–30\.6\.\d{4}/);
  // pdfmake embeds the logo as an image XObject.
  expect(bytes.toString('latin1')).toMatch(/\/Subtype \/Image/);

  // Removing the logo takes it off the next report.
  await app.goTo(t('ui.nav.settings'));
  await page.getByRole('button', { name: fi.removeLogo }).focus();
  await page.keyboard.press('Enter');
  await expect(logoGroup.getByText(fi.noLogo)).toBeVisible();
  await details.getByRole('button', { name: ui.profile.saveProfile }).focus();
  await page.keyboard.press('Enter');
  // The first save's notice may still be showing: wait for the stored profile instead.
  await app.waitForStoredProfile('logoDataUrl', null);
  await page.reload();
  await expect(logoGroup.getByText(fi.noLogo)).toBeVisible();
  await expect(preview).toHaveCount(0);
});
