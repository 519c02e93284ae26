import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { pdfText } from '../unit/support/pdfText';
import { analyzeSettled } from './axe';
import { localToday } from './figures';
import { TalkootApp } from './pages/TalkootApp';

async function createAssociation(page: Page, app: TalkootApp, name: string) {
  await app.open();
  await page.getByRole('button', { name: 'Luo yhdistys' }).click();
  await page.getByLabel('Yhdistyksen nimi').fill(name);
  await page.getByLabel('Kotipaikka').fill('Kokkola');
  await page.getByRole('button', { name: 'Luo yhdistys' }).click();
  await expect(app.heading('Etusivu')).toBeVisible();
}

async function addPerson(page: Page, app: TalkootApp, fullName: string) {
  await app.goTo('Jäsenet');
  await page.getByRole('button', { name: 'Lisää henkilö…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lisää jäsen tai vapaaehtoinen' });
  await dialog.getByRole('textbox', { name: 'Koko nimi' }).fill(fullName);
  await dialog.getByRole('textbox', { name: 'Kotikunta' }).fill('Kokkola');
  await page.keyboard.press('Enter');
  await expect(app.heading(fullName)).toBeVisible();
}

async function expectNoViolations(page: Page, what: string) {
  for (const width of [1280, 640]) {
    await page.setViewportSize({ width, height: 900 });
    const result = await analyzeSettled(page);
    expect(
      result.violations.map((v) => v.id),
      `${what} at ${width} px: ${JSON.stringify(result.violations.map((v) => v.nodes.map((n) => [n.target, n.failureSummary])))}`,
    ).toEqual([]);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Save the chosen report's PDF; `emptyPeriod`: the period has no records, so the app asks first. */
async function savePdfText(page: Page, { emptyPeriod = false } = {}): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tallenna PDF' }).click();
  if (emptyPeriod) {
    const ask = page.getByRole('dialog', { name: 'Jaksolta ei ole merkintöjä' });
    await ask.getByRole('button', { name: 'Tee PDF silti' }).click();
  }
  return pdfText(await readFile(await (await download).path()));
}

test('a board recorded in a fresh association appears in the annual summary PDF, names only with consent', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const year = localToday().slice(0, 4);
  const app = new TalkootApp(page);
  await createAssociation(page, app, 'Rantakylän Omaiset ry');
  await addPerson(page, app, 'Aino Äijälä');
  await addPerson(page, app, 'Bertil Öberg');

  await app.goTo('Asetukset');
  const board = page.getByRole('region', { name: 'Hallitus ja toimihenkilöt' });
  await expect(
    board.getByText('Toimihenkilöitä ei ole vielä kirjattu.', { exact: false }),
  ).toBeVisible();

  // The chair, from the register, with consent to print her name.
  await board.getByRole('button', { name: 'Lisää toimihenkilö' }).click();
  let dialog = page.getByRole('dialog', { name: 'Uusi toimihenkilö' });
  await dialog.getByRole('combobox', { name: 'Henkilö' }).fill('äijä');
  await dialog.getByRole('option', { name: 'Aino Äijälä (Kokkola)' }).click();
  await app.choose(dialog, 'Tehtävä', 'Puheenjohtaja');
  await dialog.getByLabel('Kausi alkoi').fill(`${year}-01-01`);
  await dialog.getByLabel('Nimen saa mainita julkisissa raporteissa').check();
  await dialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(dialog).toBeHidden();

  // A board member without consent: counted, never named.
  await board.getByRole('button', { name: 'Lisää toimihenkilö' }).click();
  dialog = page.getByRole('dialog', { name: 'Uusi toimihenkilö' });
  // Nothing chosen: refused with a message, nothing saved.
  await dialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(dialog.getByText('Valitse henkilö tai kirjoita nimi.')).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Henkilö' }).fill('Bertil');
  await dialog.getByRole('option', { name: 'Bertil Öberg (Kokkola)' }).click();
  await dialog.getByLabel('Kausi alkoi').fill(`${year}-01-01`);
  await dialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(dialog).toBeHidden();

  // An outside auditor, by name.
  await board.getByRole('button', { name: 'Lisää toimihenkilö' }).click();
  dialog = page.getByRole('dialog', { name: 'Uusi toimihenkilö' });
  await dialog.getByLabel('Ulkopuolinen henkilö').check();
  await dialog.getByRole('textbox', { name: 'Nimi' }).fill('Tarja Tarkastaja');
  await app.choose(dialog, 'Tehtävä', 'Toiminnantarkastaja');
  await dialog.getByLabel('Kausi alkoi').fill(`${year}-01-01`);
  await dialog.getByLabel('Nimen saa mainita julkisissa raporteissa').check();
  await dialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(dialog).toBeHidden();

  const current = board.getByRole('table').first();
  await expect(current.getByRole('row')).toHaveCount(4);
  await expectNoViolations(page, 'settings with officials');

  // Trash with undo: the auditor goes and comes back.
  await board
    .getByRole('button', { name: 'Siirrä roskakoriin: Tarja Tarkastaja, Toiminnantarkastaja' })
    .click();
  await expect(current.getByRole('row')).toHaveCount(3);
  await page.getByRole('button', { name: 'Peru', exact: true }).click();
  await expect(current.getByRole('row')).toHaveCount(4);

  await app.goTo('Raportit');
  await expect(app.heading('Raportit')).toBeVisible();
  await page.getByRole('radio', { name: 'Toimintakertomus' }).check();
  await app.choose(page.locator('#main'), 'Vuosi', year);
  const text = await savePdfText(page);
  expect(text).toContain('Hallitus ja toimihenkilöt');
  expect(text).toMatch(/Puheenjohtaja\s+Aino Äijälä/);
  expect(text).toMatch(/Hallituksen jäsen\s+1 henkilö/);
  expect(text).toMatch(/Toiminnantarkastaja\s+Tarja Tarkastaja/);
  expect(text).not.toContain('Bertil');
  // The chair signs; there is no secretary, so the treasurer's line stays unnamed.
  expect(text).toMatch(/Aino Äijälä\s*\n?\s*puheenjohtaja/);
  expect(text).toContain('rahastonhoitaja');
});

