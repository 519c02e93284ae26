import { expect, test, type Page } from './fixtures';
import { readFile } from 'node:fs/promises';
import readXlsxFile from 'read-excel-file/node';
import { pdfText } from '../unit/support/pdfText';
import { TalkootApp } from './pages/TalkootApp';
import { analyzeSettled } from './axe';
import { re, t } from './text';

async function expectNoViolations(page: Page, where: string) {
  const results = await analyzeSettled(page);
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

const finnish = new Intl.Collator('fi');
/** The demo's names are "Given… Surname": split here, independent of the app's rule. */
const surnameOf = (name: string) => name.trim().split(' ').at(-1)!;
const givenOf = (name: string) => name.trim().split(' ').slice(0, -1).join(' ');
/** The statutory order: surname, then given names, Finnish collation. */
const bySurname = (a: string, b: string) =>
  finnish.compare(surnameOf(a), surnameOf(b)) || finnish.compare(givenOf(a), givenOf(b));

/** Pick an option of a labelled Mantine select; returns the option's full text. */
async function choose(page: Page, label: string, option: RegExp) {
  await page.getByRole('combobox', { name: label }).click();
  const item = page.getByRole('option', { name: option });
  const text = (await item.innerText()).trim();
  await item.click();
  return text;
}

test('filter to former members, export them as CSV and make the member list PDF', async ({
  page,
}) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  await app.goTo(t('ui.nav.members'));
  await expect(app.heading(t('ui.members.title'))).toBeVisible();
  const table = page.getByRole('table', { name: t('ui.members.title') });
  const shown = page.getByRole('status').filter({
    hasText: re('memberRegister.shown', { count: /\d+/ }, { exact: true }),
  });

  // Former members: the count in the option is the number of rows shown, and every row has left.
  const option = await choose(
    page,
    t('activityEditor.filter.label'),
    re('memberRegister.filter.former', { count: /\d+/ }, { exact: true }),
  );
  const former = Number(/\((\d+)\)/.exec(option)![1]);
  expect(former).toBeGreaterThan(0);
  await expect(shown).toHaveText(t('memberRegister.shown', { count: former }));
  const leftDates = await table.locator('tbody tr[data-index] td:nth-child(5)').allInnerTexts();
  // Only the rows in view are drawn; the table still tells its full length.
  await expect(table).toHaveAttribute('aria-rowcount', String(former + 1));
  expect(leftDates.length).toBeGreaterThan(0);
  expect(leftDates.length).toBeLessThanOrEqual(former);
  expect(leftDates.every((d) => /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(d.trim()))).toBe(true);
  const names = await table.locator('tbody tr[data-index] td:first-child').allInnerTexts();
  await expectNoViolations(page, 'members, former');

  // Sort by name, Ö–A: the first row is the last surname in Finnish order.
  await choose(
    page,
    t('memberRegister.sort.label'),
    re('memberRegister.sort.nameDesc', {}, { exact: true }),
  );
  const sorted = [...names].sort(bySurname).reverse();
  await expect(table.locator('tbody tr[data-index] td:first-child').first()).toHaveText(sorted[0]!);

  // Export: the field chooser starts from name and home municipality only.
  await page.getByRole('button', { name: t('memberRegister.export.button') }).click();
  const dialog = page.getByRole('dialog', { name: t('memberRegister.export.title') });
  await expect(
    dialog.getByRole('checkbox', { name: t('memberList.name'), exact: true }),
  ).toBeChecked();
  await expect(
    dialog.getByRole('checkbox', { name: t('memberList.municipality'), exact: true }),
  ).toBeChecked();
  await expect(
    dialog.getByRole('checkbox', { name: t('ui.profile.email'), exact: true }),
  ).not.toBeChecked();
  await dialog.getByRole('checkbox', { name: t('ui.members.leftOn') }).check();
  await expectNoViolations(page, 'members, export dialog');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: t('memberRegister.export.csv') }).click();
  const csvFile = await download;
  expect(csvFile.suggestedFilename()).toMatch(/^Jäsenrekisteri-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await csvFile.path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).split('\r\n');
  expect(lines[0]).toBe('Nimi;Kotikunta;Eronnut');
  expect(lines).toHaveLength(former + 1);
  expect(lines[1]!.startsWith(`${sorted[0]};`)).toBe(true);
  for (const name of names) expect(csv).toContain(`${name};`);
  await expect(
    page.getByText(re('memberRegister.export.saved', {}, { exact: true })),
  ).toBeVisible();
  await expect(dialog).toBeHidden();

  // The same view as an Excel workbook: the choice of fields starts again from the minimum.
  await page.getByRole('button', { name: t('memberRegister.export.button') }).click();
  await expect(
    dialog.getByRole('checkbox', { name: t('ui.members.leftOn'), exact: true }),
  ).not.toBeChecked();
  const xlsxDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: t('memberRegister.export.xlsx') }).click();
  const xlsxFile = await xlsxDownload;
  expect(xlsxFile.suggestedFilename()).toMatch(/^Jäsenrekisteri-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const [sheet] = await readXlsxFile(await xlsxFile.path());
  expect(sheet!.data[0]).toEqual([t('memberList.name'), t('memberList.municipality')]);
  expect(sheet!.data).toHaveLength(former + 1);
  expect(sheet!.data[1]![0]).toBe(sorted[0]);
  await expect(dialog).toBeHidden();

  // The statutory member list lists today's members, whatever the page shows, in the
  // statutory order (surname, then given names), surname first; so does the page by name A–Ö.
  await choose(
    page,
    t('activityEditor.filter.label'),
    re('memberRegister.filter.members', { count: /\d+/ }, { exact: true }),
  );
  await choose(
    page,
    t('memberRegister.sort.label'),
    re('memberRegister.sort.nameAsc', {}, { exact: true }),
  );
  const rowNames = async () =>
    (await table.locator('tbody tr[data-index] td:first-child').allInnerTexts()).map((n) =>
      n.trim(),
    );
  await expect
    .poll(async () => {
      const n = await rowNames();
      return n.length > 10 && n.join('|') === [...n].sort(bySurname).join('|');
    })
    .toBe(true);
  const members = await rowNames();
  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: t('memberRegister.memberList.button') }).click();
  const pdfFile = await pdfDownload;
  expect(pdfFile.suggestedFilename()).toMatch(/^Jäsenluettelo-\d{4}-\d{2}-\d{2}\.pdf$/);
  const text = pdfText(await readFile(await pdfFile.path()));
  expect(text).toContain(t('memberList.title'));
  expect(text).toContain('Järvilinnan Sydänyhdistys ry');
  const listed = members.map((n) => `${surnameOf(n)} ${givenOf(n)}`);
  // Each name after the one before it (a cursor, so two people of one name are both found).
  let cursor = 0;
  for (const name of listed) {
    const at = text.indexOf(name, cursor);
    expect(at, `${name} after the previous row`).toBeGreaterThanOrEqual(cursor);
    cursor = at + name.length;
  }
  // The first row of the list is the first member in surname order.
  expect(text).toMatch(new RegExp(`^\\s*1\\s+${listed[0]}\\s`, 'm'));
  await expect(
    page.getByText(re('memberRegister.memberList.saved', {}, { exact: true })),
  ).toBeVisible();

  // The import page is one click away.
  await page
    .getByRole('main')
    .getByRole('link', { name: t('memberImport.title') })
    .click();
  await expect(page).toHaveURL(/#\/members\/import$/);
});

