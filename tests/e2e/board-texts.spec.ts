import { expect, test, type Page } from './fixtures';
import { readFile } from 'node:fs/promises';
import { pdfText } from '../unit/support/pdfText';
import { analyzeSettled } from './axe';
import { localToday } from './figures';
import { TalkootApp } from './pages/TalkootApp';
import { re, t } from './text';

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
  await page.getByRole('button', { name: t('reportsPage.make') }).click();
  if (emptyPeriod) {
    const ask = page.getByRole('dialog', { name: t('dateField.emptyPeriod.title') });
    await ask.getByRole('button', { name: t('dateField.emptyPeriod.make') }).click();
  }
  return pdfText(await readFile(await (await download).path()));
}

test('a board recorded in a fresh association appears in the annual summary PDF, names only with consent', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const year = localToday().slice(0, 4);
  const app = new TalkootApp(page);
  await app.createAssociation('Rantakylän Omaiset ry', 'Kokkola');
  await app.addPerson('Aino Äijälä', 'Kokkola');
  await app.addPerson('Bertil Öberg', 'Kokkola');

  await app.goTo(t('ui.nav.settings'));
  const board = page.getByRole('region', { name: t('officials.title') });
  await expect(board.getByText(t('officials.profileFallback'))).toBeVisible();

  // The chair, from the register, with consent to print her name.
  await board.getByRole('button', { name: t('officials.add') }).click();
  let dialog = page.getByRole('dialog', { name: t('officials.addTitle') });
  await dialog.getByRole('combobox', { name: t('ui.hours.person') }).fill('äijä');
  await dialog.getByRole('option', { name: 'Aino Äijälä (Kokkola)' }).click();
  await app.choose(dialog, t('officials.columns.role'), t('ui.profile.chairName'));
  await dialog.getByLabel(t('officials.form.termStart')).fill(`${year}-01-01`);
  await dialog.getByLabel(t('officials.form.consent')).check();
  await dialog.getByRole('button', { name: t('ui.common.save') }).click();
  await expect(dialog).toBeHidden();

  // A board member without consent: counted, never named.
  await board.getByRole('button', { name: t('officials.add') }).click();
  dialog = page.getByRole('dialog', { name: t('officials.addTitle') });
  // Nothing chosen: refused with a message, nothing saved.
  await dialog.getByRole('button', { name: t('ui.common.save') }).click();
  await expect(dialog.getByText(t('officials.form.needPerson'))).toBeVisible();
  await dialog.getByRole('combobox', { name: t('ui.hours.person') }).fill('Bertil');
  await dialog.getByRole('option', { name: 'Bertil Öberg (Kokkola)' }).click();
  await dialog.getByLabel(t('officials.form.termStart')).fill(`${year}-01-01`);
  await dialog.getByRole('button', { name: t('ui.common.save') }).click();
  await expect(dialog).toBeHidden();

  // An outside auditor, by name.
  await board.getByRole('button', { name: t('officials.add') }).click();
  dialog = page.getByRole('dialog', { name: t('officials.addTitle') });
  await dialog.getByLabel(t('officials.form.outsider')).check();
  await dialog.getByRole('textbox', { name: t('memberList.name') }).fill('Tarja Tarkastaja');
  await app.choose(dialog, t('officials.columns.role'), t('officials.roles.auditor'));
  await dialog.getByLabel(t('officials.form.termStart')).fill(`${year}-01-01`);
  await dialog.getByLabel(t('officials.form.consent')).check();
  await dialog.getByRole('button', { name: t('ui.common.save') }).click();
  await expect(dialog).toBeHidden();

  const current = board.getByRole('table').first();
  await expect(current.getByRole('row')).toHaveCount(4);
  await expectNoViolations(page, 'settings with officials');

  // Trash with undo: the auditor goes and comes back.
  await board
    .getByRole('button', {
      name: t('officials.trash', { name: 'Tarja Tarkastaja', role: t('officials.roles.auditor') }),
    })
    .click();
  await expect(current.getByRole('row')).toHaveCount(3);
  await page.getByRole('button', { name: t('officials.undo'), exact: true }).click();
  await expect(current.getByRole('row')).toHaveCount(4);

  await app.goTo(t('ui.nav.reports'));
  await expect(app.heading(t('ui.reports.title'))).toBeVisible();
  await page.getByRole('radio', { name: t('grants.defaultChecklist.annualReport') }).check();
  await app.choose(page.locator('#main'), t('ui.common.year'), year);
  const text = await savePdfText(page);
  expect(text).toContain(t('officials.title'));
  expect(text).toMatch(new RegExp(`${t('officials.roles.chair')}\\s+Aino Äijälä`));
  expect(text).toMatch(
    new RegExp(
      `${t('officials.roles.boardMember')}\\s+${t('officials.peopleCount', { count: 1 })}`,
    ),
  );
  expect(text).toMatch(new RegExp(`${t('officials.roles.auditor')}\\s+Tarja Tarkastaja`));
  expect(text).not.toContain('Bertil');
  // The chair signs; there is no secretary, so the treasurer's line stays unnamed.
  expect(text).toMatch(new RegExp(`Aino Äijälä\\s*\\n?\\s*${t('officials.signatureRoles.chair')}`));
  expect(text).toContain(t('officials.signatureRoles.treasurer'));
});

