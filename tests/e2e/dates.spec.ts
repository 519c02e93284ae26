import { expect, test, type Page } from './fixtures';
import { readFile } from 'node:fs/promises';
import { pdfText } from '../unit/support/pdfText';
import { analyzeSettled } from './axe';
import { localToday } from './figures';
import { TalkootApp } from './pages/TalkootApp';
import { re, t } from './text';

// The browser (and so the operating system, for a user) says English, US: the
// app's date fields still follow the app's language, never the locale.
test.use({ locale: 'en-US' });

const violations = async (page: Page) =>
  (await analyzeSettled(page)).violations.map(
    (v) =>
      `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join('; ')}`,
  );

test('1.12.2026 typed with an en-US browser is 1 December 2026: stored, listed, filtered, and shown in English', async ({
  page,
}) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  await app.goTo(t('ui.nav.hours'));

  const form = page.getByRole('region', { name: t('ui.hourForm.title') });
  await form.getByRole('combobox', { name: t('ui.hours.person') }).fill('Marjatta Virtanen');
  await page.getByRole('option', { name: 'Marjatta Virtanen (Tampere)' }).click();
  const date = form.getByRole('textbox', { name: t('ui.hours.date'), exact: true });
  // Not a date: said under the field in Finnish, the text stays for correcting.
  await date.fill('31.2.2026');
  await date.blur();
  await expect(page.getByText('”31.2.2026” ei ole päivämäärä.', { exact: false })).toBeVisible();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(date).toHaveValue('31.2.2026');
  await date.fill('1.12.2026');
  await form.getByRole('textbox', { name: t('ui.hours.duration'), exact: true }).fill('2');
  await expect(date).toHaveValue('1.12.2026');
  await expect(date).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel(t('ui.hourForm.note')).fill('päivämäärätesti');
  await page.getByRole('button', { name: t('ui.hourForm.save') }).click();
  await expect(page.getByText('Tallennettu: Marjatta Virtanen (')).toBeVisible();
  // The date stays for the next volunteer of the same day.
  await expect(date).toHaveValue('1.12.2026');

  // The list, filtered to that day; "1.12." is this year's 1 December.
  const thisYear = localToday().slice(0, 4);
  await app.fillDate(page.getByLabel(t('reportsPage.from'), { exact: true }), '2026-12-01');
  const to = page.getByLabel(t('reportsPage.to'), { exact: true });
  await to.fill('1.12.');
  await to.blur();
  await expect(to).toHaveValue(`1.12.${thisYear}`);
  await app.fillDate(to, '2026-12-01');
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: 'Marjatta Virtanen' }) })
    .filter({ has: page.getByRole('cell', { name: '1.12.2026', exact: true }) });
  await expect(row.first()).toBeVisible();

  // Stored as the ISO date 2026-12-01.
  const { text } = await app.exportDataFile();
  const hours = JSON.parse(text).tables.hours as { date: string; note?: string }[];
  expect(hours.filter((h) => h.note === 'päivämäärätesti').map((h) => h.date)).toEqual([
    '2026-12-01',
  ]);

  // In English the same day is 1 Dec 2026, and 1/12/2026 is read day first.
  await app.goTo(t('ui.nav.hours'));
  // The Settings page stays on screen until the hour page's code has loaded, and
  // its "Raporttien oletuskieli" also matches "Kieli" unless the name is exact.
  await expect(app.heading(t('ui.hours.title'))).toBeVisible();
  await page.getByRole('combobox', { name: t('ui.language'), exact: true }).click();
  await page.getByRole('option', { name: t('ui.languages.en') }).click();
  await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue(t('ui.languages.en'));
  // The dotted Finnish way is understood in English too, and shown the English way.
  const enDate = page
    .getByRole('region', { name: 'Log hours' })
    .getByRole('textbox', { name: 'Date', exact: true });
  await enDate.fill('1.12.2026');
  await enDate.blur();
  await expect(enDate).toHaveValue('1 Dec 2026');
  const from = page.getByLabel('From', { exact: true });
  await from.fill('1/12/2026');
  await from.blur();
  await expect(from).toHaveValue('1 Dec 2026');
});

