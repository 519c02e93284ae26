import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { pdfFontsOf, pdfText } from '../unit/support/pdfText';
import { TalkootApp } from './pages/TalkootApp';
import { analyzeSettled } from './axe';

/** Click "Save PDF" and read the downloaded file back as text. */
async function savePdf(page: Page, button = 'Tallenna PDF') {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await download;
  const bytes = await readFile(await file.path());
  return { name: file.suggestedFilename(), text: pdfText(bytes), fonts: pdfFontsOf(bytes) };
}

const noViolations = async (page: Page) =>
  expect(
    (await analyzeSettled(page)).violations.map(
      (v) =>
        `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join('; ')}`,
    ),
  ).toEqual([]);

test('make each of the three reports from the Reports page', async ({ page }) => {
  test.setTimeout(120_000);
  const app = new TalkootApp(page);
  await app.open();
  await app.openDemo();
  await app.goTo('Raportit');
  await expect(app.heading('Raportit')).toBeVisible();

  // The grant usage report of the grant shown in the choice, in Finnish.
  await page.getByRole('radio', { name: 'Avustuksen käyttöselvitys' }).check({ force: true });
  const grantBox = page.getByRole('combobox', { name: 'Avustus' });
  const grantLabel = await grantBox.inputValue();
  const grantName = grantLabel.split(' – ')[0]!;
  await expect(page.getByRole('heading', { name: /^Esikatselu: Avustuksen/ })).toBeVisible();
  const previewed = await app.figureTexts(['Käytetty', 'Käyttämättä', 'Kokoontumiset']);
  await noViolations(page);
  const grant = await savePdf(page);
  // The preview shows the report's own figures: the PDF prints the same.
  const flat = grant.text.replace(/\s+/g, ' ');
  for (const value of Object.values(previewed)) expect(flat).toContain(value.replace(/\s+/g, ' '));
  expect(grant.name).toMatch(/\.pdf$/);
  // Every font embedded, the chart's labels included (they are drawn by svg-to-pdfkit).
  expect(grant.fonts.length).toBeGreaterThan(0);
  expect(grant.fonts.filter((f) => !f.embedded)).toEqual([]);
  expect(grant.text).toMatch(/tammi\s+helmi\s+maalis/);
  expect(grant.text).toContain('Avustuksen käyttöselvitys');
  expect(grant.text).toContain(grantName);
  expect(grant.text).toContain('Järvilinnan Sydänyhdistys ry');
  await expect(page.getByText(/^Raportti tallennettu: .*\.pdf$/).first()).toBeVisible();

  // The advocacy summary for one municipality, in Swedish while the app stays Finnish.
  await page.getByRole('radio', { name: 'Vaikuttamistyön yhteenveto' }).check({ force: true });
  await page.getByRole('combobox', { name: 'Kunta' }).click();
  await page.getByRole('option', { name: 'Tampere' }).click();
  await page.getByRole('combobox', { name: 'Raportin kieli' }).click();
  await page.getByRole('option', { name: 'Svenska' }).click();
  await noViolations(page);
  const advocacy = await savePdf(page);
  expect(advocacy.text).toContain('Sammanfattning av påverkansarbetet');
  expect(advocacy.text).toContain('Tampere');

  // The annual summary of a chosen year, back in Finnish.
  await page.getByRole('radio', { name: 'Toimintakertomus' }).check({ force: true });
  await page.getByRole('combobox', { name: 'Vuosi' }).click();
  await page.getByRole('option', { name: '2025' }).click();
  await page.getByRole('combobox', { name: 'Raportin kieli' }).click();
  await page.getByRole('option', { name: 'Suomi' }).click();
  await noViolations(page);
  const annual = await savePdf(page);
  expect(annual.text).toContain('Toimintakertomus');
  expect(annual.text).toContain('2025');
  expect(annual.text).toContain('Järvilinnan Sydänyhdistys ry');

  // The last choice is remembered.
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Toimintakertomus' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Vuosi' })).toHaveValue('2025');
});

