import { expect, test, e2eNow } from './fixtures';
import { execFileSync } from 'node:child_process';
import { analyzeSettled } from './axe';
import { demoDataFile } from './demoFile';
import { TalkootApp } from './pages/TalkootApp';
import { re, t } from './text';

/** The PDF's text, page by page, as poppler reads it. */
function pdfPages(path: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], {
    encoding: 'utf8',
  });
  return text.split('\f').filter((p) => p.trim() !== '');
}

test('invoice the unpaid fees, find one page each with the codes, and the fees remember it', async ({
  page,
}) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  await app.goTo(t('ui.nav.fees'));
  const section = page.getByRole('region', { name: new RegExp(`^${t('invoices.title')}`) });
  await expect(section).toBeVisible();
  const status = section.getByRole('status');
  await expect(status).toHaveText(new RegExp(`^${re('invoices.count', { count: /\d+/ }).source}`));
  const count = Number((await status.textContent())!.match(/^(\d+)/)![1]);
  expect(count).toBeGreaterThan(0);

  const results = await analyzeSettled(page);
  expect(results.violations.map((v) => v.id)).toEqual([]);

  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: t('reportsPage.make') }).click();
  const pdf = await (await download).path();
  const pages = pdfPages(pdf);
  expect(pages).toHaveLength(count);
  for (const text of pages) {
    expect(text).toMatch(/LASKU|FAKTURA|INVOICE/);
    expect(text).toMatch(/\b[45]\d{53}\b/);
  }
  // Saved: the fees now carry their invoice date, so a second run has nothing new.
  await expect(page.getByText(re('invoices.saved'))).toBeVisible();
  await expect(status).toHaveText(t('invoices.none'));
  await page.reload();
  await expect(section.getByRole('status')).toHaveText(t('invoices.none'));
  // All of them again, when asked.
  await section.getByRole('checkbox', { name: t('invoices.onlyNotInvoiced') }).uncheck();
  await expect(section.getByRole('status')).toHaveText(new RegExp(`^${count} jäsenmaksua?`));
});

test('without an account number the section says what to fill in and where', async ({ page }) => {
  const file = demoDataFile({
    scale: 30,
    edit: (tables) => {
      (tables.profile![0] as { iban?: string }).iban = '';
    },
  });
  const app = new TalkootApp(page);
  await app.open();
  await app.restoreOnWelcome(file.path);
  await expect(app.heading(t('ui.home.title'))).toBeVisible({ timeout: 30_000 });
  await app.goTo(t('ui.nav.fees'));
  const section = page.getByRole('region', { name: new RegExp(`^${t('invoices.title')}`) });
  await expect(section.getByText(re('invoices.errors.noIban'))).toBeVisible();
  await section.getByRole('link', { name: t('ui.nav.settings') }).click();
  await expect(app.heading(t('ui.settings.title'))).toBeVisible();
});

