import { expect, test, type Page } from './fixtures';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { analyzeSettled } from './axe';
import { TalkootApp } from './pages/TalkootApp';
import { re, t } from './text';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/expenses/${name}`, import.meta.url));

async function expectNoViolations(page: Page, where: string) {
  const results = await analyzeSettled(page);
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

/** The demo's last year's operating grant, on its own page. */
async function openGrant(app: TalkootApp) {
  await app.goTo(t('ui.nav.grants'));
  await app.page.getByRole('link', { name: /^Toiminta-avustus \d{4}$/ }).click();
  await expect(app.heading(/^Toiminta-avustus \d{4}$/)).toBeVisible();
}

test('imports a bank statement as expenses, all or nothing', async ({ page }) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  await openGrant(app);
  await page.getByRole('button', { name: t('grantImport.dialog.openButton') }).click();
  const dialog = page.getByRole('dialog', { name: t('grantImport.dialog.title') });
  await expect(
    dialog.getByRole('heading', { name: t('grantImport.dialog.steps.pick') }),
  ).toBeVisible();
  await expectNoViolations(page, 'pick');
  await dialog
    .getByLabel(t('grantImport.dialog.fileInputLabel'))
    .setInputFiles(fixture('statement-cp1252-semicolon.csv'));
  await expect(
    dialog.getByRole('heading', { name: t('grantImport.dialog.steps.mapping') }),
  ).toBeVisible();
  await expect(dialog.getByText('Tarvike €uro Oy')).toBeVisible();
  await expectNoViolations(page, 'mapping');
  // Budget line from the column: there is none mapped, so the preview lists the file error.
  await dialog.getByRole('button', { name: t('grantImport.dialog.showPreview') }).click();
  await expect(dialog.getByRole('alert')).toContainText(t('grantImport.dialog.cannotImportTitle'));
  await expect(dialog.getByText(t('grantImport.errors.noBudgetLine'))).toBeVisible();
  await expectNoViolations(page, 'errors');
  await dialog.getByRole('button', { name: t('ui.common.back') }).click();
  const line = dialog.getByLabel(t('grantsPage.lines.name'), { exact: true });
  const options = await line.locator('option').allTextContents();
  await line.selectOption({ label: options[1]! });
  await dialog.getByLabel(t('grantImport.dialog.outgoingNegative')).check();
  await dialog.getByRole('button', { name: t('grantImport.dialog.showPreview') }).click();
  await expect(
    dialog.getByText(re('grantImport.dialog.ready', { count: 4, total: /2\s?526,90\s€/ })),
  ).toBeVisible();
  await expectNoViolations(page, 'preview');
  await dialog.getByRole('button', { name: 'Tuo 4 kulua' }).click();
  await expect(
    dialog.getByRole('heading', { name: t('grantImport.dialog.steps.done') }),
  ).toBeVisible();
  await dialog.getByRole('button', { name: t('grantImport.dialog.close') }).click();
  await expect(dialog).toBeHidden();
});

test('attachments: too large refused, add, save a copy, trash with undo', async ({ page }) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  await openGrant(app);
  const input = page.getByLabel(t('grantImport.attachments.fileInputLabel'));
  await input.setInputFiles({
    name: 'iso.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.alloc(10 * 1024 * 1024 + 1),
  });
  await expect(page.getByRole('alert')).toContainText(re('grantImport.attachmentErrors.tooLarge'));
  await input.setInputFiles({
    name: 'ohjelma.exe',
    mimeType: 'application/x-msdownload',
    buffer: Buffer.from('MZ'),
  });
  await expect(page.getByRole('alert')).toContainText(
    re('grantImport.attachmentErrors.unsupportedType', { file: 'ohjelma.exe' }),
  );
  await page
    .getByLabel(t('grantImport.attachments.kind'))
    .selectOption({ label: t('grants.attachmentKinds.decision') });
  await input.setInputFiles({
    name: 'Päätös.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4 äö'),
  });
  const row = page.getByRole('row', { name: /Päätös\.pdf/ });
  await expect(row).toBeVisible();
  await expectNoViolations(page, 'attachments');
  const download = page.waitForEvent('download');
  await row
    .getByRole('button', { name: t('grantImport.attachments.saveCopyOf', { name: 'Päätös.pdf' }) })
    .click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('Päätös.pdf');
  expect(await readFile((await saved.path())!)).toEqual(Buffer.from('%PDF-1.4 äö'));
  await row
    .getByRole('button', { name: t('grantImport.attachments.trashOf', { name: 'Päätös.pdf' }) })
    .click();
  await expect(row).toBeHidden();
  await page.getByRole('button', { name: t('officials.undo') }).click();
  await expect(page.getByRole('row', { name: /Päätös\.pdf/ })).toBeVisible();
});