test('the association’s own texts are saved with its details and printed', async ({ page }) => {
  const app = new TalkootApp(page);
  await app.open();
  await app.openDemo();
  await app.goTo('Raportit');
  await page.getByRole('radio', { name: 'Vaikuttamistyön yhteenveto' }).check({ force: true });
  const asks = page.getByRole('textbox', { name: 'Toiveemme ja pyyntömme' });
  await asks.fill('Pysyvä kokoontumistila Åkerlundinkadulle – 2 500 €/vuosi');
  await page.getByRole('button', { name: 'Tallenna tekstit' }).click();
  await expect(page.getByText('Tekstit tallennettu.')).toBeVisible();
  await page.reload();
  await expect(asks).toHaveValue('Pysyvä kokoontumistila Åkerlundinkadulle – 2 500 €/vuosi');
  const pdf = await savePdf(page);
  expect(pdf.text).toContain('Pysyvä kokoontumistila Åkerlundinkadulle');
});

test('the preview is read for the chosen period and agrees with the home page', async ({
  page,
}) => {
  const app = new TalkootApp(page);
  await app.open();
  await app.openDemo();
  const home = await app.figureTexts(['Kokoontumisia', 'Vapaaehtoistunteja']);
  const year = new Date().getFullYear();
  await app.goTo('Raportit');

  // The advocacy summary covers this year up to today by default: the home page's period.
  await page.getByRole('radio', { name: 'Vaikuttamistyön yhteenveto' }).check({ force: true });
  await expect(
    page.getByRole('heading', { name: /^Esikatselu: Vaikuttamistyön yhteenveto, 1\.1\./ }),
  ).toBeVisible();
  await expect(app.figure('Kokoontumiset')).toHaveText(home['Kokoontumisia']!);
  await expect(app.figure('Vapaaehtoistunnit')).toHaveText(home['Vapaaehtoistunteja']!);

  // Each year chosen for the annual summary is read again.
  await page.getByRole('radio', { name: 'Toimintakertomus' }).check({ force: true });
  for (const y of [year - 1, year]) {
    await page.getByRole('combobox', { name: 'Vuosi' }).click();
    await page.getByRole('option', { name: String(y) }).click();
    await expect(
      page.getByRole('heading', {
        name: `Esikatselu: Toimintakertomus, 1.1.${y}–31.12.${y}`,
      }),
    ).toBeVisible();
  }
  // This year's annual summary has the same hours as the home page (none are in the future).
  await expect(app.figure('Vapaaehtoistunnit')).toHaveText(home['Vapaaehtoistunteja']!);
  await expect(page.getByRole('button', { name: 'Tallenna PDF' })).toBeEnabled();
});

test('a link with ?grant= chooses the grant, and a grant not received gets the reason, no PDF', async ({
  page,
}) => {
  const app = new TalkootApp(page);
  await app.open();
  await app.openDemo();
  const { text } = await app.exportDataFile();
  const grants = (
    JSON.parse(text) as { tables: { grants: { id: string; name: string; status: string }[] } }
  ).tables.grants;
  const reported = grants.find((g) => g.status === 'reported')!;
  const submitted = grants.find((g) => g.status === 'submitted')!;

  await page.goto(`/#/reports?grant=${reported.id}`);
  await expect(app.heading('Raportit')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Avustuksen käyttöselvitys' })).toBeChecked();
  const grantBox = page.getByRole('combobox', { name: 'Avustus' });
  await expect(grantBox).toHaveValue(new RegExp(`^${reported.name} – `));
  await expect(page.getByRole('heading', { name: /^Esikatselu: Avustuksen/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tallenna PDF' })).toBeEnabled();

  await page.goto(`/#/reports?grant=${submitted.id}`);
  await expect(grantBox).toHaveValue(new RegExp(`^${submitted.name} – `));
  const alert = page.getByRole('alert', { name: 'Esikatselu' });
  await expect(alert).toContainText(`Avustuksesta ${submitted.name} ei tehdä käyttöselvitystä`);
  await expect(alert).toContainText('tila: Haettu');
  await expect(page.getByRole('heading', { name: /^Esikatselu: Avustuksen/ })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Tallenna PDF' })).toBeDisabled();
  await noViolations(page);
});
