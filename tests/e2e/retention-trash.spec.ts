import { expect, test } from '@playwright/test';
import { memberRegisterMessages } from '../../src/core/i18n/messages/memberRegister';
import { personPrivacyMessages } from '../../src/core/i18n/messages/personPrivacy';
import { analyzeSettled } from './axe';
import { TalkootApp } from './pages/TalkootApp';

const register = memberRegisterMessages.fi;
const privacy = personPrivacyMessages.fi;

test('a former member past the retention period who is in the trash is still pointed out there', async ({
  page,
}) => {
  const app = new TalkootApp(page);
  await app.open();
  await app.openDemo();
  // A short retention period, so the demo has people past it.
  await app.goTo('Asetukset');
  await page.getByRole('textbox', { name: privacy.settings.retention }).fill('1');
  await page.getByRole('button', { name: privacy.settings.save }).click();
  await expect(page.getByText(/Säilytysaika tallennettu/)).toBeVisible();

  await app.goTo('Jäsenet');
  const box = page.getByRole('combobox', { name: register.filter.label });
  await box.focus();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('option', { name: /säilytysaika on kulunut/ }).click();
  const table = page.getByRole('table').first();
  const first = table.getByRole('link').first();
  const name = (await first.textContent())!.trim();
  await first.click();
  await expect(app.heading(name)).toBeVisible();
  await page.getByRole('button', { name: 'Siirrä roskakoriin' }).click();
  await app.goTo('Jäsenet');
  await page.getByRole('button', { name: register.trash.show }).click();
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row.getByText(register.trash.pastRetention)).toBeVisible();
  await page.screenshot({ path: '/tmp/rules-shot-trash.png', fullPage: true });
  expect((await analyzeSettled(page)).violations).toEqual([]);
});
