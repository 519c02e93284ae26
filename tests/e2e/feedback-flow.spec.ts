import { expect, test, type Page } from './fixtures';
import { readFile } from 'node:fs/promises';
import { pdfText } from '../unit/support/pdfText';
import { analyzeSettled } from './axe';
import { TalkootApp } from './pages/TalkootApp';
import { escape, re, t } from './text';

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
  await app.createAssociation('Vertaistuki Kaiku ry', 'Kuopio');

  // A volunteer, an activity and one session of it today.
  await app.addPerson('Anna Aalto', 'Kuopio');
  await app.goTo(t('ui.nav.activities'));
  await page.getByRole('button', { name: t('activityEditor.newTitle') }).click();
  const activityDialog = page.getByRole('dialog', { name: t('activityEditor.newTitle') });
  await activityDialog.getByLabel(t('activityEditor.fields.name')).fill('Muistikahvila');
  await activityDialog.getByRole('button', { name: t('activityEditor.save') }).click();
  await expect(activityDialog).toBeHidden();
  await app.goTo(t('ui.nav.hours'));
  await page.getByRole('button', { name: t('ui.sessionForm.title') }).click();
  const log = page.getByRole('dialog', { name: t('ui.sessionForm.title') });
  await app.choose(log, t('ui.hours.activity'), 'Muistikahvila');
  await log.getByLabel(t('ui.sessionForm.duration')).fill('2');
  await log.getByRole('textbox', { name: t('ui.sessionForm.participants') }).fill('12');
  const volunteers = log.getByRole('combobox', { name: t('ui.sessionForm.volunteers') });
  await volunteers.fill('Anna Aalto');
  await page.getByRole('option', { name: 'Anna Aalto', exact: true }).click();
  await log.getByLabel(t('ui.sessionForm.volunteerDuration')).fill('2');
  await log.getByRole('button', { name: t('ui.sessionForm.save') }).click();
  await expect(log).toBeHidden();

  // Two quotes: one with consent, one without.
  await app.goTo(t('ui.nav.impact'));
  const noteDialog = page.getByRole('dialog', { name: t('impactPage.newTitle') });
  await page.getByRole('button', { name: t('impactPage.newNote') }).click();
  await noteDialog.getByLabel(t('ui.impact.text')).fill(quote);
  await noteDialog.getByLabel(t('impactPage.fields.consent')).check();
  await noteDialog
    .getByLabel(t('impactPage.fields.consentMethod'))
    .selectOption({ label: t('impactPage.methods.spoken') });
  await noteDialog.getByRole('button', { name: t('ui.common.save') }).click();
  await expect(noteDialog).toBeHidden();
  await page.getByRole('button', { name: t('impactPage.newNote') }).click();
  await noteDialog.getByLabel(t('ui.impact.text')).fill(secretQuote);
  await noteDialog.getByRole('button', { name: t('ui.common.save') }).click();
  await expect(noteDialog).toBeHidden();

  // A form with the three default statements, for participants.
  await page.getByRole('tab', { name: t('feedback.tabs.feedback') }).click();
  await expect(page.getByText(t('feedback.page.noForms'))).toBeVisible();
  await page.getByRole('button', { name: t('feedback.page.newTitle') }).click();
  const formDialog = page.getByRole('dialog', { name: t('feedback.page.newTitle') });
  await formDialog.getByRole('button', { name: t('ui.common.save') }).click();
  await expect(formDialog.getByText(t('grantsPage.errors.required'))).toBeVisible();
  await expect(formDialog.getByLabel(t('ui.hours.activity'))).toBeFocused();
  await formDialog.getByLabel(t('ui.hours.activity')).selectOption({ label: 'Muistikahvila' });
  await expect(
    formDialog.getByRole('textbox', { name: t('feedback.form.statement', { number: 1 }) }),
  ).toHaveValue(t('feedback.statements.gotSupport'));
  await noViolations(page, 'feedback form editor');
  await formDialog.getByRole('button', { name: t('ui.common.save') }).click();
  await expect(formDialog).toBeHidden();
  const forms = page.getByRole('table', { name: t('feedback.tabs.feedback') });
  const row = forms.getByRole('row', { name: /Muistikahvila/ });
  await expect(row).toContainText(t('reportsPage.figures.participants'));
  await expect(row).toContainText(t('feedback.page.tallyCount', { count: 0 }));
  await noViolations(page, 'feedback tab');

  // Printed in Swedish: the default statements in Swedish, the activity by name.
  await page
    .getByLabel(t('feedback.page.printLanguage'))
    .selectOption({ label: t('ui.languages.sv') });
  const formDownload = page.waitForEvent('download');
  await row.getByRole('button', { name: new RegExp(`^${t('feedback.page.print')}`) }).click();
  const printed = pdfText(await readFile(await (await formDownload).path())).replace(/\s+/g, ' ');
  expect(printed).toContain(t('feedback.print.title', { activity: 'Muistikahvila' }, 'sv'));
  expect(printed).toContain(t('feedback.statements.gotSupport', {}, 'sv'));
  expect(printed).toContain(t('feedback.print.consentQuestion', {}, 'sv'));

  // The session's answers: a negative or fractional count is refused on its cell, nothing saved.
  await row.getByRole('button', { name: new RegExp(`^${t('feedback.page.tally')}`) }).click();
  const tally = page.getByRole('dialog', { name: re('feedback.tally.title', {}, { exact: true }) });
  await tally.getByRole('button', { name: t('feedback.tally.save') }).click();
  await expect(tally.getByText(t('grantsPage.errors.required'))).toBeVisible();
  await expect(tally.getByLabel(t('hourEdit.sessionRow'))).toBeFocused();
  await tally.getByLabel(t('hourEdit.sessionRow')).selectOption({ index: 1 });
  const cell = (value: number) =>
    tally.getByRole('textbox', { name: `Sain tukea ryhmästä: vastasi ${value}` });
  await cell(3).fill('-2');
  await cell(4).fill('2,5');
  await cell(5).fill('6');
  await tally
    .getByRole('textbox', { name: t('feedback.tally.openAnswer', { number: 1 }), exact: true })
    .fill(consented);
  await tally.getByRole('checkbox', { name: /Avoin vastaus 1/ }).check();
  await tally.getByRole('button', { name: t('feedback.tally.addOpenAnswer') }).click();
  await tally
    .getByRole('textbox', { name: t('feedback.tally.openAnswer', { number: 2 }), exact: true })
    .fill(secret);
  await tally.getByRole('button', { name: t('feedback.tally.save') }).click();
  await expect(tally.getByText(t('feedback.errors.negative'))).toBeVisible();
  await expect(tally.getByText(t('feedback.errors.notWholeNumber'))).toBeVisible();
  await expect(cell(3)).toBeFocused();
  await noViolations(page, 'tally with errors');
  await expect(row).toContainText(t('feedback.page.tallyCount', { count: 0 }));

  // 1 + 3 + 6 = 10 answers, 9 of them 4 or 5: 90 %.
  await cell(3).fill('1');
  await cell(4).fill('3');
  await tally.getByRole('button', { name: t('feedback.tally.save') }).click();
  await expect(tally).toBeHidden();
  await expect(
    page.getByText('2 avointa vastausta kirjattu muistiinpanoiksi', { exact: false }),
  ).toBeVisible();
  await expect(row).toContainText('1 yhteenveto');

  // The open answers are feedback notes: one may be published, the other never.
  await page.getByRole('tab', { name: t('grantsPage.funders.notes') }).click();
  const notes = page.getByRole('table', { name: t('ui.impact.title') });
  await expect(notes.getByRole('row', { name: new RegExp(consented) })).toContainText(
    'Saa julkaista: lomakkeella',
  );
  await expect(notes.getByRole('row', { name: new RegExp(secret) })).toContainText(
    t('impactPage.noConsent'),
  );

  // The advocacy summary offers the consented quote and the indicator.
  await app.goTo(t('ui.nav.reports'));
  await page.getByRole('radio', { name: t('reportsPage.kinds.advocacy') }).check({ force: true });
  const picker = page.getByRole('region', { name: t('reportsPage.notes') });
  await expect(picker.getByRole('checkbox', { name: new RegExp(quote) })).toBeChecked();
  await expect(picker.getByRole('checkbox', { name: new RegExp(secretQuote) })).toHaveCount(0);
  const indicator = `${t('feedback.statements.gotSupport')} (Osallistujat, Muistikahvila)`;
  const offered = page.getByRole('region', { name: t('indicators.reportHeading') });
  await expect(offered).toContainText(
    new RegExp(
      `${escape(indicator)}: ${re('indicators.figure.feedback', { share: 90, count: 10 }).source}`,
    ),
  );
  await expect(offered).toContainText(t('feedback.provenances.collected'));
  await noViolations(page, 'reports page with indicators');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: t('reportsPage.make') }).click();
  const text = pdfText(await readFile(await (await download).path())).replace(/\s+/g, ' ');
  expect(text).toContain(`”${quote}”`);
  expect(text).toContain(t('feedback.statements.gotSupport'));
  expect(text).toContain('(10 vastausta)');
  expect(text).not.toContain('Tätä en halua');
  expect(text).not.toContain('Naapurini');
});

