import { expect, test } from '@playwright/test';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfText } from '../unit/support/pdfText';
import { analyzeSettled } from './axe';
import { localToday } from './figures';
import { TalkootApp } from './pages/TalkootApp';

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
  await app.open();
  await page.getByRole('button', { name: 'Luo yhdistys' }).click();
  await page.getByLabel('Yhdistyksen nimi').fill('Kylän Eläkeläiset ry');
  await page.getByLabel('Kotipaikka').fill('Äänekoski');
  await page.getByRole('button', { name: 'Luo yhdistys' }).click();
  await expect(app.heading('Etusivu')).toBeVisible();

  await app.goTo('Avustukset');
  await page.getByRole('button', { name: 'Uusi rahoittaja…' }).click();
  const funderDialog = page.getByRole('dialog', { name: 'Uusi rahoittaja' });
  await funderDialog.getByLabel('Rahoittajan nimi').fill('Äänekosken kaupunki');
  await app.choose(funderDialog, 'Tyyppi', 'Kunta');
  await funderDialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(funderDialog).toBeHidden();

  await page.getByRole('button', { name: 'Uusi avustus…', exact: true }).click();
  const grantDialog = page.getByRole('dialog', { name: 'Uusi avustus' });
  await grantDialog.getByLabel('Avustuksen nimi').fill('Kerhotoiminta');
  await app.choose(grantDialog, 'Tila', 'Myönnetty');
  await grantDialog.getByLabel('Myönnetty summa').fill('2 000');
  await app.fillDate(grantDialog.getByLabel('Käyttökausi alkaa'), `${year}-01-01`);
  await app.fillDate(grantDialog.getByLabel('Käyttökausi päättyy'), `${year}-12-31`);
  await app.fillDate(grantDialog.getByLabel('Käyttöselvitys viimeistään'), addDays(today, 10));
  await grantDialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(app.heading('Kerhotoiminta')).toBeVisible();

  for (const [name, amount] of [
    ['Tarvikkeet', '500'],
    ['Tilavuokra', '1 500'],
  ] as const) {
    await page.getByRole('button', { name: 'Lisää budjettirivi…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Uusi budjettirivi' });
    await dialog.getByLabel('Budjettirivi').fill(name);
    await dialog.getByLabel('Budjetoitu avustus').fill(amount);
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
  }

  // Two expenses by hand.
  const expenses = page.getByRole('region', { name: 'Kulut' });
  for (const [date, line, amount, payee] of [
    [`${year}-03-02`, 'Tarvikkeet', '100,00', 'Askartelutarvike Oy'],
    [`${year}-04-15`, 'Tilavuokra', '400,00', 'Seurakuntatalo'],
  ] as const) {
    await app.fillDate(expenses.getByLabel('Päivä'), date);
    await expenses.getByLabel('Summa').fill(amount);
    await app.choose(expenses, 'Budjettirivi', line);
    await expenses.getByLabel('Maksun saaja').fill(payee);
    await page.keyboard.press('Enter');
    await expect(
      expenses.getByRole('table', { name: 'Kulut' }).getByRole('cell', { name: payee }),
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
  await page.getByRole('button', { name: 'Tuo kuluja tiedostosta…' }).click();
  const importDialog = page.getByRole('dialog', { name: 'Tuo kuluja tiedostosta' });
  await importDialog.getByLabel('Kulutiedosto').setInputFiles(csv);
  await importDialog.getByRole('button', { name: 'Näytä esikatselu' }).click();
  await expect(importDialog.getByText(/Tuodaan 3 kulua, yhteensä 400,00\s€/)).toBeVisible();
  await importDialog.getByRole('button', { name: 'Tuo 3 kulua' }).click();
  await importDialog.getByRole('button', { name: 'Palaa avustukseen' }).click();
  await expect(importDialog).toBeHidden();

  // A PDF attachment.
  await page.getByLabel('Liitetiedosto').setInputFiles({
    name: 'paatos.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n%test\n'),
  });
  await expect(page.getByRole('cell', { name: 'paatos.pdf' })).toBeVisible();
  // The attachment goes with the checklist's first item, which is then ticked done.
  const link = page.getByRole('combobox', { name: 'Liite kohtaan Tilinpäätös' });
  await link.selectOption({ label: 'paatos.pdf' });
  await page.getByRole('checkbox', { name: 'Tilinpäätös' }).click();
  await expect(page.getByRole('checkbox', { name: /^Tilinpäätös \(tehty / })).toBeChecked();
  await expect(link.locator('option:checked')).toHaveText('paatos.pdf');
  expect((await analyzeSettled(page)).violations.map((v) => v.id)).toEqual([]);

  // 2 000 granted, 900 spent.
  const budget = page.getByRole('region', { name: 'Budjetti ja toteuma' });
  await expect(budget.locator('[data-figure="unused"]')).toHaveText(/^1\s100,00\s€$/);

  // The deadline on the home page.
  await app.goTo('Etusivu');
  await expect(page.getByRole('link', { name: 'Käyttöselvitys: Kerhotoiminta' })).toBeVisible();
  await page.getByRole('link', { name: 'Käyttöselvitys: Kerhotoiminta' }).click();
  await expect(app.heading('Kerhotoiminta')).toBeVisible();

  // The usage report, its figures read back from the PDF.
  await page.getByRole('link', { name: 'Tee käyttöselvitys' }).click();
  await expect(app.heading('Raportit')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tallenna PDF' }).click();
  const text = pdfText(await readFile(await (await download).path()));
  expect(text).toContain('Kerhotoiminta');
  expect(text).toContain('Äänekosken kaupunki');
  expect(text).toMatch(/Tarvikkeet\s+500,00 €\s+150,00 €/);
  expect(text).toMatch(/Tilavuokra\s+1 500,00 €\s+750,00 €/);
  expect(text).toContain('1 100,00 €');
  expect(text).toMatch(/Tilinpäätös\s+valmis/);
});
