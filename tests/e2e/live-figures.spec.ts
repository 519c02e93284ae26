import { expect, test } from './fixtures';
import { TalkootApp } from './pages/TalkootApp';
import { re, t } from './text';

/**
 * Pages subscribe to the ranges they read: a write made anywhere (here in a
 * second window of the same profile) shows on an open page without a reload.
 */
test('a fresh association: hours logged in another window update the open home page without reloading', async ({
  page,
  context,
}) => {
  const app = new TalkootApp(page);
  await app.createAssociation('Kylän Eläkeläiset ry', 'Äänekoski');
  expect(await app.figureTexts([t('ui.home.volunteers'), t('ui.home.volunteerHours')])).toEqual({
    Vapaaehtoisia: '0',
    Vapaaehtoistunteja: '0\u00a0h',
  });
  // Marks this document: a reload would lose it.
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  const other = new TalkootApp(await context.newPage());
  await other.open();
  await expect(other.heading(t('ui.home.title'))).toBeVisible();
  await other.addPerson('Åsa Öhman', 'Närpiö');

  await other.goTo(t('ui.nav.hours'));
  await other.page
    .getByRole('region', { name: t('ui.hourForm.title') })
    .getByRole('combobox', { name: t('ui.hours.person') })
    .fill('Åsa');
  await other.page.getByRole('option', { name: /Åsa Öhman/ }).click();
  await other.page.getByLabel(t('ui.hours.duration')).fill('1,5');
  await other.page.getByRole('button', { name: t('ui.hourForm.save') }).click();
  await expect(
    other.page.getByText(re('ui.hourForm.saved', { person: /Åsa Öhman \(.*/ })),
  ).toBeVisible();

  await expect(app.figure(t('ui.home.volunteerHours'))).toHaveText('1\u00a0h 30\u00a0min');
  await expect(app.figure(t('ui.home.volunteers'))).toHaveText('1');
  expect(
    await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
  ).toBe(true);
});
