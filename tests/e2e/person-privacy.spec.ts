import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { pdfText } from '../unit/support/pdfText';
import { TalkootApp } from './pages/TalkootApp';
import { analyzeSettled } from './axe';

const axeViolations = async (app: TalkootApp) =>
  (await analyzeSettled(app.page)).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

test('a person’s data PDF, editing their details, and anonymising them without losing hours', async ({
  page,
}) => {
  const app = new TalkootApp(page);
  await app.open();
  await app.openDemo();
  const hoursBefore = (await app.figure('Vapaaehtoistunteja').innerText()).trim();
  expect(hoursBefore).toMatch(/\d/);

  await app.goTo('Jäsenet');
  await page
    .getByRole('searchbox', { name: 'Hae nimellä, kotikunnalla tai sähköpostilla' })
    .fill('åsa öhm');
  await page.getByRole('link', { name: 'Åsa Öhman' }).click();
  await expect(app.heading('Åsa Öhman')).toBeVisible();
  const main = page.getByRole('main');
  await expect(main).toContainText('asa.ohman2@esimerkki.fi');
  expect(await axeViolations(app)).toEqual([]);

  // Right of access: everything stored about her, read back from the PDF.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lataa henkilön tiedot (PDF)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Sinusta-tallennetut-tiedot-Åsa-Öhman.pdf');
  const text = pdfText(await readFile(await file.path()));
  expect(text).toContain('Sinusta tallennetut tiedot');
  expect(text).toContain('Åsa Öhman');
  expect(text).toContain('asa.ohman2@esimerkki.fi');
  expect(text).toContain('Varsinainen jäsen');
  expect(text).toMatch(/Yhteydenpito sähköpostilla\s+(Kyllä|Ei)/);
  expect(text).toContain('Vapaaehtoistunnit');

  // Edit: a missing name is refused with a message, a new phone number is saved.
  await page.getByRole('button', { name: 'Muokkaa tietoja' }).click();
  const dialog = page.getByRole('dialog', { name: 'Muokkaa henkilön tietoja' });
  await expect(dialog).toBeVisible();
  expect(await axeViolations(app)).toEqual([]);
  const name = dialog.getByRole('textbox', { name: 'Koko nimi' });
  await name.fill('');
  await dialog.getByRole('textbox', { name: 'Puhelin' }).fill('040 555 1234');
  await dialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Tietoja ei tallennettu');
  await expect(name).toBeFocused();
  await expect(dialog).toContainText('Tämä tieto on pakollinen.');
  await name.fill('Åsa Öhman');
  await dialog.getByRole('checkbox', { name: /julkisissa aineistoissa/ }).check();
  await dialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Henkilön Åsa Öhman tiedot tallennettu.')).toBeVisible();
  await expect(main.locator('dd', { hasText: '040 555 1234' })).toBeVisible();
  await expect(
    main.locator('dt', { hasText: 'Nimi julkisissa aineistoissa' }).locator('xpath=../dd'),
  ).toHaveText('Kyllä');

  // Anonymise: a confirmation that says what happens, then the name is gone for good.
  await page.getByRole('button', { name: 'Anonymisoi…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Anonymisoidaanko henkilö Åsa Öhman?' });
  await expect(confirm).toContainText('Tätä ei voi perua.');
  await expect(confirm).toContainText('lasketaan edelleen mukaan yhteismääriin');
  expect(await axeViolations(app)).toEqual([]);
  await confirm.getByRole('button', { name: 'Anonymisoi pysyvästi' }).click();
  await expect(confirm).toBeHidden();
  await expect(app.heading(/^Anonymisoitu [0-9a-f]{8}$/)).toBeVisible();
  await expect(page.getByText(/Åsa Öhman on anonymisoitu/)).toBeVisible();
  await expect(main).not.toContainText('Öhman');
  await expect(main).not.toContainText('040 555 1234');
  await expect(main).not.toContainText('esimerkki.fi');
  await expect(main).toContainText('Henkilö anonymisoitiin');
  await expect(page.getByRole('button', { name: 'Lataa henkilön tiedot (PDF)' })).toHaveCount(0);
  // Her hours are still hers, under the new name.
  await expect(
    main.getByRole('table', { name: 'Vapaaehtoistunnit vuosittain ja lajeittain' }),
  ).toBeVisible();
  expect(await axeViolations(app)).toEqual([]);

  await app.goTo('Etusivu');
  await expect(app.heading('Etusivu')).toBeVisible();
  expect((await app.figure('Vapaaehtoistunteja').innerText()).trim()).toBe(hoursBefore);
  await app.goTo('Jäsenet');
  await page
    .getByRole('searchbox', { name: 'Hae nimellä, kotikunnalla tai sähköpostilla' })
    .fill('öhman');
  await expect(page.getByRole('link', { name: 'Åsa Öhman' })).toHaveCount(0);
});

test('moving a person to the trash can be undone from the notification', async ({ page }) => {
  const app = new TalkootApp(page);
  await app.open();
  await app.openDemo();
  await app.goTo('Jäsenet');
  await page
    .getByRole('searchbox', { name: 'Hae nimellä, kotikunnalla tai sähköpostilla' })
    .fill('åsa öhm');
  await page.getByRole('link', { name: 'Åsa Öhman' }).click();
  await page.getByRole('button', { name: 'Siirrä roskakoriin' }).click();
  await expect(app.heading('Jäsenet ja vapaaehtoiset')).toBeVisible();
  const note = page.getByRole('alert').filter({ hasText: 'Åsa Öhman siirrettiin roskakoriin.' });
  await expect(note).toBeVisible();
  await note.getByRole('button', { name: 'Peru' }).click();
  await expect(app.heading('Åsa Öhman')).toBeVisible();
  await expect(page.getByText('Åsa Öhman palautettiin roskakorista.')).toBeVisible();
});

test('the retention period is saved in the association’s settings', async ({ page }) => {
  const app = new TalkootApp(page);
  await app.open();
  await app.openDemo();
  await app.goTo('Asetukset');
  const years = page.getByRole('textbox', { name: 'Säilytä entisten jäsenten tiedot (vuotta)' });
  await expect(years).toHaveValue('5');
  await years.fill('0');
  await page.getByRole('button', { name: 'Tallenna säilytysaika' }).click();
  await expect(page.getByText('Anna kokonaisluku väliltä 1–100.')).toBeVisible();
  await expect(years).toBeFocused();
  await years.fill('3');
  await page.getByRole('button', { name: 'Tallenna säilytysaika' }).click();
  await expect(page.getByText('Säilytysaika tallennettu: 3 vuotta.')).toBeVisible();
  expect((await analyzeSettled(page)).violations.map((v) => v.id)).toEqual([]);
  await app.goTo('Etusivu');
  await app.goTo('Asetukset');
  await expect(years).toHaveValue('3');
});
