import { expect, test, type Page, e2eNow } from './fixtures';
import { readFile } from 'node:fs/promises';
import { pdfFontsOf, pdfText } from '../unit/support/pdfText';
import { TalkootApp } from './pages/TalkootApp';
import { analyzeSettled } from './axe';
import { re, t } from './text';

/** The preview's heading for a report kind; `period` as a pattern when the test knows it. */
const previewOf = (kind: 'grant' | 'advocacy', period?: RegExp) =>
  re(
    'reportsPage.previewHeading',
    { report: t(`reportsPage.kinds.${kind}`), ...(period && { period }) },
    { exact: true },
  );

/** Click "Save PDF" and read the downloaded file back as text. */
async function savePdf(page: Page, button = t('reportsPage.make')) {
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
  await app.openWithDemo();
  await app.goTo(t('ui.nav.reports'));
  await expect(app.heading(t('ui.reports.title'))).toBeVisible();

  // The grant usage report of the grant shown in the choice, in Finnish.
  await page.getByRole('radio', { name: t('reportsPage.kinds.grant') }).check({ force: true });
  const grantBox = page.getByRole('combobox', { name: t('reportsPage.grant') });
  const grantLabel = await grantBox.inputValue();
  const grantName = grantLabel.split(' – ')[0]!;
  await expect(page.getByRole('heading', { name: previewOf('grant') })).toBeVisible();
  const previewed = await app.figureTexts([
    t('ui.grants.spent'),
    t('grantsPage.budget.unused'),
    t('reportsPage.figures.sessions'),
  ]);
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
  expect(grant.text).toContain(t('reportsPage.kinds.grant'));
  expect(grant.text).toContain(grantName);
  expect(grant.text).toContain('Järvilinnan Sydänyhdistys ry');
  await expect(
    page.getByText(re('reportsPage.saved', { name: /.*\.pdf/ }, { exact: true })).first(),
  ).toBeVisible();

  // The advocacy summary for one municipality, in Swedish while the app stays Finnish.
  await page.getByRole('radio', { name: t('reportsPage.kinds.advocacy') }).check({ force: true });
  await page.getByRole('combobox', { name: t('reportsPage.municipality') }).click();
  await page.getByRole('option', { name: 'Tampere' }).click();
  await page.getByRole('combobox', { name: t('reportsPage.language') }).click();
  await page.getByRole('option', { name: t('ui.languages.sv') }).click();
  await noViolations(page);
  const advocacy = await savePdf(page);
  expect(advocacy.text).toContain(t('advocacyReport.title', {}, 'sv'));
  expect(advocacy.text).toContain('Tampere');

  // The annual summary of a chosen year, back in Finnish.
  await page
    .getByRole('radio', { name: t('grants.defaultChecklist.annualReport') })
    .check({ force: true });
  await page.getByRole('combobox', { name: t('ui.common.year') }).click();
  await page.getByRole('option', { name: '2025' }).click();
  await page.getByRole('combobox', { name: t('reportsPage.language') }).click();
  await page.getByRole('option', { name: t('ui.languages.fi') }).click();
  await noViolations(page);
  const annual = await savePdf(page);
  expect(annual.text).toContain(t('grants.defaultChecklist.annualReport'));
  expect(annual.text).toContain('2025');
  expect(annual.text).toContain('Järvilinnan Sydänyhdistys ry');

  // The last choice is remembered.
  await page.reload();
  await expect(
    page.getByRole('radio', { name: t('grants.defaultChecklist.annualReport') }),
  ).toBeChecked();
  await expect(page.getByRole('combobox', { name: t('ui.common.year') })).toHaveValue('2025');
});

