import { expect, test } from './fixtures';
import { readFile } from 'node:fs/promises';
import { TalkootApp } from './pages/TalkootApp';
import { analyzeSettled } from './axe';
import { re, t } from './text';

const NBSP = '\u00a0';
const hoursToMinutes = (text: string) => {
  const m = /^([\d\u00a0]+)\u00a0h(?: (\d+)\u00a0min)?$/.exec(text);
  if (!m) throw new Error(`not a duration: ${text}`);
  return Number(m[1]!.replace(/\u00a0/g, '')) * 60 + Number(m[2] ?? 0);
};
const asNumber = (text: string) => Number(text.replace(/\u00a0/g, ''));

test('log a session with three volunteers and see the totals change on the home page', async ({
  page,
}) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  const before = await app.figureTexts([
    t('ui.home.volunteerHours'),
    t('ui.home.sessions'),
    t('ui.home.participants'),
  ]);

  await app.goTo(t('ui.nav.hours'));
  await page.getByRole('button', { name: t('ui.sessionForm.title') }).click();
  const dialog = page.getByRole('dialog', { name: t('ui.sessionForm.title') });
  await expect(dialog).toBeVisible();
  expect(
    (await analyzeSettled(page)).violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
  await dialog.getByRole('combobox', { name: t('ui.hours.activity'), exact: true }).click();
  await page.getByRole('option', { name: 'Nokian vertaisryhmä' }).click();
  // Prefilled from the previous meeting of the same group.
  await expect(dialog.getByText(re('ui.sessionForm.prefill'))).toBeVisible();
  await dialog.getByLabel(t('ui.sessionForm.duration')).fill('1:30');
  await dialog.getByRole('textbox', { name: t('ui.sessionForm.participants') }).fill('11');
  const volunteers = dialog.getByRole('combobox', { name: t('ui.sessionForm.volunteers') });
  // Replace the prefilled volunteers with exactly three chosen by keyboard.
  await volunteers.click();
  for (let i = 0; i < 10; i++) await volunteers.press('Backspace');
  for (const name of ['Åsa Öhman', 'Marjatta Virtanen', 'Pekka Lehtonen']) {
    await volunteers.fill(name);
    await page.getByRole('option', { name, exact: true }).click();
  }
  await dialog.getByLabel(t('ui.sessionForm.volunteerDuration')).fill('2,5');
  await dialog.getByRole('button', { name: t('ui.sessionForm.save') }).click();
  await expect(page.getByText(t('ui.sessionForm.saved', { count: 3 }))).toBeVisible();

  await app.goTo(t('ui.nav.home'));
  // The page may show the figures from just before the save for a moment: wait for the new ones.
  await expect
    .poll(async () => {
      const after = await app.figureTexts([
        t('ui.home.volunteerHours'),
        t('ui.home.sessions'),
        t('ui.home.participants'),
      ]);
      return {
        minutes:
          hoursToMinutes(after[t('ui.home.volunteerHours')]!) -
          hoursToMinutes(before[t('ui.home.volunteerHours')]!),
        sessions:
          asNumber(after[t('ui.home.sessions')]!) - asNumber(before[t('ui.home.sessions')]!),
        participations:
          asNumber(after[t('ui.home.participants')]!) -
          asNumber(before[t('ui.home.participants')]!),
      };
    })
    .toEqual({ minutes: 3 * 150, sessions: 1, participations: 11 });
});

test('the quick form logs one person’s hours and refuses a duration it cannot read', async ({
  page,
}) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  await app.goTo(t('ui.nav.hours'));
  const summary = page.getByText(re('ui.hours.summary'));
  const countBefore = Number((await summary.innerText()).split(' ')[0]);

  await page
    .getByRole('region', { name: t('ui.hourForm.title') })
    .getByRole('combobox', { name: t('ui.hours.person') })
    .fill('Åsa');
  await page.getByRole('option', { name: /Åsa Öhman/ }).click();
  await page.getByLabel(t('ui.hours.duration')).fill('puolitoista');
  await page.getByRole('button', { name: t('ui.hourForm.save') }).click();
  await expect(page.getByText(t('hourEdit.duration.unreadable'))).toBeVisible();

  await page.getByLabel(t('ui.hours.duration')).fill('1,5');
  await page.getByRole('button', { name: t('ui.hourForm.save') }).click();
  await expect(page.getByText(re('ui.hourForm.saved', { person: /Åsa Öhman \(.*/ }))).toBeVisible();
  await expect(summary).toContainText(re('ui.hours.summary', { count: countBefore + 1 }));
  // Focus is back on the person field, ready for the next volunteer.
  await expect(
    page
      .getByRole('region', { name: t('ui.hourForm.title') })
      .getByRole('combobox', { name: t('ui.hours.person') }),
  ).toBeFocused();
  await expect(page.getByRole('cell', { name: `1${NBSP}h 30${NBSP}min` }).first()).toBeVisible();
});