test('a Swedish advocacy summary prints the Swedish texts, and says so when a text is only in Finnish', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = new TalkootApp(page);
  await createAssociation(page, app, 'Kustens Anhöriga rf');
  await app.goTo('Raportit');
  await page.getByRole('radio', { name: 'Vaikuttamistyön yhteenveto' }).check();

  const texts = page.getByRole('region', { name: 'Raportin tekstit' });
  await texts.getByRole('tab', { name: /^Suomi/ }).click();
  await texts.getByLabel('Mitä teemme').fill('Järjestämme vertaisryhmiä omaishoitajille.');
  await texts.getByLabel('Viestimme').fill('Omaishoitaja tarvitsee vapaapäiviä.');
  await texts.getByLabel('Toiveemme ja pyyntömme').fill('Lisää lyhytaikaishoidon paikkoja.');
  await texts.getByRole('button', { name: 'Tallenna tekstit' }).click();
  await expect(page.getByText('Tekstit tallennettu.')).toBeVisible();

  // Swedish PDF, no Swedish texts yet: the page says so before the PDF is made.
  await app.choose(page.locator('#main'), 'Raportin kieli', 'Svenska');
  const notice = page.getByText(/Tällä kielellä ei ole omia tekstejä/);
  await expect(notice).toContainText('Mitä teemme, Viestimme, Toiveemme ja pyyntömme');

  await texts.getByRole('tab', { name: /^Svenska/ }).click();
  await texts.getByRole('button', { name: 'Aloita suomenkielisestä tekstistä' }).click();
  await expect(texts.getByLabel('Mitä teemme')).toHaveValue(
    'Järjestämme vertaisryhmiä omaishoitajille.',
  );
  await texts.getByLabel('Mitä teemme').fill('Vi ordnar kamratstödsgrupper för närståendevårdare.');
  await texts.getByLabel('Viestimme').fill('Närståendevårdare behöver lediga dagar.');
  // The asks stay untranslated: printed in Finnish, marked so.
  await texts.getByLabel('Toiveemme ja pyyntömme').fill('');
  await texts.getByRole('button', { name: 'Tallenna tekstit' }).click();
  await expect(notice).toContainText('Toiveemme ja pyyntömme');
  await expect(notice).not.toContainText('Mitä teemme');
  await expectNoViolations(page, 'reports with the texts editor and notice');

  // A new association has no hours or meetings yet: the app asks before an empty summary.
  const text = await savePdfText(page, { emptyPeriod: true });
  expect(text).toContain('Vad vi gör');
  expect(text).toContain('Vi ordnar kamratstödsgrupper för närståendevårdare.');
  expect(text).toContain('Närståendevårdare behöver lediga dagar.');
  expect(text).not.toContain('Järjestämme vertaisryhmiä');
  expect(text).not.toContain('Omaishoitaja tarvitsee');
  expect(text).toContain('Lisää lyhytaikaishoidon paikkoja.');
  expect(text).toContain('Den här texten finns bara på finska.');
});
