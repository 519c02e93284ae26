import { expect, test } from './fixtures';
import { TalkootApp } from './pages/TalkootApp';
import { t } from './text';

test('saving the retention period keeps unsaved typing in the association details', async ({
  page,
}) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  await app.goTo(t('ui.nav.settings'));
  const name = page.getByRole('textbox', { name: t('ui.profile.name') });
  await name.fill('Järvilinnan Sydänyhdistys ry – luonnos');

  const years = page.getByRole('textbox', { name: t('personPrivacy.settings.retention') });
  await years.fill('7');
  await page.getByRole('button', { name: t('personPrivacy.settings.save') }).click();
  await expect(page.getByText(t('personPrivacy.settings.saved', { count: 7 }))).toBeVisible();

  // The saved profile comes back through the live query (before the fix it reset the
  // whole form then): once the stored profile has it and React has rendered, the typed
  // name is still there.
  await app.waitForStoredProfile('retentionYears', 7);
  await expect(name).toHaveValue('Järvilinnan Sydänyhdistys ry – luonnos');
  await expect(years).toHaveValue('7');
  await page.reload();
  await expect(page.getByRole('textbox', { name: t('ui.profile.name') })).toHaveValue(
    'Järvilinnan Sydänyhdistys ry',
  );
  await expect(
    page.getByRole('textbox', { name: t('personPrivacy.settings.retention') }),
  ).toHaveValue('7');
});
