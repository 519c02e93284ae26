import { expect, test } from './fixtures';
import { readFile } from 'node:fs/promises';
import { demoDataFile } from './demoFile';
import { TalkootApp } from './pages/TalkootApp';
import { re, t } from './text';

test('the demo button on a database with records but no association asks, backs them up, and only then replaces them', async ({
  page,
}) => {
  const { path: file, tables } = demoDataFile({
    scale: 20,
    seed: 7,
    edit: (t) => (t.profile = []),
  });
  const people = tables.people!.length;

  const app = new TalkootApp(page);
  await app.open();
  await app.restoreOnWelcome(file);
  // No association details: still the welcome page, which says the records are there.
  await expect(
    page.getByText(re('ui.welcome.existingData', { count: /\d[\d\u00a0 ]*/ })),
  ).toBeVisible();

  await page.getByRole('button', { name: t('ui.welcome.demoButton') }).click();
  const dialog = page.getByRole('dialog', { name: t('ui.welcome.demoReplaceTitle') });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: t('ui.common.cancel') }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByText(re('ui.welcome.existingData', { count: /\d[\d\u00a0 ]*/ })),
  ).toBeVisible();

  await page.getByRole('button', { name: t('ui.welcome.demoButton') }).click();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: t('ui.welcome.demoReplaceButton') }).click();
  const backup = await download;
  expect(backup.suggestedFilename()).toMatch(/^Talkoot-varmuuskopio-\d{4}-\d\d-\d\d-\d{4}\.json$/);
  const saved = JSON.parse(await readFile((await backup.path())!, 'utf8')) as {
    tables: Record<string, unknown[]>;
  };
  expect(saved.tables.people).toHaveLength(people);
  await expect(app.heading(t('ui.home.title'))).toBeVisible({ timeout: 30_000 });
});
