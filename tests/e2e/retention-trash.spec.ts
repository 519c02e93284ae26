import { expect, test } from './fixtures';
import { analyzeSettled } from './axe';
import { TalkootApp } from './pages/TalkootApp';
import { re, t } from './text';

test('a former member past the retention period who is in the trash is still pointed out there', async ({
  page,
}) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  // A short retention period, so the demo has people past it.
  await app.goTo(t('ui.nav.settings'));
  await page.getByRole('textbox', { name: t('personPrivacy.settings.retention') }).fill('1');
  await page.getByRole('button', { name: t('personPrivacy.settings.save') }).click();
  await expect(page.getByText(re('personPrivacy.settings.saved'))).toBeVisible();

  await app.goTo(t('ui.nav.members'));
  const box = page.getByRole('combobox', { name: t('memberRegister.filter.label') });
  await box.focus();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('option', { name: re('memberRegister.filter.pastRetention') }).click();
  const table = page.getByRole('table').first();
  const first = table.getByRole('link').first();
  const name = (await first.textContent())!.trim();
  await first.click();
  await expect(app.heading(name)).toBeVisible();
  await page.getByRole('button', { name: t('personPrivacy.trash.button') }).click();
  await app.goTo(t('ui.nav.members'));
  await page.getByRole('button', { name: t('memberRegister.trash.show') }).click();
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row.getByText(t('memberRegister.trash.pastRetention'))).toBeVisible();
  await page.screenshot({ path: '/tmp/rules-shot-trash.png', fullPage: true });
  expect((await analyzeSettled(page)).violations).toEqual([]);
});
