import { expect, test, type Page } from './fixtures';
import { fileURLToPath } from 'node:url';
import { TalkootApp } from './pages/TalkootApp';
import { analyzeSettled } from './axe';
import { re, t } from './text';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/members/${name}`, import.meta.url));

async function expectNoViolations(page: Page, where: string) {
  const results = await analyzeSettled(page);
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

/** The Members page's counts: "{{membersText}}, yhteensä {{peopleText}}" ("95 jäsentä, yhteensä 120 henkilöä"). */
async function memberCounts(page: Page): Promise<{ members: number; people: number }> {
  await page.goto('./#/members');
  const number = /\d[\d\s\u00a0\u202f]*/;
  const line = page.getByText(
    re('ui.members.count', {
      membersText: re('ui.members.membersCount', { count: number }),
      peopleText: re('ui.members.peopleCount', { count: number }),
    }),
  );
  const [members, people] = ((await line.innerText()).match(/\d[\d\s\u00a0\u202f]*/g) ?? []).map(
    (n) => Number(n.replace(/\D/g, '')),
  );
  return { members: members!, people: people! };
}

async function openImport(app: TalkootApp) {
  await app.page.goto('./#/members/import');
  await expect(app.heading(t('memberImport.title'))).toBeVisible();
}

/**
 * Give the file input behind "Choose file" `file`. (Pressing the button opens
 * the browser's file chooser, which a test cannot drive reliably in headless
 * Chromium; the button itself is an ordinary focusable button.)
 */
async function pickFile(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer },
) {
  await expect(page.getByRole('button', { name: t('memberImport.page.chooseFile') })).toBeEnabled();
  await page.getByLabel(t('memberImport.page.fileInputLabel')).setInputFiles(file);
}

const stepHeading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name });

test('imports a Windows-1252 CSV, then an XLSX of the same people as duplicates', async ({
  page,
}) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  const before = await memberCounts(page);

  // Step 1.
  await openImport(app);
  await expect(stepHeading(page, t('memberImport.page.steps.pick'))).toBeVisible();
  await expectNoViolations(page, 'import step 1');
  await pickFile(page, fixture('members-cp1252-semicolon-crlf.csv'));

  // Step 2: the first rows with the Windows-1252 letters intact, the guessed mapping.
  const mappingHeading = stepHeading(page, t('memberImport.page.steps.mapping'));
  await expect(mappingHeading).toBeFocused();
  await expect(
    page.getByText(re('memberImport.page.formatCsv', { encoding: 'Windows-1252' })),
  ).toBeVisible();
  const firstRows = page.getByRole('table', { name: t('grantImport.dialog.firstRowsTitle') });
  for (const cell of ['Šárka', 'Øystein', 'Ville "€uro"', 'Öhman', '1 250,50', '25 €']) {
    await expect(firstRows.getByRole('cell', { name: cell, exact: true })).toBeVisible();
  }
  await expect(
    firstRows.getByRole('cell', { name: 'Rantatie 5, as. 3; "Vanha talo"' }),
  ).toBeVisible();
  const select = (label: string) => page.getByRole('combobox', { name: label, exact: true });
  await expect(
    select(t('memberImport.page.columnSelect', { column: 'A', name: 'Etunimi' })),
  ).toHaveValue('firstName');
  await expect(
    select(t('memberImport.page.columnSelect', { column: 'B', name: 'Sukunimi' })),
  ).toHaveValue('lastName');
  await expect(
    select(t('memberImport.page.columnSelect', { column: 'C', name: 'Kotikunta' })),
  ).toHaveValue('homeMunicipality');
  await expect(
    select(t('memberImport.page.columnSelect', { column: 'J', name: 'Jäsenmaksu' })),
  ).toHaveValue('feeAmount');
  await expectNoViolations(page, 'import step 2');

  // Without a municipality column nothing can be imported: the mapping error is shown.
  await select(
    t('memberImport.page.columnSelect', { column: 'C', name: 'Kotikunta' }),
  ).selectOption('');
  await page.getByRole('button', { name: t('memberImport.page.showPreview') }).click();
  await expect(stepHeading(page, t('memberImport.page.steps.preview'))).toBeFocused();
  await expect(page.getByRole('alert')).toContainText(t('grantImport.dialog.cannotImportTitle'));
  await expect(page.getByText(t('memberImport.errors.noMunicipalityColumn'))).toBeVisible();
  await expect(
    page.getByRole('button', { name: re('memberImport.page.importButton', {}, { exact: true }) }),
  ).toHaveCount(0);
  await page.getByRole('button', { name: t('memberImport.page.backToMapping') }).click();
  await expect(mappingHeading).toBeFocused();

  // Put it back with the keyboard: the select takes the field from the list.
  await select(t('memberImport.page.columnSelect', { column: 'C', name: 'Kotikunta' })).focus();
  await select(
    t('memberImport.page.columnSelect', { column: 'C', name: 'Kotikunta' }),
  ).selectOption({ label: t('memberList.municipality') });
  await page.getByRole('button', { name: t('memberImport.page.showPreview') }).focus();
  await page.keyboard.press('Enter');

  // Step 3: four people, four fees, no duplicates; the people as they will be saved.
  await expect(stepHeading(page, t('memberImport.page.steps.preview'))).toBeFocused();
  await expect(
    page.getByText(t('memberImport.readyToImport', { people: 4 }), { exact: true }),
  ).toBeVisible();
  await expect(
    page.getByText(t('memberImport.page.feesToRecord', { fees: 4 }), { exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: t('memberImport.duplicatesTitle') })).toHaveCount(
    0,
  );
  const saved = page.getByRole('table', { name: t('memberImport.page.savedAsTitle') });
  const savedRow = (name: string) =>
    saved.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });
  await expect(saved.getByRole('row')).toHaveCount(5);
  await expect(savedRow('Åsa Öhman')).toContainText('Närpiö');
  await expect(savedRow('Åsa Öhman')).toContainText(t('ui.members.types.regular'));
  await expect(savedRow('Åsa Öhman')).toContainText('1.3.2024');
  await expect(savedRow('Åsa Öhman')).toContainText('1\u00a0250,50\u00a0€');
  await expect(savedRow('Šárka Nováková')).toContainText(t('ui.members.types.supporting'));
  await expect(savedRow('Øystein Ørnes')).toContainText(t('ui.members.types.honorary'));
  await expect(savedRow('Ville "€uro" Väänänen')).toContainText('7,50\u00a0€');
  await expectNoViolations(page, 'import step 3');

  // Step 4.
  await page
    .getByRole('button', { name: t('memberImport.page.importButton', { people: 4 }) })
    .click();
  await expect(stepHeading(page, t('memberImport.page.steps.done'))).toBeFocused();
  const done = t('memberImport.page.imported', {
    count: 4,
    file: 'members-cp1252-semicolon-crlf.csv',
  });
  await expect(page.getByText(done).first()).toBeVisible();
  await expectNoViolations(page, 'import step 4');
  await page.getByRole('link', { name: t('person.backToList') }).click();
  await expect(app.heading(t('ui.members.title'))).toBeVisible();
  // The list may show the register from just before the import for a moment.
  await expect
    .poll(() => memberCounts(page))
    .toEqual({ members: before.members + 4, people: before.people + 4 });

  // The same people from the XLSX: all four are probable duplicates.
  await openImport(app);
  await pickFile(page, fixture('members.xlsx'));
  await expect(page.getByText(re('memberImport.page.formatXlsx'))).toBeVisible();
  await expect(
    select(t('memberImport.page.columnSelect', { column: 'A', name: 'Etunimi' })),
  ).toHaveValue('firstName');
  await page.getByRole('button', { name: t('memberImport.page.showPreview') }).click();
  await expect(
    page.getByRole('heading', { name: t('memberImport.duplicatesTitle') }),
  ).toBeVisible();
  await expect(
    page.getByText(
      t('memberImport.duplicates.existing', {
        row: 2,
        name: 'Åsa Öhman',
        municipality: 'Närpiö',
        reason: t('memberImport.duplicates.reasons.both'),
        otherName: 'Åsa Öhman',
        otherMunicipality: 'Närpiö',
      }),
    ),
  ).toBeVisible();
  await expect(
    page.getByText(
      t('memberImport.duplicates.existing', {
        row: 4,
        name: 'Øystein Ørnes',
        municipality: 'Helsinki',
        reason: t('memberImport.duplicates.reasons.nameAndMunicipality'),
        otherName: 'Øystein Ørnes',
        otherMunicipality: 'Helsinki',
      }),
    ),
  ).toBeVisible();
  // Left out by default: nothing to import.
  const choice = page.getByRole('radiogroup', { name: t('memberImport.page.duplicateChoice') });
  await expect(
    choice.getByRole('radio', { name: t('memberImport.page.skipDuplicates', { rows: 4 }) }),
  ).toBeChecked();
  await expect(
    page.getByText(t('memberImport.readyToImport', { people: 0 }), { exact: true }),
  ).toBeVisible();
  await expect(page.getByText(t('memberImport.page.nothingToImport'))).toBeVisible();
  await expect(
    page.getByRole('button', { name: re('memberImport.page.importButton', {}, { exact: true }) }),
  ).toHaveCount(0);
  await expectNoViolations(page, 'import step 3 with duplicates');
  // Import anyway, chosen with the keyboard.
  await choice
    .getByRole('radio', { name: t('memberImport.page.skipDuplicates', { rows: 4 }) })
    .focus();
  await page.keyboard.press('ArrowDown');
  await expect(
    choice.getByRole('radio', { name: t('memberImport.page.importDuplicates') }),
  ).toBeChecked();
  await expect(
    page.getByText(t('memberImport.readyToImport', { people: 4 }), { exact: true }),
  ).toBeVisible();
  await page
    .getByRole('button', { name: t('memberImport.page.importButton', { people: 4 }) })
    .click();
  await expect(stepHeading(page, t('memberImport.page.steps.done'))).toBeFocused();
  await expect
    .poll(() => memberCounts(page))
    .toEqual({
      members: before.members + 8,
      people: before.people + 8,
    });
});

test('a file with errors or one that cannot be read imports nothing', async ({ page }) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  const before = await memberCounts(page);
  await openImport(app);

  // An old binary .xls: refused with a clear message, still on step 1.
  await pickFile(page, {
    name: 'vanha.xls',
    mimeType: 'application/vnd.ms-excel',
    buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(t('grantImport.dialog.readFailedTitle'));
  await expect(alert).toContainText(
    t('memberImport.errors.unsupportedFile', { file: 'vanha.xls' }),
  );
  await expect(alert).toContainText(t('hourEdit.entry.unchanged'));
  await expect(stepHeading(page, t('memberImport.page.steps.pick'))).toBeVisible();
  await expectNoViolations(page, 'import step 1 with a file error');

  // A CSV with one good row and two bad ones: every error by row, no import.
  const csv = [
    'Nimi;Kotikunta;Liittynyt;Sähköposti',
    'Aino Ahonen;Tampere;1.2.2024;aino@example.fi',
    'Bertil Berg;Vaasa;31.2.2024;bertil@example.fi',
    'Cecilia Carlsson;;1.3.2024;cecilia@',
  ].join('\r\n');
  await pickFile(page, { name: 'virheet.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: t('memberImport.page.showPreview') }).click();
  await expect(page.getByRole('alert')).toContainText(t('grantImport.dialog.cannotImportTitle'));
  const errors = page.getByRole('list').filter({ hasText: 'Rivi 3' });
  await expect(errors).toContainText(
    t('memberImport.atColumn', {
      row: 3,
      field: t('memberImport.fields.joinedOn'),
      column: 'C',
      problem: t('memberImport.errors.invalidDate', { value: '31.2.2024' }),
    }),
  );
  await expect(errors).toContainText(
    t('memberImport.atColumn', {
      row: 4,
      field: t('memberImport.fields.homeMunicipality'),
      column: 'B',
      problem: t('memberImport.errors.required'),
    }),
  );
  await expect(errors).toContainText(
    t('memberImport.atColumn', {
      row: 4,
      field: t('memberImport.fields.email'),
      column: 'D',
      problem: t('memberImport.errors.invalidEmail', { value: 'cecilia@' }),
    }),
  );
  await expect(
    page.getByRole('button', { name: re('memberImport.page.importButton', {}, { exact: true }) }),
  ).toHaveCount(0);
  await expectNoViolations(page, 'import step 3 with row errors');
  expect(await memberCounts(page)).toEqual(before);
});
