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

const consented = 'Täällä kukaan ei kiirehdi, ja se riittää minulle.';
const secret = 'Naapurini ei saa tietää, että käyn täällä.';

test('a feedback form is printed, its answers entered with bad counts refused, open answers become notes', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const app = new TalkootApp(page);
  await app.open();
  await page.getByRole('button', { name: 'Luo yhdistys' }).click();
  await page.getByLabel('Yhdistyksen nimi').fill('Vertaistuki Kaiku ry');
  await page.getByLabel('Kotipaikka').fill('Kuopio');
  await page.getByRole('button', { name: 'Luo yhdistys' }).click();
  await expect(app.heading('Etusivu')).toBeVisible();

  await app.goTo('Toiminta');
  await page.getByRole('button', { name: 'Uusi toiminta' }).click();
  const activityDialog = page.getByRole('dialog');
  await activityDialog.getByLabel('Toiminnan nimi').fill('Muistikahvila');
  await activityDialog.getByRole('button', { name: 'Tallenna toiminta' }).click();
  await expect(activityDialog).toBeHidden();

  // A form with the three default statements, for participants.
  await app.goTo('Vaikuttavuus');
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
  const download = page.waitForEvent('download');
  await row.getByRole('button', { name: /^Tulosta lomake/ }).click();
  const printed = pdfText(await readFile(await (await download).path())).replace(/\s+/g, ' ');
  expect(printed).toContain('Responsblankett: Muistikahvila');
  expect(printed).toContain('Jag fick stöd av gruppen');
  expect(printed).toContain('Får föreningen citera ditt svar');

  // The answers of a period: a negative count is refused on its cell, nothing is saved.
  await row.getByRole('button', { name: /^Kirjaa vastaukset/ }).click();
  const tally = page.getByRole('dialog', { name: /^Kirjaa vastaukset/ });
  await expect(
    tally.getByText('Tällä toiminnalla ei ole kirjattuja kokoontumisia.', { exact: false }),
  ).toBeVisible();
  await app.fillDate(tally.getByLabel('Alkaen'), `${new Date().getFullYear()}-01-01`);
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
  await section
    .getByLabel('Mittari', { exact: true })
    .selectOption({
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
