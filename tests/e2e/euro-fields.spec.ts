import { expect, test } from '@playwright/test';
import { feesMessages } from '../../src/core/i18n/messages/fees';
import { uiMessages } from '../../src/core/i18n/messages/ui';
import { TalkootApp } from './pages/TalkootApp';

const fi = uiMessages.fi;

test('the hour value is read by the one euro parser: "12 EUR" is 12 €, a word is refused', async ({
  page,
}) => {
  const app = new TalkootApp(page);
  await app.open();
  await app.openDemo();
  await app.goTo(fi.nav.settings);
  const hourValue = page.getByRole('textbox', { name: fi.profile.hourValue });
  const save = page.getByRole('button', { name: fi.profile.saveProfile });

  await hourValue.fill('kaksitoista');
  await save.click();
  await expect(hourValue).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(feesMessages.fi.schedule.invalidAmount)).toBeVisible();

  await hourValue.fill('12 EUR');
  await save.click();
  await app.waitForStoredProfile('hourValueCents', 1200);
  await page.reload();
  await expect(page.getByRole('textbox', { name: fi.profile.hourValue })).toHaveValue('12,00');
});