test('the person fields list everyone when opened by keyboard, and keep the chosen name', async ({
  page,
}) => {
  // The fields get their options only while open (useOptionsWhileOpen): opening, searching
  // and choosing must work as in any field, and the chosen name stay shown once closed.
  const app = new TalkootApp(page);
  await app.openWithDemo();
  await app.goTo(t('ui.nav.hours'));
  const person = page
    .getByRole('region', { name: t('ui.hourForm.title') })
    .getByRole('combobox', { name: t('ui.hours.person') });
  await person.focus();
  await person.press('ArrowDown');
  await expect(page.getByRole('option').first()).toBeVisible();
  expect(await page.getByRole('option').count()).toBeGreaterThan(10);
  await person.pressSequentially('Åsa Öh');
  await expect(page.getByRole('option', { name: /^Åsa Öhman/ })).toBeVisible();
  await person.press('ArrowDown');
  await person.press('Enter');
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(person).toHaveValue(/^Åsa Öhman/);
  // Opened again, everyone is listed again, not only the one chosen.
  await person.press('ArrowDown');
  await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(10);
  await person.press('Escape');
  await expect(person).toHaveValue(/^Åsa Öhman/);

  const filter = page
    .getByRole('region', { name: t('ui.hours.filters') })
    .getByRole('combobox', { name: t('ui.hours.person') });
  await filter.focus();
  await filter.pressSequentially('Åsa Öh');
  await filter.press('ArrowDown');
  await filter.press('Enter');
  await expect(filter).toHaveValue(/^Åsa Öhman/);
  await expect(page.getByText(re('ui.hours.summary'))).toBeVisible();
});

test('filter the hour list by person and kind, and export exactly that list as CSV', async ({
  page,
}) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  await app.goTo(t('ui.nav.hours'));
  const filters = page.getByRole('region', { name: t('ui.hours.filters') });
  await filters.getByRole('combobox', { name: t('ui.hours.person') }).fill('Pekka Lehtonen');
  await page.getByRole('option', { name: 'Pekka Lehtonen', exact: true }).click();
  await filters.getByRole('combobox', { name: t('ui.hours.kind') }).click();
  await page.getByRole('option', { name: t('ui.hours.kinds.board') }).click();
  const summary = page.getByRole('status').filter({ hasText: re('ui.hours.summary') });
  await expect(summary).toContainText(re('ui.hours.summary', { count: /\d+/ }));
  const count = Number((await summary.innerText()).split(' ')[0]);
  expect(count).toBeGreaterThan(0);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: t('ui.hours.exportCsv') }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  expect(csv.startsWith('\uFEFFPäivä;Henkilö;Toiminta;Laji;Minuutit;Tunnit')).toBe(true);
  const lines = csv.trim().split('\r\n').slice(1);
  expect(lines).toHaveLength(count);
  for (const line of lines)
    expect(line).toMatch(
      /^\d{1,2}\.\d{1,2}\.\d{4};Pekka Lehtonen;Hallitustyö;Hallitustyö;\d+;\d+,\d\d;/,
    );
  const minutes = lines.reduce((s, l) => s + Number(l.split(';')[4]), 0);
  const shown = re('ui.hours.summary', { count: /\d+/, total: /(.*)/ }, { exact: true }).exec(
    await summary.innerText(),
  )![1]!;
  const h = Math.floor(minutes / 60);
  expect(shown).toBe(minutes % 60 ? `${h}\u00a0h ${minutes % 60}\u00a0min` : `${h}\u00a0h`);
});

test('the hour list reads its pages on demand, newest first, and a filter starts again from page one', async ({
  page,
}) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  await app.goTo(t('ui.nav.hours'));
  const summary = page.getByRole('status').filter({ hasText: re('ui.hours.summary') });
  const count = Number((await summary.innerText()).split(' ')[0]);
  const pages = Math.ceil(count / 50);
  expect(pages).toBeGreaterThan(2);
  const table = page.getByRole('table', { name: t('ui.hours.title') });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(51);
  await expect(page.getByText(`Sivu 1 / ${pages}`)).toBeVisible();
  // The dates of the rows shown (d.m.yyyy), as YYYY-MM-DD to compare.
  const dates = async () =>
    (await rows.locator('td:first-child').allInnerTexts()).map((d) => {
      const [day, month, year] = d.trim().split('.');
      return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
    });
  const first = await dates();
  expect([...first].sort().reverse()).toEqual(first);

  await page.getByRole('button', { name: t('ui.common.nextPage') }).click();
  await expect(page.getByText(`Sivu 2 / ${pages}`)).toBeVisible();
  await expect.poll(async () => (await dates())[0]! <= first.at(-1)!).toBe(true);
  const second = await dates();
  expect(second).toHaveLength(50);
  expect([...second].sort().reverse()).toEqual(second);
  // The summary is of the whole list, whichever page is shown.
  await expect(summary).toContainText(re('ui.hours.summary', { count }));

  await page.getByRole('button', { name: `${pages}`, exact: true }).click();
  await expect(page.getByText(`Sivu ${pages} / ${pages}`)).toBeVisible();
  await expect(rows).toHaveCount(1 + count - (pages - 1) * 50);

  const filters = page.getByRole('region', { name: t('ui.hours.filters') });
  await filters.getByRole('combobox', { name: t('ui.hours.kind') }).click();
  await page.getByRole('option', { name: t('ui.hours.kinds.board') }).click();
  await expect(summary).not.toContainText(re('ui.hours.summary', { count }));
  const board = Number((await summary.innerText()).split(' ')[0]);
  expect(board).toBeGreaterThan(50);
  await expect(page.getByText(`Sivu 1 / ${Math.ceil(board / 50)}`)).toBeVisible();
  await expect(rows).toHaveCount(51);
  // The kind column of every row shown.
  expect(new Set(await rows.locator('td:nth-child(4)').allInnerTexts())).toEqual(
    new Set([t('ui.hours.kinds.board')]),
  );
});
