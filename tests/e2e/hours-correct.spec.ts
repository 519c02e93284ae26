import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { pdfText } from '../unit/support/pdfText';
import { analyzeSettled } from './axe';
import { TalkootApp } from './pages/TalkootApp';

const NBSP = '\u00a0';
const h = (text: string) => text.replace(/ /g, NBSP);

async function expectNoViolations(page: Page, where: string) {
  for (const width of [1280, 640]) {
    await page.setViewportSize({ width, height: 900 });
    const found = (await analyzeSettled(page)).violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(found, `${where} at ${width} px`).toEqual([]);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function freshAssociation(app: TalkootApp) {
  const { page } = app;
  await app.open();
  await page.getByRole('button', { name: 'Luo yhdistys' }).click();
  await page.getByLabel('Yhdistyksen nimi').fill('Kylän Eläkeläiset ry');
  await page.getByLabel('Kotipaikka').fill('Äänekoski');
  await page.getByRole('button', { name: 'Luo yhdistys' }).click();
  await expect(app.heading('Etusivu')).toBeVisible();
}

async function addPerson(app: TalkootApp, name: string) {
  const { page } = app;
  await app.goTo('Jäsenet');
  await page.getByRole('button', { name: 'Lisää henkilö…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lisää jäsen tai vapaaehtoinen' });
  await dialog.getByRole('textbox', { name: 'Koko nimi' }).fill(name);
  await dialog.getByRole('textbox', { name: 'Kotikunta' }).fill('Äänekoski');
  await page.keyboard.press('Enter');
  await expect(app.heading(name)).toBeVisible();
}

/** The certificate's total for the person whose page is open, read back from the PDF. */
async function certificateTotal(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tee todistus (PDF)' }).click();
  const text = pdfText(await readFile(await (await download).path()));
  const total = /Yhteensä\s+([\d ]+ h(?: \d+ min)?)/.exec(text);
  expect(total, text).not.toBeNull();
  return total![1]!;
}

async function openPerson(app: TalkootApp, name: string) {
  await app.goTo('Jäsenet');
  await app.page.getByRole('link', { name }).click();
  await expect(app.heading(name)).toBeVisible();
}

test('a fresh association: a mistyped entry is corrected and trashed, and the home figures and the certificate follow', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = new TalkootApp(page);
  await freshAssociation(app);
  await addPerson(app, 'Åsa Öhman');

  await app.goTo('Vapaaehtoistunnit');
  const quick = page.getByRole('region', { name: 'Kirjaa tunnit' });
  await quick.getByRole('combobox', { name: 'Henkilö' }).fill('Åsa');
  await page.getByRole('option', { name: /Åsa Öhman/ }).click();
  // More than a whole day (the record's limit) is refused with its own message.
  await quick.getByLabel('Kesto').fill('24:01');
  await quick.getByRole('button', { name: 'Tallenna tunnit' }).click();
  await expect(quick.getByText(/Kesto on liian pitkä/)).toBeVisible();
  // "1,52" is read as hours with a decimal comma; the field says what it saves.
  await quick.getByLabel('Kesto').fill('1,52');
  await expect(quick.getByText(h('Tallennetaan: 1 h 31 min'))).toBeVisible();
  await quick.getByRole('button', { name: 'Tallenna tunnit' }).click();
  await expect(page.getByText('Tallennettu: Åsa Öhman (')).toBeVisible();

  await app.goTo('Etusivu');
  await expect(app.figure('Vapaaehtoistunteja')).toHaveText(h('1 h 31 min'));
  await openPerson(app, 'Åsa Öhman');
  expect(await certificateTotal(page)).toBe('1 h 31 min');

  // Correct it: it should have been 1:25.
  await app.goTo('Vapaaehtoistunnit');
  await expectNoViolations(page, 'hours page');
  const table = page.getByRole('table', { name: 'Vapaaehtoistunnit' });
  await table.getByRole('button', { name: /^Muokkaa kirjausta: Åsa Öhman/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Muokkaa tuntikirjausta' });
  await expect(dialog).toBeVisible();
  await expectNoViolations(page, 'edit entry dialog');
  await dialog.getByLabel('Kesto').fill('1:25');
  await dialog.getByRole('button', { name: 'Tallenna muutokset' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Kirjaus korjattu: Åsa Öhman/)).toBeVisible();
  await expect(table.getByRole('cell', { name: h('1 h 25 min'), exact: true })).toBeVisible();

  await app.goTo('Etusivu');
  await expect(app.figure('Vapaaehtoistunteja')).toHaveText(h('1 h 25 min'));
  await openPerson(app, 'Åsa Öhman');
  expect(await certificateTotal(page)).toBe('1 h 25 min');

  // Approved, then edited: asked first, and the approval gives way to a note.
  await app.goTo('Vapaaehtoistunnit');
  await table.getByRole('button', { name: /^Hyväksy: Åsa Öhman/ }).click();
  const approve = page.getByRole('dialog', { name: 'Hyväksy tunnit' });
  await approve.getByLabel('Hyväksyjän nimi').fill('Pekka Lehtonen');
  await approve.getByRole('button', { name: 'Hyväksy tunnit' }).click();
  await expect(table.getByText(/^Hyväksytty .*Pekka Lehtonen$/)).toBeVisible();
  await table.getByRole('button', { name: /^Muokkaa kirjausta: Åsa Öhman/ }).click();
  await dialog.getByLabel('Kesto').fill('1:30');
  await dialog.getByRole('button', { name: 'Tallenna muutokset' }).click();
  await expect(dialog.getByText('Kirjaus on jo hyväksytty')).toBeVisible();
  const changer = dialog.getByRole('textbox', { name: 'Nimesi' });
  await expect(changer).toBeFocused();
  await expectNoViolations(page, 'confirm a change to approved hours');
  await changer.fill('Åsa Öhman');
  await dialog.getByRole('button', { name: 'Tallenna ja poista hyväksyntä' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    table.getByText(/^Odottaa \(muutettu hyväksynnän jälkeen .*, Åsa Öhman\)$/),
  ).toBeVisible();
  await expect(table.getByRole('cell', { name: h('1 h 30 min'), exact: true })).toBeVisible();

  // Trash with undo, by keyboard.
  await table.getByRole('button', { name: /^Muokkaa kirjausta: Åsa Öhman/ }).focus();
  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Siirrä roskakoriin' }).click();
  await expect(page.getByText(/Kirjaus siirretty roskakoriin: Åsa Öhman/)).toBeVisible();
  await expect(page.getByText(/^0 kirjausta/)).toBeVisible();
  await app.goTo('Etusivu');
  await expect(app.figure('Vapaaehtoistunteja')).toHaveText(h('0 h'));
  await page.getByRole('button', { name: 'Kumoa' }).click();
  await expect(page.getByText(/Kirjaus palautettu: Åsa Öhman/)).toBeVisible();
  await expect(app.figure('Vapaaehtoistunteja')).toHaveText(h('1 h 30 min'));
});

test('a meeting with two volunteers of different times, corrected by its default, trashed and restored, and the next one prefilled and marked', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = new TalkootApp(page);
  await freshAssociation(app);
  await addPerson(app, 'Anna Aalto');
  await addPerson(app, 'Bertil Berg');
  await app.goTo('Toiminta');
  await page.getByRole('button', { name: 'Uusi toiminta' }).click();
  const newActivity = page.getByRole('dialog', { name: 'Uusi toiminta' });
  await newActivity.getByLabel('Toiminnan nimi').fill('Lukupiiri');
  await newActivity.getByRole('button', { name: 'Tallenna toiminta' }).click();
  await expect(newActivity).toBeHidden();

  await app.goTo('Vapaaehtoistunnit');
  await page.getByRole('button', { name: 'Kirjaa kokoontuminen' }).click();
  const log = page.getByRole('dialog', { name: 'Kirjaa kokoontuminen' });
  await app.choose(log, 'Toiminta', 'Lukupiiri');
  await log.getByLabel('Kokoontumisen kesto').fill('2');
  await log.getByRole('textbox', { name: 'Osallistujia' }).fill('6');
  const volunteers = log.getByRole('combobox', { name: 'Vapaaehtoiset' });
  for (const name of ['Anna Aalto', 'Bertil Berg']) {
    await volunteers.fill(name);
    await page.getByRole('option', { name, exact: true }).click();
  }
  await log.getByLabel('Vapaaehtoisen aika (valmistelu mukaan lukien)').fill('1');
  // Anna leads two hours, Bertil helps one.
  await log.getByLabel('Aika: Anna Aalto').fill('2');
  await expect(log.getByLabel('Aika: Bertil Berg')).toHaveValue('1');
  await expectNoViolations(page, 'log a meeting with per-volunteer times');
  await log.getByRole('button', { name: 'Tallenna kokoontuminen' }).click();
  await expect(
    page.getByText('Kokoontuminen tallennettu: 2 vapaaehtoisen tunnit kirjattu.'),
  ).toBeVisible();

  const table = page.getByRole('table', { name: 'Vapaaehtoistunnit' });
  const row = (name: string) => table.getByRole('row').filter({ hasText: name });
  await expect(row('Anna Aalto').getByRole('cell', { name: h('2 h'), exact: true })).toBeVisible();
  await expect(row('Bertil Berg').getByRole('cell', { name: h('1 h'), exact: true })).toBeVisible();
  await app.goTo('Etusivu');
  await expect(app.figure('Vapaaehtoistunteja')).toHaveText(h('3 h'));
  await expect(app.figure('Kokoontumisia')).toHaveText('1');

  // Correct the meeting: the default was 1:30. Bertil follows it, Anna keeps her own.
  await app.goTo('Vapaaehtoistunnit');
  await row('Bertil Berg')
    .getByRole('button', { name: /^Muokkaa kokoontumista/ })
    .click();
  const edit = page.getByRole('dialog', { name: 'Muokkaa kokoontumista' });
  await expect(edit.getByLabel('Aika: Anna Aalto')).toHaveValue('2:00');
  await expectNoViolations(page, 'edit a meeting');
  await edit.getByLabel('Vapaaehtoisen aika (valmistelu mukaan lukien)').fill('1:30');
  await expect(edit.getByLabel('Aika: Bertil Berg')).toHaveValue('1:30');
  await edit.getByRole('textbox', { name: 'Osallistujia' }).fill('7');
  await edit.getByRole('button', { name: 'Tallenna kokoontuminen' }).click();
  await expect(edit).toBeHidden();
  await expect(
    row('Bertil Berg').getByRole('cell', { name: h('1 h 30 min'), exact: true }),
  ).toBeVisible();
  await expect(row('Anna Aalto').getByRole('cell', { name: h('2 h'), exact: true })).toBeVisible();
  await app.goTo('Etusivu');
  await expect(app.figure('Vapaaehtoistunteja')).toHaveText(h('3 h 30 min'));
  await expect(app.figure('Osallistumiskertoja')).toHaveText('7');

  // Trash the meeting with its entries; undo brings both back.
  await app.goTo('Vapaaehtoistunnit');
  await row('Anna Aalto')
    .getByRole('button', { name: /^Muokkaa kokoontumista/ })
    .click();
  await edit.getByRole('button', { name: 'Siirrä kokoontuminen roskakoriin' }).click();
  await expect(page.getByText(/ja 2 vapaaehtoisen tunnit siirretty roskakoriin/)).toBeVisible();
  await expect(page.getByText(/^0 kirjausta/)).toBeVisible();
  await app.goTo('Etusivu');
  await expect(app.figure('Kokoontumisia')).toHaveText('0');
  await expect(app.figure('Vapaaehtoistunteja')).toHaveText(h('0 h'));
  await page.getByRole('button', { name: 'Kumoa' }).click();
  await expect(page.getByText(/ja sen tunnit palautettu/)).toBeVisible();
  await expect(app.figure('Vapaaehtoistunteja')).toHaveText(h('3 h 30 min'));
  await expect(app.figure('Kokoontumisia')).toHaveText('1');

  // The next meeting is prefilled from this one, and what was copied says so.
  await app.goTo('Vapaaehtoistunnit');
  await page.getByRole('button', { name: 'Kirjaa kokoontuminen' }).click();
  await app.choose(log, 'Toiminta', 'Lukupiiri');
  await expect(log.getByText(/Tiedot on täytetty edellisen kokoontumisen/)).toBeVisible();
  await expect(log.getByRole('textbox', { name: 'Osallistujia' })).toHaveValue('7');
  await expect(
    log.getByText('Kopioitu edellisestä kokoontumisesta – tarkista.').first(),
  ).toBeVisible();
  await expect(log.getByText('oletusaika, kopioitu edellisestä').first()).toBeVisible();
  await expect(log.getByLabel('Aika: Bertil Berg')).toHaveValue('1:30');
  await expectNoViolations(page, 'a prefilled meeting');
});
