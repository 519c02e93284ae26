import { expect, test } from './fixtures';
import { readFile } from 'node:fs/promises';
import { pdfText } from '../unit/support/pdfText';
import { TalkootApp } from './pages/TalkootApp';
import { analyzeSettled } from './axe';
import { re, t } from './text';

const toMinutes = (text: string) => {
  const m = /^([\d\s]+)\sh(?: (\d+)\smin)?$/.exec(text.replace(/\u00a0/g, ' ').trim());
  if (!m) throw new Error(`not a duration: ${text}`);
  return Number(m[1]!.replace(/\s/g, '')) * 60 + Number(m[2] ?? 0);
};

test('a volunteer’s page shows hours by year and kind and makes their certificate PDF', async ({
  page,
}) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  await app.goTo(t('ui.nav.members'));
  await page.getByRole('searchbox', { name: t('ui.members.search') }).fill('åsa öhm');
  await expect(
    page.getByRole('status').filter({ hasText: t('ui.members.matches', { count: 1 }) }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Åsa Öhman' }).click();
  await expect(app.heading('Åsa Öhman')).toBeVisible();
  expect((await analyzeSettled(page)).violations.map((v) => v.id)).toEqual([]);

  const table = page.getByRole('table', { name: t('person.hoursByYearCaption') });
  const yearTotals = await table.locator('tbody tr td:last-child').allInnerTexts();
  expect(yearTotals.length).toBeGreaterThan(0);
  const allMinutes = yearTotals.map(toMinutes).reduce((a, b) => a + b, 0);

  // All time, in Finnish, signed by the chair.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: t('person.certificate.make') }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Todistus-vapaaehtoistyöstä-Åsa-Öhman\.pdf$/);
  const text = pdfText(await readFile(await file.path()));
  expect(text).toContain(t('person.certificate.title'));
  expect(text).toContain('Åsa Öhman');
  expect(text).toContain('Järvilinnan Sydänyhdistys ry');
  expect(text).toContain('Marjatta Virtanen');
  const total = new RegExp(`${t('reports.common.total')}\\s+([\\d ]+ h(?: \\d+ min)?)`).exec(text);
  expect(total, text).not.toBeNull();
  expect(toMinutes(total![1]!)).toBe(allMinutes);

  // One year, in Swedish, signed by the treasurer: the language of the PDF, not of the UI.
  const firstYear = (await table.locator('tbody tr th').first().innerText()).trim();
  await page.getByRole('combobox', { name: t('person.certificate.period') }).click();
  await page.getByRole('option', { name: firstYear }).click();
  await page.getByRole('combobox', { name: t('person.certificate.language') }).click();
  await page.getByRole('option', { name: t('ui.languages.sv') }).click();
  await page.getByRole('combobox', { name: t('person.certificate.signer') }).click();
  await page.getByRole('option', { name: re('person.certificate.treasurer') }).click();
  const download2 = page.waitForEvent('download');
  await page.getByRole('button', { name: t('person.certificate.make') }).click();
  const sv = pdfText(await readFile(await (await download2).path()));
  expect(sv).toContain(t('reports.certificate.title', {}, 'sv'));
  expect(sv).toContain(`1.1.${firstYear}`);
  expect(sv).toContain('Pekka Lehtonen');
  expect(sv).toContain(t('officials.signatureRoles.treasurer', {}, 'sv'));
  const svTotal = new RegExp(
    `${t('reports.common.total', {}, 'sv')}\\s+([\\d ]+ h(?: \\d+ min)?)`,
  ).exec(sv);
  expect(toMinutes(svTotal![1]!)).toBe(toMinutes(yearTotals[0]!));
});
