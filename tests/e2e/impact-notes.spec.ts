import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { pdfText } from '../unit/support/pdfText';
import { analyzeSettled } from './axe';
import { TalkootApp } from './pages/TalkootApp';

const noViolations = async (page: Page, where: string) => {
  await page.mouse.move(0, 0);
  const results = await analyzeSettled(page);
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    where,
  ).toEqual([]);
};

const consented = 'Ryhmässä sain naurun takaisin, ja se kantaa koko viikon.';
const secret = 'Tätä en halua kenenkään muun lukevan.';

test('a quote with consent reaches the advocacy summary PDF, a quote without consent never does', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = new TalkootApp(page);
  await app.open();
  await page.getByRole('button', { name: 'Luo yhdistys' }).click();
  await page.getByLabel('Yhdistyksen nimi').fill('Vertaistuki Kaiku ry');
  await page.getByLabel('Kotipaikka').fill('Kuopio');
  await page.getByRole('button', { name: 'Luo yhdistys' }).click();
  await expect(app.heading('Etusivu')).toBeVisible();

  await app.goTo('Vaikuttavuus');
  await expect(app.heading('Vaikuttavuus')).toBeVisible();
  await expect(page.getByText('Ei muistiinpanoja näillä rajauksilla.')).toBeVisible();

  // Empty text: a clear message, the dialog stays, nothing is written.
  await page.getByRole('button', { name: 'Uusi muistiinpano' }).click();
  const dialog = page.getByRole('dialog', { name: 'Uusi vaikuttavuusmuistiinpano' });
  await dialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(dialog.getByText('Pakollinen tieto puuttuu.')).toBeVisible();
  await expect(dialog.getByLabel('Teksti')).toBeFocused();

  // Consent without its date and way: asked for, by keyboard alone.
  await dialog.getByLabel('Teksti').fill(consented);
  await dialog.getByLabel('Henkilö on antanut luvan julkaista tämän').check();
  await dialog.getByLabel('Luvan päivä').fill('');
  await dialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(dialog.getByText('Kirjaa päivä, jona lupa annettiin.')).toBeVisible();
  await expect(dialog.getByText('Valitse, miten lupa annettiin.')).toBeVisible();
  await noViolations(page, 'note form with errors');
  await dialog.getByLabel('Luvan päivä').fill(new Date().toISOString().slice(0, 10));
  await dialog.getByLabel('Miten lupa annettiin').selectOption({ label: 'Suullisesti' });
  const themes = dialog.getByRole('combobox', { name: 'Teemat' });
  await themes.fill('yksinäisyys');
  await themes.press('Enter');
  await dialog.getByLabel('Kohokohta: raportit tarjoavat tätä ensin').check();
  await dialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(dialog).toBeHidden();

  // The second quote, without consent: kept, counted, and its row says it never goes out.
  await page.getByRole('button', { name: 'Uusi muistiinpano' }).click();
  await dialog.getByLabel('Teksti').fill(secret);
  await dialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('2 muistiinpanoa')).toBeVisible();
  const table = page.getByRole('table', { name: 'Vaikuttavuus' });
  await expect(table.getByRole('row', { name: new RegExp(secret) })).toContainText(
    'Ei julkaisulupaa: ei näy raporteissa',
  );
  await expect(table.getByRole('row', { name: new RegExp(consented) })).toContainText(
    'Saa julkaista: suullisesti',
  );
  await expect(table.getByRole('row', { name: new RegExp(consented) })).toContainText('Kohokohta');
  await noViolations(page, 'impact page');

  // Filters: by consent and by the theme suggested from the first note.
  await page.getByLabel('Julkaisulupa').selectOption({ label: 'Ei lupaa' });
  await expect(page.getByText('1 muistiinpano', { exact: true })).toBeVisible();
  await expect(table).toContainText(secret);
  await page.getByLabel('Julkaisulupa').selectOption({ label: 'Kaikki' });
  await page.getByLabel('Teema').selectOption({ label: 'yksinäisyys' });
  await expect(page.getByText('1 muistiinpano', { exact: true })).toBeVisible();
  await expect(table).toContainText(consented);
  await page.getByRole('button', { name: 'Tyhjennä rajaukset' }).click();
  await expect(page.getByText('2 muistiinpanoa')).toBeVisible();

  // The advocacy summary offers the consented quote and says why the other cannot be chosen.
  await app.goTo('Raportit');
  await page.getByRole('radio', { name: 'Vaikuttamistyön yhteenveto' }).check({ force: true });
  const notes = page.getByRole('region', { name: 'Vaikuttavuusmuistiinpanot raporttiin' });
  await expect(notes.getByRole('checkbox', { name: new RegExp(consented) })).toBeChecked();
  await expect(notes.getByRole('checkbox', { name: new RegExp(secret) })).toHaveCount(0);
  await expect(notes.getByRole('listitem').filter({ hasText: secret })).toContainText(
    'Ei voi valita: ei julkaisulupaa',
  );
  await noViolations(page, 'reports page with notes');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tallenna PDF' }).click();
  // A new association has no hours or meetings yet: the app asks before an empty summary.
  await page
    .getByRole('dialog', { name: 'Jaksolta ei ole merkintöjä' })
    .getByRole('button', { name: 'Tee PDF silti' })
    .click();
  const text = pdfText(await readFile(await (await download).path())).replace(/\s+/g, ' ');
  expect(text).toContain(`”${consented}”`);
  expect(text).not.toContain(secret);
  expect(text).not.toContain('Tätä en halua');
});

