import { expect, test, type Page } from './fixtures';
import { readFile } from 'node:fs/promises';
import { pdfText } from '../unit/support/pdfText';
import { analyzeSettled } from './axe';
import { TalkootApp } from './pages/TalkootApp';
import { re, t } from './text';

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

/** The certificate's total for the person whose page is open, read back from the PDF. */
async function certificateTotal(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: t('person.certificate.make') }).click();
  const text = pdfText(await readFile(await (await download).path()));
  const total = new RegExp(`${t('reports.common.total')}\\s+([\\d ]+ h(?: \\d+ min)?)`).exec(text);
  expect(total, text).not.toBeNull();
  return total![1]!;
}

async function openPerson(app: TalkootApp, name: string) {
  await app.goTo(t('ui.nav.members'));
  await app.page.getByRole('link', { name }).click();
  await expect(app.heading(name)).toBeVisible();
}

test('a fresh association: a mistyped entry is corrected and trashed, and the home figures and the certificate follow', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = new TalkootApp(page);
  await app.createAssociation('Kylän Eläkeläiset ry', 'Äänekoski');
  await app.addPerson('Åsa Öhman', 'Äänekoski');

  await app.goTo(t('ui.nav.hours'));
  const quick = page.getByRole('region', { name: t('ui.hourForm.title') });
  await quick.getByRole('combobox', { name: t('ui.hours.person') }).fill('Åsa');
  await page.getByRole('option', { name: /Åsa Öhman/ }).click();
  // More than a whole day (the record's limit) is refused with its own message.
  await quick.getByLabel(t('ui.hours.duration')).fill('24:01');
  await quick.getByRole('button', { name: t('ui.hourForm.save') }).click();
  await expect(quick.getByText(t('hourEdit.duration.tooLong'))).toBeVisible();
  // "1,52" is read as hours with a decimal comma; the field says what it saves.
  await quick.getByLabel(t('ui.hours.duration')).fill('1,52');
  await expect(
    quick.getByText(h(t('hourEdit.duration.reads', { duration: '1 h 31 min' }))),
  ).toBeVisible();
  await quick.getByRole('button', { name: t('ui.hourForm.save') }).click();
  await expect(page.getByText(re('ui.hourForm.saved', { person: /Åsa Öhman \(.*/ }))).toBeVisible();

  await app.goTo(t('ui.nav.home'));
  await expect(app.figure(t('ui.home.volunteerHours'))).toHaveText(h('1 h 31 min'));
  await openPerson(app, 'Åsa Öhman');
  expect(await certificateTotal(page)).toBe('1 h 31 min');

  // Correct it: it should have been 1:25.
  await app.goTo(t('ui.nav.hours'));
  await expectNoViolations(page, 'hours page');
  const table = page.getByRole('table', { name: t('ui.hours.title') });
  await table
    .getByRole('button', {
      name: re('hourEdit.editRowLabel', { person: /Åsa Öhman.*/ }, { exact: true }),
    })
    .click();
  const dialog = page.getByRole('dialog', { name: t('hourEdit.entry.title') });
  await expect(dialog).toBeVisible();
  await expectNoViolations(page, 'edit entry dialog');
  await dialog.getByLabel(t('ui.hours.duration')).fill('1:25');
  await dialog.getByRole('button', { name: t('hourEdit.entry.save') }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(re('hourEdit.entry.saved', { person: /Åsa Öhman.*/ }))).toBeVisible();
  await expect(table.getByRole('cell', { name: h('1 h 25 min'), exact: true })).toBeVisible();

  await app.goTo(t('ui.nav.home'));
  await expect(app.figure(t('ui.home.volunteerHours'))).toHaveText(h('1 h 25 min'));
  await openPerson(app, 'Åsa Öhman');
  expect(await certificateTotal(page)).toBe('1 h 25 min');

  // Approved, then edited: asked first, and the approval gives way to a note.
  await app.goTo(t('ui.nav.hours'));
  await table
    .getByRole('button', {
      name: re('hourApproval.approveRowLabel', { person: /Åsa Öhman.*/ }, { exact: true }),
    })
    .click();
  const approve = page.getByRole('dialog', { name: t('hourApproval.title') });
  await approve.getByLabel(t('hourApproval.dialog.approver')).fill('Pekka Lehtonen');
  await approve.getByRole('button', { name: t('hourApproval.title') }).click();
  await expect(
    table.getByText(re('hourApproval.approvedByOn', { name: 'Pekka Lehtonen' }, { exact: true })),
  ).toBeVisible();
  await table
    .getByRole('button', {
      name: re('hourEdit.editRowLabel', { person: /Åsa Öhman.*/ }, { exact: true }),
    })
    .click();
  await dialog.getByLabel(t('ui.hours.duration')).fill('1:30');
  await dialog.getByRole('button', { name: t('hourEdit.entry.save') }).click();
  await expect(dialog.getByText(t('hourEdit.approved.title'))).toBeVisible();
  const changer = dialog.getByRole('textbox', { name: t('hourEdit.approved.name') });
  await expect(changer).toBeFocused();
  await expectNoViolations(page, 'confirm a change to approved hours');
  await changer.fill('Åsa Öhman');
  await dialog.getByRole('button', { name: t('hourEdit.approved.confirm') }).click();
  await expect(dialog).toBeHidden();
  await expect(
    table.getByText(re('hourEdit.changedAfterApproval', { name: 'Åsa Öhman' }, { exact: true })),
  ).toBeVisible();
  await expect(table.getByRole('cell', { name: h('1 h 30 min'), exact: true })).toBeVisible();

  // Trash with undo, by keyboard.
  await table
    .getByRole('button', {
      name: re('hourEdit.editRowLabel', { person: /Åsa Öhman.*/ }, { exact: true }),
    })
    .focus();
  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: t('hourEdit.entry.trash') }).click();
  await expect(
    page.getByText(re('hourEdit.entry.trashed', { person: /Åsa Öhman.*/ })),
  ).toBeVisible();
  await expect(
    page.getByText(new RegExp(`^${re('ui.hours.summary', { count: 0 }).source}`)),
  ).toBeVisible();
  await app.goTo(t('ui.nav.home'));
  await expect(app.figure(t('ui.home.volunteerHours'))).toHaveText(h('0 h'));
  await page.getByRole('button', { name: t('activityEditor.undo') }).click();
  await expect(
    page.getByText(re('hourEdit.entry.restored', { person: /Åsa Öhman.*/ })),
  ).toBeVisible();
  await expect(app.figure(t('ui.home.volunteerHours'))).toHaveText(h('1 h 30 min'));
});

