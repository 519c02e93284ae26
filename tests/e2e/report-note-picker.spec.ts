import { expect, test, type Page } from './fixtures';
import { impactPageMessages } from '../../src/core/i18n/messages/impactPage';
import { reportsPageMessages } from '../../src/core/i18n/messages/reportsPage';
import { analyzeSettled } from './axe';
import { TalkootApp } from './pages/TalkootApp';
import { t } from './text';

const impact = impactPageMessages.fi;
const reports = reportsPageMessages.fi;

const first = 'Vertaisryhmässä huomasin, etten ole yksin.';
// The same quote typed in again: the summary prints it once, so the picker offers it once.
const again = '  vertaisryhmässä huomasin, etten ole YKSIN. ';
const second = 'Kahvin ääressä uskalsin kertoa omani.';
const third = 'Ryhmän jälkeen jaksan taas viikon.';

/** One consented quote, written through the Impact page's form by keyboard and labels. */
async function addQuote(page: Page, text: string) {
  await page.getByRole('button', { name: impact.newNote }).click();
  const dialog = page.getByRole('dialog', { name: impact.newTitle });
  await dialog.getByLabel(impact.fields.text).fill(text);
  await dialog.getByLabel(impact.fields.consent).check();
  await dialog
    .getByLabel(impact.fields.consentMethod)
    .selectOption({ label: impact.methods.spoken });
  await dialog.getByRole('button', { name: impact.save }).click();
  await expect(dialog).toBeHidden();
}

test('the advocacy summary’s note picker offers only what the summary prints, and no more than it has room for', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = new TalkootApp(page);
  await app.open();
  await page.getByRole('button', { name: t('ui.welcome.createButton') }).click();
  await page.getByLabel(t('ui.profile.name')).fill('Vertaistuki Kaiku ry');
  await page.getByLabel(t('ui.profile.homeMunicipality')).fill('Kuopio');
  await page.getByRole('button', { name: t('ui.profile.createProfile') }).click();
  await expect(app.heading(t('ui.home.title'))).toBeVisible();

  await app.goTo(t('ui.nav.impact'));
  for (const text of [first, again, second, third]) await addQuote(page, text);

  await app.goTo(t('ui.nav.reports'));
  await page.getByRole('radio', { name: reports.kinds.advocacy }).check({ force: true });
  const notes = page.getByRole('region', { name: reports.notes });
  const boxes = notes.getByRole('checkbox');
  // Three quotes offered: the one typed twice only once, the other copy listed with why.
  await expect(boxes).toHaveCount(3);
  await expect(notes.getByRole('checkbox', { name: /huomasin, etten ole yksin/i })).toHaveCount(1);
  await expect(notes.getByRole('listitem')).toHaveCount(1);
  await expect(notes.getByRole('listitem')).toContainText(impact.picker.blockedDuplicate);

  // The summary has room for two voices: two are ticked, the third cannot be ticked too.
  await expect(notes.getByText(t('reportsPage.notesMax', { count: 2 }))).toBeVisible();
  const ticked = notes.getByRole('checkbox', { checked: true });
  await expect(ticked).toHaveCount(2);
  const unticked = notes.getByRole('checkbox', { checked: false });
  await expect(unticked).toBeDisabled();

  // Untick one, by keyboard: the third can now be chosen in its place.
  await ticked.first().focus();
  await page.keyboard.press('Space');
  await expect(notes.getByRole('checkbox', { checked: true })).toHaveCount(1);
  await expect(notes.getByRole('checkbox', { disabled: true })).toHaveCount(0);
  await page.mouse.move(0, 0);
  await notes.screenshot({ path: test.info().outputPath('note-picker.png') });
  const results = await analyzeSettled(page);
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
