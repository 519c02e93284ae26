import { expect, test, type Page } from './fixtures';
import { TalkootApp } from './pages/TalkootApp';
import { analyzeSettled } from './axe';
import { t } from './text';

async function expectNoViolations(page: Page, where: string) {
  const results = await analyzeSettled(page);
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

/** A Finnish date "d.m.yyyy" as an ISO date, so dates can be compared. */
const isoOf = (fi: string) => {
  const [d, m, y] = fi.trim().split('.');
  return `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
};

test('a person’s page lists their membership fees and the activities they logged hours for', async ({
  page,
}) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  await app.goTo(t('ui.nav.members'));
  await page.getByRole('searchbox', { name: t('ui.members.search') }).fill('åsa öhm');
  await page.getByRole('link', { name: 'Åsa Öhman' }).click();
  await expect(app.heading('Åsa Öhman')).toBeVisible();
  const main = page.getByRole('main');

  // Membership fees: one row per fee, newest year first, each with amount, reference and payment.
  const fees = main.getByRole('region', { name: t('fees.title') });
  await expect(fees.getByRole('heading', { level: 2, name: t('fees.title') })).toBeVisible();
  const feeTable = fees.getByRole('table', {
    name: t('person.fees.caption'),
  });
  await expect(feeTable).toBeVisible();
  await expect(feeTable.getByRole('columnheader')).toHaveText([
    t('ui.common.year'),
    t('person.fees.amount'),
    t('invoices.referenceForm'),
    t('invoices.dueOn'),
    t('fees.paid'),
    t('invoices.person.column'),
  ]);
  const feeRows = feeTable.locator('tbody tr');
  expect(await feeRows.count()).toBeGreaterThan(0);
  const years = (await feeTable.locator('tbody tr th').allInnerTexts()).map(Number);
  expect(years).toEqual([...years].sort((a, b) => b - a));
  for (const row of await feeRows.all()) {
    const cells = row.getByRole('cell');
    await expect(cells.nth(0)).toHaveText(/^\d+,\d{2}\s€$/);
    await expect(cells.nth(1)).toHaveText(/^\d{1,5}( \d{5})*$/);
    await expect(cells.nth(3)).toHaveText(
      new RegExp(`^(\\d{1,2}\\.\\d{1,2}\\.\\d{4}|${t('person.fees.unpaid')})$`),
    );
  }

  // Activities: name, entries, time, first and last date; most recently active first.
  const activities = main.getByRole('region', { name: t('ui.activities.title') });
  await expect(
    activities.getByRole('heading', { level: 2, name: t('ui.activities.title') }),
  ).toBeVisible();
  const activityTable = activities.getByRole('table', {
    name: t('person.activities.caption'),
  });
  await expect(activityTable.getByRole('columnheader')).toHaveText([
    t('backups.action'),
    t('person.activities.entries'),
    t('person.activities.total'),
    t('person.activities.firstDate'),
    t('person.activities.lastDate'),
  ]);
  const activityRows = await activityTable.locator('tbody tr').all();
  expect(activityRows.length).toBeGreaterThan(0);
  const lastDates: string[] = [];
  for (const row of activityRows) {
    await expect(row.getByRole('rowheader')).not.toHaveText('');
    const cells = row.getByRole('cell');
    await expect(cells.nth(0)).toHaveText(/^[1-9]\d*$/);
    await expect(cells.nth(1)).toHaveText(/^\d+\sh( \d+\smin)?$/);
    const first = isoOf(await cells.nth(2).innerText());
    const last = isoOf(await cells.nth(3).innerText());
    expect(first <= last).toBe(true);
    lastDates.push(last);
  }
  expect(lastDates).toEqual([...lastDates].sort().reverse());

  await expectNoViolations(page, 'the person page');

  // The fees part leads to the Fees page.
  await fees.getByRole('link', { name: t('person.fees.toFeesPage') }).click();
  await expect(app.heading(t('fees.title'))).toBeVisible();
});
