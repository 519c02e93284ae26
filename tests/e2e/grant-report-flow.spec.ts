import { expect, test } from './fixtures';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfText } from '../unit/support/pdfText';
import { analyzeSettled } from './axe';
import { localToday } from './figures';
import { TalkootApp } from './pages/TalkootApp';
import { escape, re, t } from './text';

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

test('a treasurer’s own grant from entry to usage report: budget, expenses by hand and by CSV, an attachment, the deadline on the home page, the figures read back from the PDF', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const today = localToday();
  const year = today.slice(0, 4);
  const app = new TalkootApp(page);
  await app.createAssociation('Kylän Eläkeläiset ry', 'Äänekoski');

  await app.goTo(t('ui.nav.grants'));
  await page.getByRole('button', { name: t('grantsPage.funders.newFunder') }).click();
  const funderDialog = page.getByRole('dialog', { name: t('grantsPage.funders.newTitle') });
  await funderDialog.getByLabel(t('grantsPage.funders.name')).fill('Äänekosken kaupunki');
  await app.choose(funderDialog, t('ui.activities.type'), t('reportsPage.municipality'));
  await funderDialog.getByRole('button', { name: t('ui.common.save') }).click();
  await expect(funderDialog).toBeHidden();

  await page.getByRole('button', { name: t('grantsPage.grants.newGrant'), exact: true }).click();
  const grantDialog = page.getByRole('dialog', { name: t('grantsPage.grants.newTitle') });
  await grantDialog.getByLabel(t('grantsPage.grants.name')).fill('Kerhotoiminta');
  await app.choose(grantDialog, t('ui.grants.status'), t('ui.grants.granted'));
  await grantDialog.getByLabel(t('grantsPage.grants.granted')).fill('2 000');
  await app.fillDate(grantDialog.getByLabel(t('grantsPage.grants.periodStart')), `${year}-01-01`);
  await app.fillDate(grantDialog.getByLabel(t('grantsPage.grants.periodEnd')), `${year}-12-31`);
  await app.fillDate(grantDialog.getByLabel(t('grantsPage.grants.reportDue')), addDays(today, 10));
  await grantDialog.getByRole('button', { name: t('ui.common.save') }).click();
  await expect(app.heading('Kerhotoiminta')).toBeVisible();

  for (const [name, amount] of [
    ['Tarvikkeet', '500'],
    ['Tilavuokra', '1 500'],
  ] as const) {
    await page.getByRole('button', { name: t('grantsPage.lines.add') }).click();
    const dialog = page.getByRole('dialog', { name: t('grantsPage.lines.addTitle') });
    await dialog.getByLabel(t('grantsPage.lines.name')).fill(name);
    await dialog.getByLabel(t('grantsPage.lines.budget')).fill(amount);
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
  }

  // Two expenses by hand.
  const expenses = page.getByRole('region', { name: t('grantsPage.expenses.title') });
  for (const [date, line, amount, payee] of [
    [`${year}-03-02`, 'Tarvikkeet', '100,00', 'Askartelutarvike Oy'],
    [`${year}-04-15`, 'Tilavuokra', '400,00', 'Seurakuntatalo'],
  ] as const) {
    await app.fillDate(expenses.getByLabel(t('ui.hours.date')), date);
    await expenses.getByLabel(t('person.fees.amount')).fill(amount);
    await app.choose(expenses, t('grantsPage.lines.name'), line);
    await expenses.getByLabel(t('grantsPage.expenses.payee')).fill(payee);
    await page.keyboard.press('Enter');
    await expect(
      expenses
        .getByRole('table', { name: t('grantsPage.expenses.title') })
        .getByRole('cell', { name: payee }),
    ).toBeVisible();
  }

  // Three by a CSV file as a Finnish spreadsheet saves it.
  const dir = await mkdtemp(join(tmpdir(), 'talkoot-grant-'));
  const csv = join(dir, 'kulut.csv');
  await writeFile(
    csv,
    [
      'Päivämäärä;Summa;Budjettirivi;Saaja',
      `5.5.${year};50,00;Tarvikkeet;Kahvila Äijä`,
      `6.6.${year};200,00;tilavuokra;Kylätalo ry`,
      `7.7.${year};150,00;Tilavuokra;Kylätalo ry`,
    ].join('\r\n'),
  );
  await page.getByRole('button', { name: t('grantImport.dialog.openButton') }).click();
  const importDialog = page.getByRole('dialog', { name: t('grantImport.dialog.title') });
  await importDialog.getByLabel(t('grantImport.dialog.fileInputLabel')).setInputFiles(csv);
  await importDialog.getByRole('button', { name: t('grantImport.dialog.showPreview') }).click();
  await expect(importDialog.getByText(/Tuodaan 3 kulua, yhteensä 400,00\s€/)).toBeVisible();
  await importDialog.getByRole('button', { name: 'Tuo 3 kulua' }).click();
  await importDialog.getByRole('button', { name: t('grantImport.dialog.close') }).click();
  await expect(importDialog).toBeHidden();

  // A PDF attachment.
  await page.getByLabel(t('grantImport.attachments.fileInputLabel')).setInputFiles({
    name: 'paatos.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n%test\n'),
  });
  await expect(page.getByRole('cell', { name: 'paatos.pdf' })).toBeVisible();
  // The attachment goes with the checklist's first item, which is then ticked done.
  const link = page.getByRole('combobox', {
    name: t('grantsPage.checklist.attachment', {
      item: t('grants.defaultChecklist.financialStatements'),
    }),
  });
  await link.selectOption({ label: 'paatos.pdf' });
  await page
    .getByRole('checkbox', { name: t('grants.defaultChecklist.financialStatements') })
    .click();
  await expect(
    page.getByRole('checkbox', {
      name: new RegExp(
        `^${escape(t('grants.defaultChecklist.financialStatements'))} \\(${re('grantsPage.checklist.doneOn').source}`,
      ),
    }),
  ).toBeChecked();
  await expect(link.locator('option:checked')).toHaveText('paatos.pdf');
  expect((await analyzeSettled(page)).violations.map((v) => v.id)).toEqual([]);

  // 2 000 granted, 900 spent.
  const budget = page.getByRole('region', { name: t('grantsPage.budget.title') });
  await expect(budget.locator('[data-figure="unused"]')).toHaveText(/^1\s100,00\s€$/);

  // The deadline on the home page.
  await app.goTo(t('ui.nav.home'));
  await expect(page.getByRole('link', { name: 'Käyttöselvitys: Kerhotoiminta' })).toBeVisible();
  await page.getByRole('link', { name: 'Käyttöselvitys: Kerhotoiminta' }).click();
  await expect(app.heading('Kerhotoiminta')).toBeVisible();

  // The usage report, its figures read back from the PDF.
  await page.getByRole('link', { name: t('grantsPage.page.makeReport') }).click();
  await expect(app.heading(t('ui.reports.title'))).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: t('reportsPage.make') }).click();
  const text = pdfText(await readFile(await (await download).path()));
  expect(text).toContain('Kerhotoiminta');
  expect(text).toContain('Äänekosken kaupunki');
  expect(text).toMatch(/Tarvikkeet\s+500,00 €\s+150,00 €/);
  expect(text).toMatch(/Tilavuokra\s+1 500,00 €\s+750,00 €/);
  expect(text).toContain('1 100,00 €');
  expect(text).toMatch(/Tilinpäätös\s+valmis/);
});
