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

const quote = 'Ryhmässä sain naurun takaisin, ja se kantaa koko viikon.';
const secretQuote = 'Tätä en halua kenenkään muun lukevan.';
const consented = 'Täällä kukaan ei kiirehdi, ja se riittää minulle.';
const secret = 'Naapurini ei saa tietää, että käyn täällä.';

test('quotes with and without consent, a session’s feedback tally: the consented quote and the indicator reach the advocacy summary, the others nowhere', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const app = new TalkootApp(page);
  await app.open();
  await page.getByRole('button', { name: 'Luo yhdistys' }).click();
  await page.getByLabel('Yhdistyksen nimi').fill('Vertaistuki Kaiku ry');
  await page.getByLabel('Kotipaikka').fill('Kuopio');
  await page.getByRole('button', { name: 'Luo yhdistys' }).click();
  await expect(app.heading('Etusivu')).toBeVisible();

  // A volunteer, an activity and one session of it today.
  await app.goTo('Jäsenet');
  await page.getByRole('button', { name: 'Lisää henkilö…' }).click();
  const person = page.getByRole('dialog', { name: 'Lisää jäsen tai vapaaehtoinen' });
  await person.getByRole('textbox', { name: 'Koko nimi' }).fill('Anna Aalto');
  await person.getByRole('textbox', { name: 'Kotikunta' }).fill('Kuopio');
  await page.keyboard.press('Enter');
  await expect(app.heading('Anna Aalto')).toBeVisible();
  await app.goTo('Toiminta');
  await page.getByRole('button', { name: 'Uusi toiminta' }).click();
  const activityDialog = page.getByRole('dialog', { name: 'Uusi toiminta' });
  await activityDialog.getByLabel('Toiminnan nimi').fill('Muistikahvila');
  await activityDialog.getByRole('button', { name: 'Tallenna toiminta' }).click();
  await expect(activityDialog).toBeHidden();
  await app.goTo('Vapaaehtoistunnit');
  await page.getByRole('button', { name: 'Kirjaa kokoontuminen' }).click();
  const log = page.getByRole('dialog', { name: 'Kirjaa kokoontuminen' });
  await app.choose(log, 'Toiminta', 'Muistikahvila');
  await log.getByLabel('Kokoontumisen kesto').fill('2');
  await log.getByRole('textbox', { name: 'Osallistujia' }).fill('12');
  const volunteers = log.getByRole('combobox', { name: 'Vapaaehtoiset' });
  await volunteers.fill('Anna Aalto');
  await page.getByRole('option', { name: 'Anna Aalto', exact: true }).click();
  await log.getByLabel('Vapaaehtoisen aika (valmistelu mukaan lukien)').fill('2');
  await log.getByRole('button', { name: 'Tallenna kokoontuminen' }).click();
  await expect(log).toBeHidden();

  // Two quotes: one with consent, one without.
  await app.goTo('Vaikuttavuus');
  const noteDialog = page.getByRole('dialog', { name: 'Uusi vaikuttavuusmuistiinpano' });
  await page.getByRole('button', { name: 'Uusi muistiinpano' }).click();
  await noteDialog.getByLabel('Teksti').fill(quote);
  await noteDialog.getByLabel('Henkilö on antanut luvan julkaista tämän').check();
  await noteDialog.getByLabel('Miten lupa annettiin').selectOption({ label: 'Suullisesti' });
  await noteDialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(noteDialog).toBeHidden();
  await page.getByRole('button', { name: 'Uusi muistiinpano' }).click();
  await noteDialog.getByLabel('Teksti').fill(secretQuote);
  await noteDialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(noteDialog).toBeHidden();

  // A form with the three default statements, for participants.
  await page.getByRole('tab', { name: 'Palautelomakkeet' }).click();
  await expect(page.getByText('Palautelomakkeita ei ole vielä.')).toBeVisible();
  await page.getByRole('button', { name: 'Uusi palautelomake' }).click();
  const formDialog = page.getByRole('dialog', { name: 'Uusi palautelomake' });
  await formDialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(formDialog.getByText('Pakollinen tieto.')).toBeVisible();
  await expect(formDialog.getByLabel('Toiminta')).toBeFocused();
  await formDialog.getByLabel('Toiminta').selectOption({ label: 'Muistikahvila' });
  await expect(formDialog.getByRole('textbox', { name: 'Väittämä 1' })).toHaveValue(
    'Sain tukea ryhmästä',
  );
  await noViolations(page, 'feedback form editor');
  await formDialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(formDialog).toBeHidden();
  const forms = page.getByRole('table', { name: 'Palautelomakkeet' });
  const row = forms.getByRole('row', { name: /Muistikahvila/ });
  await expect(row).toContainText('Osallistujat');
  await expect(row).toContainText('0 yhteenvetoa');
  await noViolations(page, 'feedback tab');

  // Printed in Swedish: the default statements in Swedish, the activity by name.
  await page.getByLabel('Lomakkeen kieli').selectOption({ label: 'Svenska' });
  const formDownload = page.waitForEvent('download');
  await row.getByRole('button', { name: /^Tulosta lomake/ }).click();
  const printed = pdfText(await readFile(await (await formDownload).path())).replace(/\s+/g, ' ');
  expect(printed).toContain('Responsblankett: Muistikahvila');
  expect(printed).toContain('Jag fick stöd av gruppen');
  expect(printed).toContain('Får föreningen citera ditt svar');

  // The session's answers: a negative or fractional count is refused on its cell, nothing saved.
  await row.getByRole('button', { name: /^Kirjaa vastaukset/ }).click();
  const tally = page.getByRole('dialog', { name: /^Kirjaa vastaukset/ });
  await tally.getByRole('button', { name: 'Tallenna vastaukset' }).click();
  await expect(tally.getByText('Pakollinen tieto.')).toBeVisible();
  await expect(tally.getByLabel('Kokoontuminen')).toBeFocused();
  await tally.getByLabel('Kokoontuminen').selectOption({ index: 1 });
  const cell = (value: number) =>
    tally.getByRole('textbox', { name: `Sain tukea ryhmästä: vastasi ${value}` });
  await cell(3).fill('-2');
  await cell(4).fill('2,5');
  await cell(5).fill('6');
  await tally.getByRole('textbox', { name: 'Avoin vastaus 1', exact: true }).fill(consented);
  await tally.getByRole('checkbox', { name: /Avoin vastaus 1/ }).check();
  await tally.getByRole('button', { name: 'Lisää avoin vastaus' }).click();
  await tally.getByRole('textbox', { name: 'Avoin vastaus 2', exact: true }).fill(secret);
  await tally.getByRole('button', { name: 'Tallenna vastaukset' }).click();
  await expect(tally.getByText('Määrä ei voi olla negatiivinen.')).toBeVisible();
  await expect(tally.getByText('Anna kokonaisluku (0, 1, 2 …).')).toBeVisible();
  await expect(cell(3)).toBeFocused();
  await noViolations(page, 'tally with errors');
  await expect(row).toContainText('0 yhteenvetoa');

  // 1 + 3 + 6 = 10 answers, 9 of them 4 or 5: 90 %.
  await cell(3).fill('1');
  await cell(4).fill('3');
  await tally.getByRole('button', { name: 'Tallenna vastaukset' }).click();
  await expect(tally).toBeHidden();
  await expect(
    page.getByText('2 avointa vastausta kirjattu muistiinpanoiksi', { exact: false }),
  ).toBeVisible();
  await expect(row).toContainText('1 yhteenveto');

  // The open answers are feedback notes: one may be published, the other never.
  await page.getByRole('tab', { name: 'Muistiinpanot' }).click();
  const notes = page.getByRole('table', { name: 'Vaikuttavuus' });
  await expect(notes.getByRole('row', { name: new RegExp(consented) })).toContainText(
    'Saa julkaista: lomakkeella',
  );
  await expect(notes.getByRole('row', { name: new RegExp(secret) })).toContainText(
    'Ei julkaisulupaa: ei näy raporteissa',
  );

  // The advocacy summary offers the consented quote and the indicator.
  await app.goTo('Raportit');
  await page.getByRole('radio', { name: 'Vaikuttamistyön yhteenveto' }).check({ force: true });
  const picker = page.getByRole('region', { name: 'Vaikuttavuusmuistiinpanot raporttiin' });
  await expect(picker.getByRole('checkbox', { name: new RegExp(quote) })).toBeChecked();
  await expect(picker.getByRole('checkbox', { name: new RegExp(secretQuote) })).toHaveCount(0);
  const indicator = 'Sain tukea ryhmästä (Osallistujat, Muistikahvila)';
  const offered = page.getByRole('region', { name: 'Mittarit' });
  await expect(offered).toContainText(`${indicator}: 90\u00a0% vastasi 4–5 (10 vastausta)`);
  await expect(offered).toContainText('kerätty tieto');
  await noViolations(page, 'reports page with indicators');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tallenna PDF' }).click();
  const text = pdfText(await readFile(await (await download).path())).replace(/\s+/g, ' ');
  expect(text).toContain(`”${quote}”`);
  expect(text).toContain('Sain tukea ryhmästä');
  expect(text).toContain('(10 vastausta)');
  expect(text).not.toContain('Tätä en halua');
  expect(text).not.toContain('Naapurini');
});