test('the calendar works by keyboard alone, and the date fields pass axe at 1280 and 640 px', async ({
  page,
}) => {
  // Six axe runs over the demo's long hour list on a shared machine.
  test.setTimeout(180_000);
  const app = new TalkootApp(page);
  await app.openWithDemo();
  await app.goTo(t('ui.nav.hours'));
  const date = page
    .getByRole('region', { name: t('ui.hourForm.title') })
    .getByRole('textbox', { name: t('ui.hours.date'), exact: true });
  await app.fillDate(date, '2026-12-01');

  // From the field, Tab reaches the calendar button; Enter opens it on the chosen day.
  await date.focus();
  await page.keyboard.press('Tab');
  const button = page.getByRole('button', { name: t('dateField.openCalendar') }).first();
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'tiistai 1.12.2026' })).toBeFocused();
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('button', { name: 'keskiviikko 2.12.2026' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(date).toHaveValue('2.12.2026');
  // The focus returns to the calendar button, next to the field.
  await expect(button).toBeFocused();
  await expect(page.getByRole('button', { name: 'keskiviikko 2.12.2026' })).toBeHidden();
  // Escape closes it without choosing.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'keskiviikko 2.12.2026' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'keskiviikko 2.12.2026' })).toBeHidden();
  await expect(date).toHaveValue('2.12.2026');

  for (const width of [1280, 640]) {
    await page.setViewportSize({ width, height: 900 });
    await app.goTo(t('ui.nav.hours'));
    await expect(date).toBeVisible();
    expect(await violations(page), `hours page at ${width} px`).toEqual([]);
    await page
      .getByRole('button', { name: t('dateField.openCalendar') })
      .first()
      .click();
    await expect(
      page.getByRole('button', { name: t('dateField.calendar.previousMonth') }),
    ).toBeVisible();
    expect(await violations(page), `open calendar at ${width} px`).toEqual([]);
    await page.screenshot({ path: test.info().outputPath(`calendar-${width}.png`) });
    await page.keyboard.press('Escape');

    await app.goTo(t('ui.nav.reports'));
    await page.getByRole('radio', { name: t('reportsPage.kinds.advocacy') }).check({ force: true });
    await expect(page.getByLabel(t('reportsPage.from'), { exact: true })).toBeVisible();
    expect(await violations(page), `reports page at ${width} px`).toEqual([]);
  }
});

test('a new association’s annual summary is of its current year, and an empty year asks before the PDF', async ({
  page,
}) => {
  const year = localToday().slice(0, 4);
  const app = new TalkootApp(page);
  await app.createAssociation('Uusi Kerho ry', 'Kuopio');

  await app.goTo(t('ui.nav.reports'));
  await page
    .getByRole('radio', { name: t('grants.defaultChecklist.annualReport') })
    .check({ force: true });
  const yearBox = page.getByRole('combobox', { name: t('ui.common.year') });
  await expect(yearBox).toHaveValue(year);
  await expect(
    page.getByRole('heading', { name: `Esikatselu: Toimintakertomus, 1.1.${year}–31.12.${year}` }),
  ).toBeVisible();

  // Nothing recorded in the year: said before saving, and Cancel saves nothing.
  const make = page.getByRole('button', { name: t('reportsPage.make') });
  await make.click();
  const dialog = page.getByRole('dialog', { name: t('dateField.emptyPeriod.title') });
  await expect(dialog).toContainText(
    t('dateField.emptyPeriod.body', { period: `1.1.${year}–31.12.${year}` }),
  );
  expect(await violations(page)).toEqual([]);
  await dialog.getByRole('button', { name: t('ui.common.cancel') }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(re('reportsPage.saved', {}, { exact: true }))).toHaveCount(0);

  // Asked again, and made when the user says so.
  await make.click();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: t('dateField.emptyPeriod.make') }).click();
  const file = await download;
  const text = pdfText(await readFile(await file.path()));
  expect(text).toContain(t('grants.defaultChecklist.annualReport'));
  expect(text).toContain(year);
  expect(text).toContain('Uusi Kerho ry');
  await expect(
    page.getByText(re('reportsPage.saved', { name: /.*\.pdf/ }, { exact: true })).first(),
  ).toBeVisible();
});
