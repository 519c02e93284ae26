import { expect, test, type Page } from '@playwright/test';
import { feesMessages } from '../../src/core/i18n/messages/fees';
import { uiMessages } from '../../src/core/i18n/messages/ui';
import { TalkootApp } from './pages/TalkootApp';

const fi = uiMessages.fi;

/** The hour value the stored profile holds, once it equals `cents` (or the wait times out). */
async function waitForStoredHourValue(page: Page, cents: number) {
  await page.waitForFunction(
    (want) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('talkoot');
        open.onsuccess = () => {
          const read = open.result.transaction('profile').objectStore('profile').getAll();
          read.onsuccess = () => {
            open.result.close();
            resolve((read.result as { hourValueCents?: number }[])[0]?.hourValueCents === want);
          };
        };
      }),
    cents,
  );
}

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
  await waitForStoredHourValue(page, 1200);
  await page.reload();
  await expect(page.getByRole('textbox', { name: fi.profile.hourValue })).toHaveValue('12,00');
});