test('indicators over time: feedback shares from the tallies, a counted value entered with its provenance', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = new TalkootApp(page);
  await app.open();
  await app.openDemo();
  await app.goTo('Vaikuttavuus');
  await page.getByRole('tab', { name: 'Mittarit' }).click();
  const section = page.getByRole('region', { name: 'Mittarit' });
  await expect(section.getByRole('img', { name: /ajan mittaan$/ })).toBeVisible();
  await section.getByLabel('Mittari', { exact: true }).selectOption({
    label: 'Tunnen itseni vähemmän yksinäiseksi (Sydänkahvila Tampere, Osallistujat)',
  });
  const table = section.getByRole('table', { name: /Tunnen itseni vähemmän yksinäiseksi/ });
  await expect(table.getByRole('row').nth(1)).toContainText(/% vastasi 4–5 \(\d+ vastausta\)/);
  await expect(table.getByRole('row').nth(1)).toContainText('kerätty tieto');
  await noViolations(page, 'indicators tab');

  await section.getByRole('button', { name: 'Uusi mittarin arvo' }).click();
  const dialog = page.getByRole('dialog', { name: 'Uusi mittarin arvo' });
  await dialog.getByLabel('Mittarin nimi').fill('Vertaisryhmään ohjatut');
  await dialog.getByLabel('Määrä').fill('-4');
  await dialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(dialog.getByText('Anna luku, joka on 0 tai suurempi')).toBeVisible();
  await expect(dialog.getByLabel('Määrä')).toBeFocused();
  await dialog.getByLabel('Määrä').fill('9');
  await dialog.getByLabel('Tiedon laatu').selectOption({ label: 'arvio' });
  await dialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(dialog).toBeHidden();
  await section
    .getByLabel('Mittari', { exact: true })
    .selectOption({ label: 'Vertaisryhmään ohjatut' });
  const values = section.getByRole('table', { name: /Vertaisryhmään ohjatut/ });
  await expect(values.getByRole('row').nth(1)).toContainText('9');
  await expect(values.getByRole('row').nth(1)).toContainText('arvio');
});
