import { expect, test, type Page, e2eNow } from './fixtures';
import { readFile } from 'node:fs/promises';
import { pdfText } from '../unit/support/pdfText';
import { analyzeSettled } from './axe';
import { TalkootApp } from './pages/TalkootApp';
import { t } from './text';

const noViolations = async (page: Page, where: string) => {
  await page.mouse.move(0, 0);
  const results = await analyzeSettled(page);
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    where,
  ).toEqual([]);
};

const consented = 'Ryhmässä sain naurun takaisin, ja se kantaa koko viikon.';
const secret = 'Tätä en halua kenenkään muun lukevan.';

test('a quote with consent reaches the advocacy summary PDF, a quote without consent never does', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = new TalkootApp(page);
  await app.createAssociation('Vertaistuki Kaiku ry', 'Kuopio');

  await app.goTo(t('ui.nav.impact'));
  await expect(app.heading(t('ui.impact.title'))).toBeVisible();
  await expect(page.getByText(t('impactPage.noNotes'))).toBeVisible();

  // Empty text: a clear message, the dialog stays, nothing is written.
  await page.getByRole('button', { name: t('impactPage.newNote') }).click();
  const dialog = page.getByRole('dialog', { name: t('impactPage.newTitle') });
  await dialog.getByRole('button', { name: t('ui.common.save') }).click();
  await expect(dialog.getByText(t('impactPage.errors.required'))).toBeVisible();
  await expect(dialog.getByLabel(t('ui.impact.text'))).toBeFocused();

  // Consent without its date and way: asked for, by keyboard alone.
  await dialog.getByLabel(t('ui.impact.text')).fill(consented);
  await dialog.getByLabel(t('impactPage.fields.consent')).check();
  await dialog.getByLabel(t('impactPage.fields.consentGivenOn')).fill('');
  await dialog.getByRole('button', { name: t('ui.common.save') }).click();
  await expect(dialog.getByText(t('impactPage.errors.consentDateRequired'))).toBeVisible();
  await expect(dialog.getByText(t('impactPage.errors.consentMethodRequired'))).toBeVisible();
  await noViolations(page, 'note form with errors');
  await dialog
    .getByLabel(t('impactPage.fields.consentGivenOn'))
    .fill(e2eNow().toISOString().slice(0, 10));
  await dialog
    .getByLabel(t('impactPage.fields.consentMethod'))
    .selectOption({ label: t('impactPage.methods.spoken') });
  const themes = dialog.getByRole('combobox', { name: t('activityEditor.fields.themes') });
  await themes.fill('yksinäisyys');
  await themes.press('Enter');
  await dialog.getByLabel(t('impactPage.fields.highlight')).check();
  await dialog.getByRole('button', { name: t('ui.common.save') }).click();
  await expect(dialog).toBeHidden();

  // The second quote, without consent: kept, counted, and its row says it never goes out.
  await page.getByRole('button', { name: t('impactPage.newNote') }).click();
  await dialog.getByLabel(t('ui.impact.text')).fill(secret);
  await dialog.getByRole('button', { name: t('ui.common.save') }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('2 muistiinpanoa')).toBeVisible();
  const table = page.getByRole('table', { name: t('ui.impact.title') });
  await expect(table.getByRole('row', { name: new RegExp(secret) })).toContainText(
    t('impactPage.noConsent'),
  );
  await expect(table.getByRole('row', { name: new RegExp(consented) })).toContainText(
    'Saa julkaista: suullisesti',
  );
  await expect(table.getByRole('row', { name: new RegExp(consented) })).toContainText(
    t('impactPage.highlight'),
  );
  await noViolations(page, 'impact page');

  // Filters: by consent and by the theme suggested from the first note.
  await page
    .getByLabel(t('impactPage.filter.consent'))
    .selectOption({ label: t('impactPage.filter.consentWithout') });
  await expect(page.getByText(t('impactPage.count', { count: 1 }), { exact: true })).toBeVisible();
  await expect(table).toContainText(secret);
  await page.getByLabel(t('impactPage.filter.consent')).selectOption({ label: t('ui.hours.any') });
  await page.getByLabel(t('impactPage.filter.theme')).selectOption({ label: 'yksinäisyys' });
  await expect(page.getByText(t('impactPage.count', { count: 1 }), { exact: true })).toBeVisible();
  await expect(table).toContainText(consented);
  await page.getByRole('button', { name: t('impactPage.filter.clear') }).click();
  await expect(page.getByText('2 muistiinpanoa')).toBeVisible();

  // The advocacy summary offers the consented quote and says why the other cannot be chosen.
  await app.goTo(t('ui.nav.reports'));
  await page.getByRole('radio', { name: t('reportsPage.kinds.advocacy') }).check({ force: true });
  const notes = page.getByRole('region', { name: t('reportsPage.notes') });
  await expect(notes.getByRole('checkbox', { name: new RegExp(consented) })).toBeChecked();
  await expect(notes.getByRole('checkbox', { name: new RegExp(secret) })).toHaveCount(0);
  await expect(notes.getByRole('listitem').filter({ hasText: secret })).toContainText(
    t('impactPage.picker.blockedNoConsent'),
  );
  await noViolations(page, 'reports page with notes');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: t('reportsPage.make') }).click();
  // A new association has no hours or meetings yet: the app asks before an empty summary.
  await page
    .getByRole('dialog', { name: t('dateField.emptyPeriod.title') })
    .getByRole('button', { name: t('dateField.emptyPeriod.make') })
    .click();
  const text = pdfText(await readFile(await (await download).path())).replace(/\s+/g, ' ');
  expect(text).toContain(`”${consented}”`);
  expect(text).not.toContain(secret);
  expect(text).not.toContain('Tätä en halua');
});