test('invoice three unpaid fees, import a statement paying two, and the third stays unpaid', async ({
  page,
}) => {
  const year = e2eNow().getFullYear();
  type Fee = {
    id: string;
    personId: string;
    year: number;
    amountCents: number;
    reference?: string;
    paidOn?: string;
    deletedAt?: string;
  };
  type Person = { id: string; fullName: string };
  let three: Fee[] = [];
  const file = demoDataFile({
    scale: 30,
    edit: (tables) => {
      // Three of this year's fees unpaid, every other fee paid: the treasurer's own situation.
      const fees = tables.fees as Fee[];
      three = fees
        .filter((f) => f.year === year && !f.deletedAt && f.reference && f.amountCents > 0)
        .slice(0, 3);
      for (const f of fees) {
        if (three.includes(f)) delete f.paidOn;
        else f.paidOn ??= `${f.year}-02-01`;
      }
    },
  });
  expect(three).toHaveLength(3);
  const names = three.map(
    (f) => (file.tables.people as Person[]).find((p) => p.id === f.personId)!.fullName,
  );

  const app = new TalkootApp(page);
  await app.open();
  await app.restoreOnWelcome(file.path);
  await expect(app.heading(t('ui.home.title'))).toBeVisible({ timeout: 30_000 });
  await app.goTo(t('ui.nav.fees'));
  const invoices = page.getByRole('region', { name: new RegExp(`^${t('invoices.title')}`) });
  await expect(invoices.getByRole('status')).toHaveText(/^3 jäsenmaksua, yhteensä/);
  const download = page.waitForEvent('download');
  await invoices.getByRole('button', { name: t('reportsPage.make') }).click();
  expect(pdfPages(await (await download).path())).toHaveLength(3);

  // The bank's statement: the first two paid (one with the RF form of its reference),
  // the third paid 5 € short, and a payment nobody invoiced.
  const euros = (cents: number) => (cents / 100).toFixed(2).replace('.', ',');
  const csv = [
    'Kirjauspäivä;Määrä EUR;Saaja/Maksaja;Viite',
    `2.12.${year};${euros(three[0]!.amountCents)};${names[0]};${three[0]!.reference}`,
    `3.12.${year};${euros(three[1]!.amountCents)};${names[1]};RF${rfCheck(three[1]!.reference!)}${three[1]!.reference}`,
    `3.12.${year};${euros(three[2]!.amountCents - 500)};${names[2]};${three[2]!.reference}`,
    `4.12.${year};25,00;Tuntematon;12345672`,
  ].join('\n');
  const statements = page.getByRole('region', { name: t('invoices.statement.title') });
  await statements.getByRole('button', { name: t('invoices.statement.open') }).click();
  const dialog = page.getByRole('dialog', { name: t('invoices.statement.dialogTitle') });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: t('grantImport.dialog.chooseFile') }).click();
  await (
    await chooser
  ).setFiles({ name: 'tiliote.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(dialog.getByRole('status')).toHaveText(
    '2 jäsenmaksua merkitään maksetuiksi. 2 maksua ei muuta mitään (katso taulukko).',
  );
  await expect(
    dialog.getByRole('row', { name: re('invoices.statement.outcomes.wrongAmount') }),
  ).toContainText(names[2]!);
  const results = await analyzeSettled(page);
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await dialog.getByRole('button', { name: t('invoices.statement.confirm', { count: 2 }) }).click();
  await expect(page.getByText('2 jäsenmaksua merkittiin maksetuiksi tiliotteelta.')).toBeVisible();

  // The third is still unpaid, the others paid on the statement's days.
  const list = page.getByRole('region', { name: t('fees.list.title', { year }) });
  const search = list.getByRole('searchbox', { name: t('fees.list.search') });
  await search.fill(names[2]!);
  await expect(list.getByRole('row', { name: new RegExp(names[2]!) })).toContainText(
    t('fees.unpaid'),
  );
  await search.fill(names[0]!);
  await expect(list.getByRole('row', { name: new RegExp(names[0]!) })).toContainText(
    `2.12.${year}`,
  );
  await invoices.getByRole('checkbox', { name: t('invoices.onlyNotInvoiced') }).uncheck();
  await expect(invoices.getByRole('status')).toHaveText(/^1 jäsenmaksu, yhteensä/);

  // Her own page shows when she was invoiced and prints her invoice again.
  await search.fill(names[2]!);
  await list.getByRole('link', { name: names[2]! }).click();
  await expect(app.heading(names[2]!)).toBeVisible();
  const fees = page.getByRole('region', { name: t('fees.title') });
  await expect(fees.getByRole('row', { name: new RegExp(`^${year}`) })).toContainText(
    re('invoices.lastInvoiced', { date: /\d.*?/ }),
  );
  const again = page.waitForEvent('download');
  await fees.getByRole('button', { name: t('invoices.person.invoiceFor', { year }) }).click();
  const pages = pdfPages(await (await again).path());
  expect(pages).toHaveLength(1);
  expect(pages[0]).toContain(names[2]!);
});

/** ISO 11649 check digits of an RF reference made from `domestic`, computed here independently. */
function rfCheck(domestic: string): string {
  const digits = `${domestic}2715` + '00';
  let rem = 0;
  for (const d of digits) rem = (rem * 10 + Number(d)) % 97;
  return String(98 - rem).padStart(2, '0');
}
