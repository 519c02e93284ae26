import { expect, test } from '@playwright/test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TalkootApp } from './pages/TalkootApp';

test('hours logged on another computer merge in once; the same file again changes nothing', async ({
  page,
  browser,
}) => {
  // The coordinator's computer.
  const coordinator = new TalkootApp(page);
  await coordinator.open();
  await coordinator.openDemo();
  const before = await coordinator.figureTexts(['Vapaaehtoistunteja']);

  // A volunteer's computer logs 2 h for Åsa and exports its data file.
  const other = await browser.newContext();
  const volunteer = new TalkootApp(await other.newPage());
  await volunteer.open();
  await volunteer.openDemo();
  await volunteer.goTo('Vapaaehtoistunnit');
  await volunteer.page
    .getByRole('region', { name: 'Kirjaa tunnit' })
    .getByRole('combobox', { name: 'Henkilö' })
    .fill('Åsa');
  await volunteer.page.getByRole('option', { name: /Åsa Öhman/ }).click();
  await volunteer.page.getByLabel('Kesto').fill('2');
  await volunteer.page.getByRole('button', { name: 'Tallenna tunnit' }).click();
  await expect(volunteer.page.getByText('Tallennettu: Åsa Öhman (')).toBeVisible();
  const { text } = await volunteer.exportDataFile();
  await other.close();
  // On the volunteer's computer Åsa's phone number was also corrected later.
  const dataFile = JSON.parse(text) as {
    checksum?: unknown;
    tables: { people: Record<string, unknown>[] };
  };
  // Edited by hand below: the other computer's own file would carry its own checksum.
  delete dataFile.checksum;
  const asa = dataFile.tables.people.find((p) => p.fullName === 'Åsa Öhman')!;
  asa.phone = '040 765 4321';
  asa.updatedAt = new Date(Date.now() + 60_000).toISOString();
  const file = join(await mkdtemp(join(tmpdir(), 'talkoot-merge-')), 'volunteer.json');
  await writeFile(file, JSON.stringify(dataFile));

  const merge = async () => {
    await coordinator.goTo('Asetukset');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Valitse yhdistettävä datatiedosto' }).click();
    await (await chooser).setFiles(file);
  };
  await merge();
  // First it says what it will do, and asks.
  const dialog = page.getByRole('dialog', { name: 'Yhdistetäänkö tiedot?' });
  await expect(dialog).toContainText('Yhdistäminen lisää 1 uutta ja päivittää 1 tietuetta');
  await expect(dialog).toContainText('Järvilinnan Sydänyhdistys ry');
  await dialog.getByRole('button', { name: 'Tallenna varmuuskopio ja yhdistä' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Yhdistetty: 1 uutta, 1 päivitettyä tietuetta.' }),
  ).toBeVisible();
  // The record that differs is listed by what it is, with the version kept.
  await expect(
    page.getByRole('status').getByRole('listitem').filter({ hasText: 'Henkilöt: Åsa Öhman' }),
  ).toHaveText(
    'Henkilöt: Åsa Öhman – eri versio tällä koneella ja tiedostossa; säilytettiin tiedoston uudempi versio.',
  );
  await coordinator.goTo('Etusivu');
  const hours = (s: string) => Number(s.split('\u00a0h')[0]!.replace(/\u00a0/g, ''));
  // The page may show the figures from just before the merge for a moment: wait for the new ones.
  await expect
    .poll(
      async () =>
        hours((await coordinator.figureTexts(['Vapaaehtoistunteja']))['Vapaaehtoistunteja']!) -
        hours(before['Vapaaehtoistunteja']!),
    )
    .toBe(2);
  const after = await coordinator.figureTexts(['Vapaaehtoistunteja']);

  await merge();
  await expect(
    page.getByRole('status').filter({ hasText: 'Tiedostossa ei ollut mitään uutta.' }),
  ).toBeVisible();
  await coordinator.goTo('Etusivu');
  expect(await coordinator.figureTexts(['Vapaaehtoistunteja'])).toEqual(after);
});

test('a merge can be undone from its notification, and a file of another association is named as such', async ({
  page,
}) => {
  const app = new TalkootApp(page);
  await app.open();
  await app.openDemo();
  const before = await app.figureTexts(['Jäseniä', 'Vapaaehtoistunteja']);
  const { text } = await app.exportDataFile();
  // Another association's file: its own business ID and one more member.
  const other = JSON.parse(text) as {
    checksum?: unknown;
    tables: { profile: Record<string, unknown>[]; people: Record<string, unknown>[] };
  };
  delete other.checksum;
  other.tables.profile[0]!.businessId = '0112038-9';
  other.tables.people.push({
    ...other.tables.people.find((p) => p.membership === 'regular' && !p.leftOn && !p.deletedAt)!,
    id: crypto.randomUUID(),
    fullName: 'Uusi Jäsen',
  });
  const file = join(await mkdtemp(join(tmpdir(), 'talkoot-merge-')), 'other.json');
  await writeFile(file, JSON.stringify(other));

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Valitse yhdistettävä datatiedosto' }).click();
  await (await chooser).setFiles(file);
  const dialog = page.getByRole('dialog', { name: 'Yhdistetäänkö tiedot?' });
  await expect(dialog.getByText('Eri yhdistyksen tiedosto')).toBeVisible();
  await expect(dialog).toContainText('Tiedoston Y-tunnus on 0112038-9');
  await dialog.getByRole('button', { name: 'Tallenna varmuuskopio ja yhdistä' }).click();
  await page.getByRole('button', { name: 'Peru yhdistäminen' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Yhdistäminen peruttiin' }),
  ).toBeVisible();
  await app.goTo('Etusivu');
  await expect.poll(() => app.figureTexts(['Jäseniä', 'Vapaaehtoistunteja'])).toEqual(before);
  await app.goTo('Jäsenet');
  await page
    .getByRole('searchbox', { name: 'Hae nimellä, kotikunnalla tai sähköpostilla' })
    .fill('Uusi Jäsen');
  await expect(page.getByRole('status').filter({ hasText: /^0 hakua vastaavaa/ })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Uusi Jäsen' })).toHaveCount(0);
});