test('indicators over time: feedback shares from the tallies, a counted value entered with its provenance', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = new TalkootApp(page);
  await app.openWithDemo();
  await app.goTo(t('ui.nav.impact'));
  await page.getByRole('tab', { name: t('indicators.reportHeading') }).click();
  const section = page.getByRole('region', { name: t('indicators.reportHeading') });
  await expect(
    section.getByRole('img', { name: re('indicators.page.chartTitle', {}, { exact: true }) }),
  ).toBeVisible();
  await section.getByLabel(t('indicators.reportColumns.indicator'), { exact: true }).selectOption({
    label: `${t('feedback.statements.lessAlone')} (Sydänkahvila Tampere, Osallistujat)`,
  });
  const table = section.getByRole('table', { name: re('feedback.statements.lessAlone') });
  await expect(table.getByRole('row').nth(1)).toContainText(
    re('indicators.figure.feedback', { count: /\d+/ }),
  );
  await expect(table.getByRole('row').nth(1)).toContainText(t('feedback.provenances.collected'));
  await noViolations(page, 'indicators tab');

  await section.getByRole('button', { name: t('indicators.page.newTitle') }).click();
  const dialog = page.getByRole('dialog', { name: t('indicators.page.newTitle') });
  await dialog.getByLabel(t('indicators.form.name')).fill('Vertaisryhmään ohjatut');
  await dialog.getByLabel(t('indicators.form.value')).fill('-4');
  await dialog.getByRole('button', { name: t('ui.common.save') }).click();
  await expect(dialog.getByText(t('indicators.errors.notNumber'))).toBeVisible();
  await expect(dialog.getByLabel(t('indicators.form.value'))).toBeFocused();
  await dialog.getByLabel(t('indicators.form.value')).fill('9');
  await dialog
    .getByLabel(t('indicators.reportColumns.provenance'))
    .selectOption({ label: t('ui.sessionForm.estimated') });
  await dialog.getByRole('button', { name: t('ui.common.save') }).click();
  await expect(dialog).toBeHidden();
  await section
    .getByLabel(t('indicators.reportColumns.indicator'), { exact: true })
    .selectOption({ label: 'Vertaisryhmään ohjatut' });
  const values = section.getByRole('table', { name: /Vertaisryhmään ohjatut/ });
  await expect(values.getByRole('row').nth(1)).toContainText('9');
  await expect(values.getByRole('row').nth(1)).toContainText(t('ui.sessionForm.estimated'));
});