test('the association’s own texts are saved with its details and printed', async ({ page }) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  await app.goTo(t('ui.nav.reports'));
  await page.getByRole('radio', { name: t('reportsPage.kinds.advocacy') }).check({ force: true });
  const asks = page.getByRole('textbox', { name: t('reportTexts.fields.advocacyAsks') });
  await asks.fill('Pysyvä kokoontumistila Åkerlundinkadulle – 2 500 €/vuosi');
  await page.getByRole('button', { name: t('reportsPage.saveTexts') }).click();
  await expect(page.getByText(t('reportsPage.textsSaved'))).toBeVisible();
  await page.reload();
  await expect(asks).toHaveValue('Pysyvä kokoontumistila Åkerlundinkadulle – 2 500 €/vuosi');
  const pdf = await savePdf(page);
  expect(pdf.text).toContain('Pysyvä kokoontumistila Åkerlundinkadulle');
});

test('the preview is read for the chosen period and agrees with the home page', async ({
  page,
}) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  const home = await app.figureTexts([t('ui.home.sessions'), t('ui.home.volunteerHours')]);
  const year = e2eNow().getFullYear();
  await app.goTo(t('ui.nav.reports'));

  // The advocacy summary covers this year up to today by default: the home page's period.
  await page.getByRole('radio', { name: t('reportsPage.kinds.advocacy') }).check({ force: true });
  await expect(
    page.getByRole('heading', { name: previewOf('advocacy', /1\.1\..*/) }),
  ).toBeVisible();
  await expect(app.figure(t('reportsPage.figures.sessions'))).toHaveText(
    home[t('ui.home.sessions')]!,
  );
  await expect(app.figure(t('ui.hours.title'))).toHaveText(home[t('ui.home.volunteerHours')]!);

  // Each year chosen for the annual summary is read again.
  await page
    .getByRole('radio', { name: t('grants.defaultChecklist.annualReport') })
    .check({ force: true });
  for (const y of [year - 1, year]) {
    await page.getByRole('combobox', { name: t('ui.common.year') }).click();
    await page.getByRole('option', { name: String(y) }).click();
    await expect(
      page.getByRole('heading', {
        name: `Esikatselu: Toimintakertomus, 1.1.${y}–31.12.${y}`,
      }),
    ).toBeVisible();
  }
  // This year's annual summary has the same hours as the home page (none are in the future).
  await expect(app.figure(t('ui.hours.title'))).toHaveText(home[t('ui.home.volunteerHours')]!);
  await expect(page.getByRole('button', { name: t('reportsPage.make') })).toBeEnabled();
});

test('a link with ?grant= chooses the grant, and a grant not received gets the reason, no PDF', async ({
  page,
}) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  const { text } = await app.exportDataFile();
  const grants = (
    JSON.parse(text) as { tables: { grants: { id: string; name: string; status: string }[] } }
  ).tables.grants;
  const reported = grants.find((g) => g.status === 'reported')!;
  const submitted = grants.find((g) => g.status === 'submitted')!;

  await page.goto(`/#/reports?grant=${reported.id}`);
  await expect(app.heading(t('ui.reports.title'))).toBeVisible();
  await expect(page.getByRole('radio', { name: t('reportsPage.kinds.grant') })).toBeChecked();
  const grantBox = page.getByRole('combobox', { name: t('reportsPage.grant') });
  await expect(grantBox).toHaveValue(new RegExp(`^${reported.name} – `));
  await expect(page.getByRole('heading', { name: previewOf('grant') })).toBeVisible();
  await expect(page.getByRole('button', { name: t('reportsPage.make') })).toBeEnabled();

  await page.goto(`/#/reports?grant=${submitted.id}`);
  await expect(grantBox).toHaveValue(new RegExp(`^${submitted.name} – `));
  const alert = page.getByRole('alert', { name: t('reportsPage.preview') });
  await expect(alert).toContainText(
    re('reports.errors.grantNotReceived', { name: submitted.name }),
  );
  await expect(alert).toContainText('tila: Haettu');
  await expect(page.getByRole('heading', { name: previewOf('grant') })).toBeHidden();
  await expect(page.getByRole('button', { name: t('reportsPage.make') })).toBeDisabled();
  await noViolations(page);
});