test('add a person by keyboard, find them in the long list, trash them and restore them', async ({
  page,
}) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  await app.goTo(t('ui.nav.members'));
  const table = page.getByRole('table', { name: t('ui.members.title') });

  // The whole list is one scrolling box: End in the box brings the last person into the page.
  const count = Number(await table.getAttribute('aria-rowcount')) - 1;
  expect(count).toBeGreaterThan(60);
  await expect(table.locator(`tr[aria-rowindex="${count + 1}"]`)).toHaveCount(0);
  await page.getByRole('region', { name: t('ui.members.title') }).focus();
  await page.keyboard.press('End');
  await expect(table.locator(`tr[aria-rowindex="${count + 1}"]`)).toBeVisible();

  // A new person: the dialog opens on the name; Enter saves and opens their page.
  await page.getByRole('button', { name: t('memberRegister.create.button') }).click();
  const dialog = page.getByRole('dialog', { name: t('memberRegister.create.title') });
  await expect(
    dialog.getByRole('textbox', { name: t('personPrivacy.edit.fields.fullName') }),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText(t('personPrivacy.edit.fixErrors'));
  await expect(
    dialog.getByRole('textbox', { name: t('personPrivacy.edit.fields.fullName') }),
  ).toBeFocused();
  await page.keyboard.type('Øystein Šimko');
  await dialog.getByRole('textbox', { name: t('memberList.municipality') }).fill('Närpiö');
  await page.keyboard.press('Enter');
  await expect(app.heading('Øystein Šimko')).toBeVisible();
  await expect(page.getByText('Øystein Šimko lisätty jäseniin ja vapaaehtoisiin.')).toBeVisible();
  await expect(page.getByText('Närpiö', { exact: true })).toBeVisible();

  // To the trash from their page, then back from the trash on the members page.
  await page.getByRole('button', { name: t('personPrivacy.trash.button') }).click();
  await app.goTo(t('ui.nav.members'));
  await page.getByRole('searchbox', { name: t('ui.members.search') }).fill('Šimko');
  await expect(page.getByText(t('memberRegister.nobody'))).toBeVisible();
  await page.getByRole('button', { name: t('memberRegister.trash.show') }).click();
  await expectNoViolations(page, 'members, trash open');
  await page
    .getByRole('button', { name: t('memberRegister.trash.restoreFor', { name: 'Øystein Šimko' }) })
    .click();
  await expect(
    page.getByText(t('personPrivacy.trash.restored', { name: 'Øystein Šimko' })),
  ).toBeVisible();
  // The trash is empty again and goes; the focus moves to the page's content, not <body>.
  await expect(
    page.getByRole('heading', { name: re('memberRegister.trash.title', {}, { exact: true }) }),
  ).toHaveCount(0);
  await expect(page.locator('#main')).toBeFocused();
  await expect(table.getByRole('link', { name: 'Øystein Šimko' })).toBeVisible();
});
