import { expect, test } from '@playwright/test';
import { TalkootApp } from './pages/TalkootApp';

/**
 * Pages subscribe to the ranges they read: a write made anywhere (here in a
 * second window of the same profile) shows on an open page without a reload.
 */
test('a fresh association: hours logged in another window update the open home page without reloading', async ({
  page,
  context,
}) => {
  const app = new TalkootApp(page);
  await app.open();
  await page.getByRole('button', { name: 'Luo yhdistys' }).click();
  await page.getByLabel('Yhdistyksen nimi').fill('Kylän Eläkeläiset ry');
  await page.getByLabel('Kotipaikka').fill('Äänekoski');
  await page.getByRole('button', { name: 'Luo yhdistys' }).click();
  await expect(app.heading('Etusivu')).toBeVisible();
  expect(await app.figureTexts(['Vapaaehtoisia', 'Vapaaehtoistunteja'])).toEqual({
    Vapaaehtoisia: '0',
    Vapaaehtoistunteja: '0\u00a0h',
  });
  // Marks this document: a reload would lose it.
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  const other = new TalkootApp(await context.newPage());
  await other.open();
  await expect(other.heading('Etusivu')).toBeVisible();
  await other.goTo('Jäsenet');
  await other.page.getByRole('button', { name: 'Lisää henkilö…' }).click();
  const dialog = other.page.getByRole('dialog', { name: 'Lisää jäsen tai vapaaehtoinen' });
  await dialog.getByRole('textbox', { name: 'Koko nimi' }).fill('Åsa Öhman');
  await dialog.getByRole('textbox', { name: 'Kotikunta' }).fill('Närpiö');
  await other.page.keyboard.press('Enter');
  await expect(other.heading('Åsa Öhman')).toBeVisible();

  await other.goTo('Vapaaehtoistunnit');
  await other.page
    .getByRole('region', { name: 'Kirjaa tunnit' })
    .getByRole('combobox', { name: 'Henkilö' })
    .fill('Åsa');
  await other.page.getByRole('option', { name: /Åsa Öhman/ }).click();
  await other.page.getByLabel('Kesto').fill('1,5');
  await other.page.getByRole('button', { name: 'Tallenna tunnit' }).click();
  await expect(other.page.getByText('Tallennettu: Åsa Öhman (')).toBeVisible();

  await expect(app.figure('Vapaaehtoistunteja')).toHaveText('1\u00a0h 30\u00a0min');
  await expect(app.figure('Vapaaehtoisia')).toHaveText('1');
  expect(
    await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
  ).toBe(true);
});
