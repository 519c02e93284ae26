import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { analyzeSettled } from './axe';
import { demoDataFile } from './demoFile';
import { TalkootApp } from './pages/TalkootApp';

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
  await app.open();
  await app.openDemo();
  await app.goTo('Jäsenmaksut');
  const section = page.getByRole('region', { name: /^Laskut ja maksumuistutukset/ });
  await expect(section).toBeVisible();
  const status = section.getByRole('status');
  await expect(status).toHaveText(/^\d+ jäsenmaksua?, yhteensä/);
  const count = Number((await status.textContent())!.match(/^(\d+)/)![1]);
  expect(count).toBeGreaterThan(0);

  const results = await analyzeSettled(page);
  expect(results.violations.map((v) => v.id)).toEqual([]);

  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Tallenna PDF' }).click();
  const pdf = await (await download).path();
  const pages = pdfPages(pdf);
  expect(pages).toHaveLength(count);
  for (const text of pages) {
    expect(text).toMatch(/LASKU|FAKTURA|INVOICE/);
    expect(text).toMatch(/\b[45]\d{53}\b/);
  }
  // Saved: the fees now carry their invoice date, so a second run has nothing new.
  await expect(page.getByText(/laskua tallennettiin|lasku tallennettiin/)).toBeVisible();
  await expect(status).toHaveText('Ei laskutettavia jäsenmaksuja näillä valinnoilla.');
  await page.reload();
  await expect(section.getByRole('status')).toHaveText(
    'Ei laskutettavia jäsenmaksuja näillä valinnoilla.',
  );
  // All of them again, when asked.
  await section
    .getByRole('checkbox', { name: 'Vain jäsenmaksut, joista ei ole vielä tehty laskua' })
    .uncheck();
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
  await expect(app.heading('Etusivu')).toBeVisible({ timeout: 30_000 });
  await app.goTo('Jäsenmaksut');
  const section = page.getByRole('region', { name: /^Laskut ja maksumuistutukset/ });
  await expect(section.getByText(/Laskuun tarvitaan yhdistyksen tilinumero/)).toBeVisible();
  await section.getByRole('link', { name: 'Asetukset' }).click();
  await expect(app.heading('Asetukset')).toBeVisible();
});
