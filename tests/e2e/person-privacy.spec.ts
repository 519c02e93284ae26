import { expect, test } from './fixtures';
import { readFile } from 'node:fs/promises';
import { pdfText } from '../unit/support/pdfText';
import { TalkootApp } from './pages/TalkootApp';
import { analyzeSettled } from './axe';
import { re, t } from './text';

const axeViolations = async (app: TalkootApp) =>
  (await analyzeSettled(app.page)).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

test('a person’s data PDF, editing their details, and anonymising them without losing hours', async ({
  page,
}) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  const hoursBefore = (await app.figure(t('ui.home.volunteerHours')).innerText()).trim();
  expect(hoursBefore).toMatch(/\d/);

  await app.goTo(t('ui.nav.members'));
  await page.getByRole('searchbox', { name: t('ui.members.search') }).fill('åsa öhm');
  await page.getByRole('link', { name: 'Åsa Öhman' }).click();
  await expect(app.heading('Åsa Öhman')).toBeVisible();
  const main = page.getByRole('main');
  await expect(main).toContainText('asa.ohman2@esimerkki.fi');
  expect(await axeViolations(app)).toEqual([]);

  // Right of access: everything stored about her, read back from the PDF.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: t('personPrivacy.data.make') }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Sinusta-tallennetut-tiedot-Åsa-Öhman.pdf');
  const text = pdfText(await readFile(await file.path()));
  expect(text).toContain(t('memberList.personData.title'));
  expect(text).toContain('Åsa Öhman');
  expect(text).toContain('asa.ohman2@esimerkki.fi');
  expect(text).toContain(t('memberList.personData.membershipTypes.regular'));
  expect(text).toMatch(
    new RegExp(
      `${t('personPrivacy.details.emailContact')}\\s+(${t('ui.common.yes')}|${t('ui.common.no')})`,
    ),
  );
  expect(text).toContain(t('ui.hours.title'));

  // Edit: a missing name is refused with a message, a new phone number is saved.
  await page.getByRole('button', { name: t('personPrivacy.edit.button') }).click();
  const dialog = page.getByRole('dialog', { name: t('personPrivacy.edit.title') });
  await expect(dialog).toBeVisible();
  expect(await axeViolations(app)).toEqual([]);
  const name = dialog.getByRole('textbox', { name: t('personPrivacy.edit.fields.fullName') });
  await name.fill('');
  await dialog.getByRole('textbox', { name: t('ui.profile.phone') }).fill('040 555 1234');
  await dialog.getByRole('button', { name: t('ui.common.save') }).click();
  await expect(dialog.getByRole('alert')).toContainText(t('personPrivacy.edit.fixErrors'));
  await expect(name).toBeFocused();
  await expect(dialog).toContainText(t('personPrivacy.edit.errors.required'));
  await name.fill('Åsa Öhman');
  await dialog.getByRole('checkbox', { name: /julkisissa aineistoissa/ }).check();
  await dialog.getByRole('button', { name: t('ui.common.save') }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(t('personPrivacy.edit.saved', { name: 'Åsa Öhman' }))).toBeVisible();
  await expect(main.locator('dd', { hasText: '040 555 1234' })).toBeVisible();
  await expect(
    main
      .locator('dt', { hasText: t('personPrivacy.details.nameInPublicMaterials') })
      .locator('xpath=../dd'),
  ).toHaveText(t('ui.common.yes'));

  // Anonymise: a confirmation that says what happens, then the name is gone for good.
  await page.getByRole('button', { name: t('personPrivacy.anonymise.button') }).click();
  const confirm = page.getByRole('dialog', {
    name: t('personPrivacy.anonymise.confirmTitle', { name: 'Åsa Öhman' }),
  });
  await expect(confirm).toContainText(t('personPrivacy.anonymise.cannotUndo'));
  await expect(confirm).toContainText(t('personPrivacy.anonymise.hoursKept'));
  expect(await axeViolations(app)).toEqual([]);
  await confirm.getByRole('button', { name: t('personPrivacy.anonymise.confirm') }).click();
  await expect(confirm).toBeHidden();
  await expect(
    app.heading(new RegExp(`^${t('personPrivacy.anonymisedName')} [0-9a-f]{8}$`)),
  ).toBeVisible();
  await expect(page.getByText(/Åsa Öhman on anonymisoitu/)).toBeVisible();
  await expect(main).not.toContainText('Öhman');
  await expect(main).not.toContainText('040 555 1234');
  await expect(main).not.toContainText('esimerkki.fi');
  await expect(main).toContainText(re('personPrivacy.anonymise.anonymisedOn'));
  await expect(page.getByRole('button', { name: t('personPrivacy.data.make') })).toHaveCount(0);
  // Her hours are still hers, under the new name.
  await expect(main.getByRole('table', { name: t('person.hoursByYearCaption') })).toBeVisible();
  expect(await axeViolations(app)).toEqual([]);

  await app.goTo(t('ui.nav.home'));
  await expect(app.heading(t('ui.home.title'))).toBeVisible();
  expect((await app.figure(t('ui.home.volunteerHours')).innerText()).trim()).toBe(hoursBefore);
  await app.goTo(t('ui.nav.members'));
  await page.getByRole('searchbox', { name: t('ui.members.search') }).fill('öhman');
  await expect(page.getByRole('link', { name: 'Åsa Öhman' })).toHaveCount(0);
});

test('moving a person to the trash can be undone from the notification', async ({ page }) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  await app.goTo(t('ui.nav.members'));
  await page.getByRole('searchbox', { name: t('ui.members.search') }).fill('åsa öhm');
  await page.getByRole('link', { name: 'Åsa Öhman' }).click();
  await page.getByRole('button', { name: t('personPrivacy.trash.button') }).click();
  await expect(app.heading(t('ui.members.title'))).toBeVisible();
  const note = page
    .getByRole('alert')
    .filter({ hasText: t('personPrivacy.trash.deleted', { name: 'Åsa Öhman' }) });
  await expect(note).toBeVisible();
  await note.getByRole('button', { name: t('officials.undo') }).click();
  await expect(app.heading('Åsa Öhman')).toBeVisible();
  await expect(
    page.getByText(t('personPrivacy.trash.restored', { name: 'Åsa Öhman' })),
  ).toBeVisible();
});

test('the retention period is saved in the association’s settings', async ({ page }) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  await app.goTo(t('ui.nav.settings'));
  const years = page.getByRole('textbox', { name: t('personPrivacy.settings.retention') });
  await expect(years).toHaveValue('5');
  await years.fill('0');
  await page.getByRole('button', { name: t('personPrivacy.settings.save') }).click();
  await expect(page.getByText(t('personPrivacy.settings.invalid'))).toBeVisible();
  await expect(years).toBeFocused();
  await years.fill('3');
  await page.getByRole('button', { name: t('personPrivacy.settings.save') }).click();
  await expect(page.getByText(t('personPrivacy.settings.saved', { count: 3 }))).toBeVisible();
  expect((await analyzeSettled(page)).violations.map((v) => v.id)).toEqual([]);
  await app.goTo(t('ui.nav.home'));
  await app.goTo(t('ui.nav.settings'));
  await expect(years).toHaveValue('3');
});
