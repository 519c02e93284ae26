import { expect, test } from './fixtures';
import { analyzeSettled } from './axe';
import { TalkootApp } from './pages/TalkootApp';
import { re, t } from './text';

test('a recorded tally and a feedback form go to the trash and come back with undo', async ({
  page,
}) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  await page.goto('./#/impact?tab=feedback');
  const records = page.getByRole('region', { name: t('feedback.records.heading') });
  const table = records.getByRole('table', { name: t('feedback.records.heading') });
  const rows = table.locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const before = await rows.count();
  const first = rows.first();
  const what = (await first.locator('td').first().textContent())!;
  const results = await analyzeSettled(page);
  expect(results.violations.map((v) => v.id)).toEqual([]);

  await first
    .getByRole('button', { name: re('feedback.records.removeFor', {}, { exact: true }) })
    .click();
  await expect(page.getByText(t('feedback.records.removed', { what }))).toBeVisible();
  await expect(rows).toHaveCount(before - 1);
  await page.getByRole('button', { name: t('activityEditor.undo') }).click();
  await expect(page.getByText(t('feedback.records.restored', { what }))).toBeVisible();
  await expect(rows).toHaveCount(before);

  const forms = page.getByRole('region', { name: t('feedback.tabs.feedback') });
  const formRows = forms.locator('tbody tr');
  const formCount = await formRows.count();
  await formRows
    .first()
    .getByRole('button', { name: new RegExp(`^${t('feedback.records.removeForm')}: `) })
    .click();
  await expect(formRows).toHaveCount(formCount - 1);
  await page.getByRole('button', { name: t('activityEditor.undo') }).click();
  await expect(formRows).toHaveCount(formCount);
});
