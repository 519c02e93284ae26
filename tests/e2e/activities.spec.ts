import { expect, test, type Page, e2eNow } from './fixtures';
import { fiDate, TalkootApp } from './pages/TalkootApp';
import { analyzeSettled } from './axe';
import { t } from './text';

const NAME = 'Lukupiiri Ylöjärvellä';

async function expectNoViolations(page: Page, where: string) {
  const results = await analyzeSettled(page);
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

/** The local date `days` from today as YYYY-MM-DD. */
function isoDay(days: number) {
  const d = e2eNow();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

test('create, edit, end, delete and restore an activity', async ({ page }) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  await app.goTo(t('ui.nav.activities'));
  await expect(app.heading(t('ui.activities.title'))).toBeVisible();
  const table = page.getByRole('table', { name: /Toiminta/ });
  const rowButton = (name: string) => table.getByRole('button', { name, exact: true });
  const filter = page.getByRole('radiogroup', { name: t('activityEditor.filter.label') });
  const newButton = page.getByRole('button', { name: t('activityEditor.newTitle') });

  // Create, with the keyboard only.
  await newButton.focus();
  await page.keyboard.press('Enter');
  const newDialog = page.getByRole('dialog', { name: t('activityEditor.newTitle') });
  await expect(newDialog).toBeVisible();
  await expectNoViolations(page, 'new activity dialog');
  const name = newDialog.getByLabel(t('activityEditor.fields.name'));
  await expect(name).toBeFocused();
  await page.keyboard.type(NAME);
  await page.keyboard.press('Tab');
  const type = newDialog.getByRole('combobox', { name: t('ui.activities.type') });
  await expect(type).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('option', { name: t('ui.activities.types.peerSupportGroup') }).waitFor();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(type).toHaveValue(t('ui.hours.kinds.training'));
  await page.keyboard.press('Tab');
  await expect(
    newDialog.getByLabel(t('activityEditor.fields.description'), { exact: true }),
  ).toBeFocused();
  await page.keyboard.type('Luemme ja keskustelemme kirjoista kerran kuussa.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('kirjallisuus');
  await page.keyboard.press('Enter');
  await page.keyboard.type('yksinäisyys');
  await page.keyboard.press('Enter');
  await newDialog.getByRole('combobox', { name: t('reportsPage.municipality') }).focus();
  await page.keyboard.type('Ylöjärvi');
  await page.keyboard.press('Escape'); // closes the suggestions, not the dialog
  await expect(newDialog).toBeVisible();
  await app.fillDate(
    newDialog.getByLabel(t('activityEditor.fields.startedOn'), { exact: true }),
    '2025-02-01',
  );
  await newDialog.getByLabel(t('activityEditor.fields.targetGroup'), { exact: true }).focus();
  await page.keyboard.type('Ikäihmiset');
  await page.keyboard.press('Enter');
  await expect(newDialog).toBeHidden();
  await expect(page.getByText(t('activityEditor.created', { name: NAME }))).toBeVisible();
  await expect(rowButton(NAME)).toBeVisible();
  await expect(newButton).toBeFocused();
  const row = table
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: NAME, exact: true }) });
  await expect(row.getByRole('cell', { name: t('ui.hours.kinds.training') })).toBeVisible();
  await expect(row.getByRole('cell', { name: 'Ylöjärvi' })).toBeVisible();

  // Edit: the saved values are there; link a grant and change the municipality.
  await rowButton(NAME).click();
  const dialog = page.getByRole('dialog', { name: t('activityEditor.editTitle') });
  await expect(dialog).toBeVisible();
  await expect(
    dialog.getByLabel(t('activityEditor.fields.description'), { exact: true }),
  ).toHaveValue('Luemme ja keskustelemme kirjoista kerran kuussa.');
  await expect(dialog.getByText('kirjallisuus', { exact: true })).toBeVisible();
  await expect(dialog.getByText('yksinäisyys', { exact: true })).toBeVisible();
  await expect(
    dialog.getByLabel(t('activityEditor.fields.startedOn'), { exact: true }),
  ).toHaveValue('1.2.2025');
  await expectNoViolations(page, 'edit activity dialog');
  await dialog.getByRole('combobox', { name: t('reportsPage.municipality') }).fill('Nokia');
  await dialog.getByRole('combobox', { name: t('activityEditor.fields.grants') }).click();
  await page.getByRole('option', { name: 'Sydänkahvilat koko Pirkanmaalle' }).click();
  await page.keyboard.press('Tab');

  // A validation error: the end before the start. Nothing is saved and nothing typed is lost.
  const ended = dialog.getByLabel(t('activityEditor.endedColumn'), { exact: true });
  await app.fillDate(ended, '2025-01-15');
  await dialog.getByRole('button', { name: t('activityEditor.save') }).click();
  await expect(dialog.getByText(t('activityEditor.errors.endBeforeStart'))).toBeVisible();
  await expect(dialog.getByRole('alert')).toHaveText(t('activityEditor.fixErrors'));
  await expect(ended).toBeFocused();
  await expect(ended).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByRole('combobox', { name: t('reportsPage.municipality') })).toHaveValue(
    'Nokia',
  );
  await expect(ended).toHaveValue('15.1.2025');
  await expectNoViolations(page, 'activity dialog with an error');
  await dialog.getByRole('button', { name: t('ui.common.cancel') }).click();
  await expect(dialog).toBeHidden();
  await expect(rowButton(NAME)).toBeFocused();
  await expect(row.getByRole('cell', { name: 'Ylöjärvi' })).toBeVisible();

  // Correct it and save.
  await rowButton(NAME).click();
  await expect(dialog.getByRole('combobox', { name: t('reportsPage.municipality') })).toHaveValue(
    'Ylöjärvi',
  );
  await expect(dialog.getByLabel(t('activityEditor.endedColumn'), { exact: true })).toHaveValue('');
  await dialog.getByRole('combobox', { name: t('reportsPage.municipality') }).fill('Nokia');
  await dialog.getByRole('combobox', { name: t('activityEditor.fields.grants') }).click();
  await page.getByRole('option', { name: 'Sydänkahvilat koko Pirkanmaalle' }).click();
  await dialog.getByRole('button', { name: t('activityEditor.save') }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(t('activityEditor.saved', { name: NAME }))).toBeVisible();
  await expect(row.getByRole('cell', { name: 'Nokia' })).toBeVisible();
  await rowButton(NAME).click();
  // The linked grant is shown as a pill in the field (the closed list holds it too).
  await expect(dialog.getByText('Sydänkahvilat koko Pirkanmaalle').first()).toBeVisible();

  // "End the activity today": today is its last day, so it is still running today.
  await dialog.getByRole('button', { name: t('activityEditor.endToday') }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByText(t('activityEditor.ended', { name: NAME, date: fiDate(isoDay(0)) })),
  ).toBeVisible();
  await expect(rowButton(NAME)).toBeFocused();
  await filter.getByRole('radio', { name: t('ui.hours.any') }).check();
  await expect(row.getByRole('cell', { name: fiDate(isoDay(0)) })).toBeVisible();
  await rowButton(NAME).click();
  const endedOn = dialog.getByLabel(t('activityEditor.endedColumn'), { exact: true });
  await expect(endedOn).toHaveValue(fiDate(isoDay(0)));
  await expect(dialog.getByRole('button', { name: t('activityEditor.endToday') })).toHaveCount(0);

  // Ended yesterday: it moves out of the running activities and into the ended ones.
  await app.fillDate(endedOn, isoDay(-1));
  await dialog.getByRole('button', { name: t('activityEditor.save') }).click();
  await expect(dialog).toBeHidden();
  await filter.getByRole('radio', { name: t('activityEditor.filter.active') }).check();
  await expect(page.getByRole('button', { name: 'Nokian vertaisryhmä' })).toBeVisible();
  await expect(rowButton(NAME)).toHaveCount(0);
  await filter.getByRole('radio', { name: t('activityEditor.filter.ended') }).check();
  await expect(row.getByRole('cell', { name: fiDate(isoDay(-1)) })).toBeVisible();

  // Delete, then undo from the notification.
  await rowButton(NAME).click();
  await dialog.getByRole('button', { name: t('activityEditor.delete') }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(t('activityEditor.deleted', { name: NAME }))).toBeVisible();
  await expect(rowButton(NAME)).toHaveCount(0);
  // Its row is gone, so the focus lands on "New activity", not on the page body.
  await expect(newButton).toBeFocused();
  await page.getByRole('button', { name: t('activityEditor.undo') }).click();
  await expect(page.getByText(t('activityEditor.restored', { name: NAME }))).toBeVisible();
  await expect(rowButton(NAME)).toBeVisible();
  await expect(rowButton(NAME)).toBeFocused();
});