test('a note cannot be linked to an activity in the trash; trash and undo', async ({ page }) => {
  test.setTimeout(90_000);
  const app = new TalkootApp(page);
  await app.open();
  await page.getByRole('button', { name: 'Luo yhdistys' }).click();
  await page.getByLabel('Yhdistyksen nimi').fill('Kylän Eläkeläiset ry');
  await page.getByLabel('Kotipaikka').fill('Äänekoski');
  await page.getByRole('button', { name: 'Luo yhdistys' }).click();
  await expect(app.heading('Etusivu')).toBeVisible();

  await app.goTo('Toiminta');
  await page.getByRole('button', { name: 'Uusi toiminta' }).click();
  const activityDialog = page.getByRole('dialog');
  await activityDialog.getByLabel('Toiminnan nimi').fill('Muistelupiiri');
  await activityDialog.getByRole('button', { name: 'Tallenna toiminta' }).click();
  await expect(activityDialog).toBeHidden();
  // From the activity's dialog straight to a new note linked to it.
  await page.getByRole('button', { name: 'Muistelupiiri' }).click();
  await page.getByRole('link', { name: 'Lisää vaikuttavuusmuistiinpano' }).click();
  const dialog = page.getByRole('dialog', { name: 'Uusi vaikuttavuusmuistiinpano' });
  await expect(dialog.getByLabel('Toiminta')).toHaveValue(/.+/);
  await dialog.getByLabel('Teksti').fill('Piirissä muisteltiin sota-ajan koulua.');
  await dialog.getByLabel('Tyyppi').selectOption({ label: 'Havainto' });

  // Meanwhile the activity goes to the trash (in another tab of the same app).
  const other = await page.context().newPage();
  await other.goto('./#/activities');
  await other.getByRole('button', { name: 'Muistelupiiri' }).click();
  await other.getByRole('button', { name: 'Poista toiminta' }).click();
  await expect(other.getByText('Toiminta ”Muistelupiiri” poistettu.')).toBeVisible();
  await other.close();

  await dialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    'Toiminta ”Muistelupiiri” on roskakorissa. Palauta toiminta tai valitse toinen. Muistiinpanoa ei tallennettu.',
  );
  await dialog.getByLabel('Toiminta').selectOption({ label: 'Ei valittu' });
  await dialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Tyhjennä rajaukset' }).click();
  await expect(page.getByText('1 muistiinpano', { exact: true })).toBeVisible();

  // Trash with undo.
  await page.getByRole('button', { name: /^Muokkaa: / }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Poista' }).click();
  await expect(page.getByText('Ei muistiinpanoja näillä rajauksilla.')).toBeVisible();
  await page.getByRole('button', { name: 'Kumoa' }).click();
  await expect(page.getByText('1 muistiinpano', { exact: true })).toBeVisible();
});
