import { expect, test } from './fixtures';
import { TalkootApp } from './pages/TalkootApp';
import { t } from './text';

test('the hour value is read by the one euro parser: "12 EUR" is 12 €, a word is refused', async ({
  page,
}) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  await app.goTo(t('ui.nav.settings'));
  const hourValue = page.getByRole('textbox', { name: t('ui.profile.hourValue') });
  const save = page.getByRole('button', { name: t('ui.profile.saveProfile') });

  await hourValue.fill('kaksitoista');
  await save.click();
  await expect(hourValue).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(t('fees.schedule.invalidAmount'))).toBeVisible();

  await hourValue.fill('12 EUR');
  await save.click();
  await app.waitForStoredProfile('hourValueCents', 1200);
  await page.reload();
  await expect(page.getByRole('textbox', { name: t('ui.profile.hourValue') })).toHaveValue('12,00');
});