test('a meeting with two volunteers of different times, corrected by its default, trashed and restored, and the next one prefilled and marked', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = new TalkootApp(page);
  await app.createAssociation('Kylän Eläkeläiset ry', 'Äänekoski');
  await app.addPerson('Anna Aalto', 'Äänekoski');
  await app.addPerson('Bertil Berg', 'Äänekoski');
  await app.goTo(t('ui.nav.activities'));
  await page.getByRole('button', { name: t('activityEditor.newTitle') }).click();
  const newActivity = page.getByRole('dialog', { name: t('activityEditor.newTitle') });
  await newActivity.getByLabel(t('activityEditor.fields.name')).fill('Lukupiiri');
  await newActivity.getByRole('button', { name: t('activityEditor.save') }).click();
  await expect(newActivity).toBeHidden();

  await app.goTo(t('ui.nav.hours'));
  await page.getByRole('button', { name: t('ui.sessionForm.title') }).click();
  const log = page.getByRole('dialog', { name: t('ui.sessionForm.title') });
  await app.choose(log, t('ui.hours.activity'), 'Lukupiiri');
  await log.getByLabel(t('ui.sessionForm.duration')).fill('2');
  await log.getByRole('textbox', { name: t('ui.sessionForm.participants') }).fill('6');
  const volunteers = log.getByRole('combobox', { name: t('ui.sessionForm.volunteers') });
  for (const name of ['Anna Aalto', 'Bertil Berg']) {
    await volunteers.fill(name);
    await page.getByRole('option', { name, exact: true }).click();
  }
  await log.getByLabel(t('ui.sessionForm.volunteerDuration')).fill('1');
  // Anna leads two hours, Bertil helps one.
  await log.getByLabel('Aika: Anna Aalto').fill('2');
  await expect(log.getByLabel(t('hourEdit.times.label', { name: 'Bertil Berg' }))).toHaveValue('1');
  await expectNoViolations(page, 'log a meeting with per-volunteer times');
  await log.getByRole('button', { name: t('ui.sessionForm.save') }).click();
  await expect(page.getByText(t('ui.sessionForm.saved', { count: 2 }))).toBeVisible();

  const table = page.getByRole('table', { name: t('ui.hours.title') });
  const row = (name: string) => table.getByRole('row').filter({ hasText: name });
  await expect(row('Anna Aalto').getByRole('cell', { name: h('2 h'), exact: true })).toBeVisible();
  await expect(row('Bertil Berg').getByRole('cell', { name: h('1 h'), exact: true })).toBeVisible();
  await app.goTo(t('ui.nav.home'));
  await expect(app.figure(t('ui.home.volunteerHours'))).toHaveText(h('3 h'));
  await expect(app.figure(t('ui.home.sessions'))).toHaveText('1');

  // Correct the meeting: the default was 1:30. Bertil follows it, Anna keeps her own.
  await app.goTo(t('ui.nav.hours'));
  await row('Bertil Berg')
    .getByRole('button', { name: re('hourEdit.sessionRowLabel', {}, { exact: true }) })
    .click();
  const edit = page.getByRole('dialog', { name: t('hourEdit.session.title') });
  await expect(edit.getByLabel('Aika: Anna Aalto')).toHaveValue('2:00');
  await expectNoViolations(page, 'edit a meeting');
  await edit.getByLabel(t('ui.sessionForm.volunteerDuration')).fill('1:30');
  await expect(edit.getByLabel('Aika: Bertil Berg')).toHaveValue('1:30');
  await edit.getByRole('textbox', { name: t('ui.sessionForm.participants') }).fill('7');
  await edit.getByRole('button', { name: t('ui.sessionForm.save') }).click();
  await expect(edit).toBeHidden();
  await expect(
    row('Bertil Berg').getByRole('cell', { name: h('1 h 30 min'), exact: true }),
  ).toBeVisible();
  await expect(row('Anna Aalto').getByRole('cell', { name: h('2 h'), exact: true })).toBeVisible();
  await app.goTo(t('ui.nav.home'));
  await expect(app.figure(t('ui.home.volunteerHours'))).toHaveText(h('3 h 30 min'));
  await expect(app.figure(t('ui.home.participants'))).toHaveText('7');

  // Trash the meeting with its entries; undo brings both back.
  await app.goTo(t('ui.nav.hours'));
  await row('Anna Aalto')
    .getByRole('button', { name: re('hourEdit.sessionRowLabel', {}, { exact: true }) })
    .click();
  await edit.getByRole('button', { name: t('hourEdit.session.trash') }).click();
  await expect(page.getByText(re('hourEdit.session.trashed', { count: 2 }))).toBeVisible();
  await expect(
    page.getByText(new RegExp(`^${re('ui.hours.summary', { count: 0 }).source}`)),
  ).toBeVisible();
  await app.goTo(t('ui.nav.home'));
  await expect(app.figure(t('ui.home.sessions'))).toHaveText('0');
  await expect(app.figure(t('ui.home.volunteerHours'))).toHaveText(h('0 h'));
  await page.getByRole('button', { name: t('activityEditor.undo') }).click();
  await expect(page.getByText(re('hourEdit.session.restored'))).toBeVisible();
  await expect(app.figure(t('ui.home.volunteerHours'))).toHaveText(h('3 h 30 min'));
  await expect(app.figure(t('ui.home.sessions'))).toHaveText('1');

  // The next meeting is prefilled from this one, and what was copied says so.
  await app.goTo(t('ui.nav.hours'));
  await page.getByRole('button', { name: t('ui.sessionForm.title') }).click();
  await app.choose(log, t('ui.hours.activity'), 'Lukupiiri');
  await expect(log.getByText(re('ui.sessionForm.prefill'))).toBeVisible();
  await expect(log.getByRole('textbox', { name: t('ui.sessionForm.participants') })).toHaveValue(
    '7',
  );
  await expect(log.getByText(t('hourEdit.prefill.copied')).first()).toBeVisible();
  await expect(log.getByText('oletusaika, kopioitu edellisestä').first()).toBeVisible();
  await expect(log.getByLabel(t('hourEdit.times.label', { name: 'Bertil Berg' }))).toHaveValue(
    '1:30',
  );
  await expectNoViolations(page, 'a prefilled meeting');
});