test('a note cannot be linked to an activity in the trash; trash and undo', async ({ page }) => {
  test.setTimeout(90_000);
  const app = new TalkootApp(page);
  await app.createAssociation('Kylän Eläkeläiset ry', 'Äänekoski');

  await app.goTo(t('ui.nav.activities'));
  await page.getByRole('button', { name: t('activityEditor.newTitle') }).click();
  const activityDialog = page.getByRole('dialog');
  await activityDialog.getByLabel(t('activityEditor.fields.name')).fill('Muistelupiiri');
  await activityDialog.getByRole('button', { name: t('activityEditor.save') }).click();
  await expect(activityDialog).toBeHidden();
  // From the activity's dialog straight to a new note linked to it.
  await page.getByRole('button', { name: 'Muistelupiiri' }).click();
  await page.getByRole('link', { name: t('impactPage.linked.add') }).click();
  const dialog = page.getByRole('dialog', { name: t('impactPage.newTitle') });
  await expect(dialog.getByLabel(t('ui.hours.activity'))).toHaveValue(/.+/);
  await dialog.getByLabel(t('ui.impact.text')).fill('Piirissä muisteltiin sota-ajan koulua.');
  await dialog
    .getByLabel(t('ui.activities.type'))
    .selectOption({ label: t('ui.impact.types.observation') });

  // Meanwhile the activity goes to the trash (in another tab of the same app).
  const other = await page.context().newPage();
  await other.goto('./#/activities');
  await other.getByRole('button', { name: 'Muistelupiiri' }).click();
  await other.getByRole('button', { name: t('activityEditor.delete') }).click();
  await expect(
    other.getByText(t('activityEditor.deleted', { name: 'Muistelupiiri' })),
  ).toBeVisible();
  await other.close();

  await dialog.getByRole('button', { name: t('ui.common.save') }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    t('impactPage.errors.activityTrashed', { name: 'Muistelupiiri' }),
  );
  await dialog.getByLabel(t('ui.hours.activity')).selectOption({ label: t('impactPage.none') });
  await dialog.getByRole('button', { name: t('ui.common.save') }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: t('impactPage.filter.clear') }).click();
  await expect(page.getByText(t('impactPage.count', { count: 1 }), { exact: true })).toBeVisible();

  // Trash with undo.
  await page.getByRole('button', { name: new RegExp(`^${t('impactPage.edit')}: `) }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: t('impactPage.delete') })
    .click();
  await expect(page.getByText(t('impactPage.noNotes'))).toBeVisible();
  await page.getByRole('button', { name: t('activityEditor.undo') }).click();
  await expect(page.getByText(t('impactPage.count', { count: 1 }), { exact: true })).toBeVisible();
});