test('a Swedish advocacy summary prints the Swedish texts, and says so when a text is only in Finnish', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = new TalkootApp(page);
  await app.createAssociation('Kustens Anhöriga rf', 'Kokkola');
  await app.goTo(t('ui.nav.reports'));
  await page.getByRole('radio', { name: t('reportsPage.kinds.advocacy') }).check();

  const texts = page.getByRole('region', { name: t('reportsPage.texts') });
  await texts.getByRole('tab', { name: re('ui.languages.fi') }).click();
  await texts
    .getByLabel(t('advocacyReport.whatWeDoHeading'))
    .fill('Järjestämme vertaisryhmiä omaishoitajille.');
  await texts
    .getByLabel(t('advocacyReport.messagesHeading'))
    .fill('Omaishoitaja tarvitsee vapaapäiviä.');
  await texts
    .getByLabel(t('reportTexts.fields.advocacyAsks'))
    .fill('Lisää lyhytaikaishoidon paikkoja.');
  await texts.getByRole('button', { name: t('reportsPage.saveTexts') }).click();
  await expect(page.getByText(t('reportsPage.textsSaved'))).toBeVisible();

  // Swedish PDF, no Swedish texts yet: the page says so before the PDF is made.
  await app.choose(page.locator('#main'), t('reportsPage.language'), t('ui.languages.sv'));
  const notice = page.getByText(re('reportTexts.missingNotice'));
  await expect(notice).toContainText(
    [
      t('reportTexts.fields.whatWeDo'),
      t('reportTexts.fields.advocacyMessages'),
      t('reportTexts.fields.advocacyAsks'),
    ].join(', '),
  );

  await texts.getByRole('tab', { name: re('ui.languages.sv') }).click();
  await texts.getByRole('button', { name: t('reportTexts.startFromFinnish') }).click();
  await expect(texts.getByLabel(t('advocacyReport.whatWeDoHeading'))).toHaveValue(
    'Järjestämme vertaisryhmiä omaishoitajille.',
  );
  await texts
    .getByLabel(t('advocacyReport.whatWeDoHeading'))
    .fill('Vi ordnar kamratstödsgrupper för närståendevårdare.');
  await texts
    .getByLabel(t('advocacyReport.messagesHeading'))
    .fill('Närståendevårdare behöver lediga dagar.');
  // The asks stay untranslated: printed in Finnish, marked so.
  await texts.getByLabel(t('reportTexts.fields.advocacyAsks')).fill('');
  await texts.getByRole('button', { name: t('reportsPage.saveTexts') }).click();
  await expect(notice).toContainText(t('reportTexts.fields.advocacyAsks'));
  await expect(notice).not.toContainText(t('advocacyReport.whatWeDoHeading'));
  await expectNoViolations(page, 'reports with the texts editor and notice');

  // A new association has no hours or meetings yet: the app asks before an empty summary.
  const text = await savePdfText(page, { emptyPeriod: true });
  expect(text).toContain(t('advocacyReport.whatWeDoHeading', {}, 'sv'));
  expect(text).toContain('Vi ordnar kamratstödsgrupper för närståendevårdare.');
  expect(text).toContain('Närståendevårdare behöver lediga dagar.');
  expect(text).not.toContain('Järjestämme vertaisryhmiä');
  expect(text).not.toContain('Omaishoitaja tarvitsee');
  expect(text).toContain('Lisää lyhytaikaishoidon paikkoja.');
  expect(text).toContain(t('reportTexts.inFinnishOnly', {}, 'sv'));
});
