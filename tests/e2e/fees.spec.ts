import { expect, test, type Page, e2eNow } from './fixtures';
import { TalkootApp } from './pages/TalkootApp';
import { analyzeSettled } from './axe';
import { re, t } from './text';

type MembershipType = 'regular' | 'supporting' | 'family' | 'youth';

/** A fee schedule field's label: "Nuorisojäsen (euroa)", the type capitalised as on the page. */
function amountFor(type: MembershipType): string {
  const name = t(`fees.types.${type}`);
  return t('fees.schedule.amountFor', { type: name.charAt(0).toUpperCase() + name.slice(1) });
}

async function expectNoViolations(page: Page, where: string) {
  const results = await analyzeSettled(page);
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

/** Finnish reference number check, written out here independently of the app's code. */
function validReference(printed: string): boolean {
  const digits = printed.replace(/\s+/g, '');
  if (!/^\d{4,20}$/.test(digits)) return false;
  const weights = [7, 3, 1];
  const sum = digits
    .slice(0, -1)
    .split('')
    .reverse()
    .reduce((s, d, i) => s + Number(d) * weights[i % 3]!, 0);
  return (10 - (sum % 10)) % 10 === Number(digits.slice(-1));
}

/** "1 234,50 €" (no-break spaces, real minus) → cents. */
const cents = (text: string) =>
  Math.round(Number(text.replace(/[^\d,]/g, '').replace(',', '.')) * 100);

const nextYear = String(e2eNow().getFullYear() + 1);

test('set amounts, bill next year, mark two paid in bulk, undo, and keep it after reload', async ({
  page,
}) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  await app.goTo(t('ui.nav.fees'));
  await expect(app.heading(t('fees.title'))).toBeVisible();

  const chooseYear = async () => {
    await page.getByRole('combobox', { name: t('ui.common.year') }).click();
    await page.getByRole('option', { name: nextYear, exact: true }).click();
    await expect(
      page.getByRole('heading', { name: t('fees.list.title', { year: nextYear }) }),
    ).toBeVisible();
  };
  await chooseYear();
  await expect(page.getByText(t('fees.list.none', { year: nextYear }))).toBeVisible();

  // Three of four amounts: the run is refused and says which type lacks one.
  await page.getByLabel(amountFor('regular')).fill('30,00');
  await page.getByLabel(amountFor('supporting')).fill('60');
  await page.getByLabel(amountFor('family')).fill('40,5');
  await page.getByLabel(amountFor('youth')).fill('12,5O');
  await page.getByRole('button', { name: t('fees.schedule.save') }).click();
  await expect(page.getByText(t('fees.schedule.invalidAmount'), { exact: true })).toBeVisible();
  await expect(page.getByLabel(amountFor('youth'))).toBeFocused();
  await page.getByLabel(amountFor('youth')).fill('');
  await page.getByRole('button', { name: t('fees.schedule.save') }).click();
  await expect(page.getByText(t('fees.schedule.saved', { year: nextYear }))).toBeVisible();
  const missing = re('fees.errors.noAmount', { membershipType: t('fees.types.youth') });
  await expect(page.getByText(missing).first()).toBeVisible();
  await page.getByRole('button', { name: t('fees.generate.button') }).click();
  await expect(
    page.getByText(new RegExp(`^${re('fees.generate.failed', { error: missing }).source}`)),
  ).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.getByLabel(amountFor('youth')).fill('12,50');
  await page.getByRole('button', { name: t('fees.schedule.save') }).click();
  const willBill = page.getByText(re('fees.generate.willBill', { count: /\d+/ }, { exact: true }));
  await expect(willBill).toBeVisible();
  const count = Number((await willBill.innerText()).match(/\d+/)![0]);
  expect(count).toBeGreaterThan(50);

  await app.fillDate(
    page
      .getByRole('region', { name: `${t('fees.generate.title')} ${nextYear}` })
      .getByLabel(t('invoices.dueOn')),
    `${nextYear}-03-31`,
  );
  await page.getByRole('button', { name: t('fees.generate.button') }).click();
  const dialog = page.getByRole('dialog', { name: t('fees.generate.confirmTitle') });
  await expect(dialog).toContainText(re('fees.generate.confirmText', { count, year: nextYear }));
  await expect(dialog).toContainText(`31.3.${nextYear}`);
  await expectNoViolations(page, 'confirm dialog');
  await dialog.getByRole('button', { name: t('fees.generate.button') }).click();
  await expect(page.getByText(t('fees.generate.done', { count, year: nextYear }))).toBeVisible();
  await expect(
    page.getByText(t('fees.generate.nothingToDo', { year: nextYear })).first(),
  ).toBeVisible();

  expect(await app.figure(t('fees.totals.count')).innerText()).toBe(String(count));
  const billed = cents(await app.figure(t('fees.totals.billed')).innerText());
  expect(billed).toBeGreaterThan(count * 1250 - 1);
  expect(await app.figure(t('fees.paid')).innerText()).toBe('0,00\u00a0€');
  expect(cents(await app.figure(t('fees.unpaid')).innerText())).toBe(billed);

  const table = page.getByRole('table', {
    name: `${t('fees.list.title', { year: nextYear })}: ${t('fees.list.all')}`,
  });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(51); // header + a page of 50
  const first = rows.nth(1);
  const reference = (await first.getByRole('cell').nth(4).innerText()).trim();
  expect(reference.replace(/\s/g, '')).toMatch(new RegExp(`^${nextYear}\\d{6}$`));
  expect(validReference(reference)).toBe(true);
  await expect(first.getByRole('cell').nth(5)).toHaveText(`31.3.${nextYear}`);
  await expect(first.getByRole('cell').nth(6)).toHaveText(t('fees.unpaid'));
  await expectNoViolations(page, 'fees page');

  // Two paid in bulk.
  const boxes = table.getByRole('checkbox');
  const amountOf = async (i: number) =>
    cents(await rows.nth(i).getByRole('cell').nth(3).innerText());
  const paidSum = (await amountOf(1)) + (await amountOf(2));
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.getByRole('button', { name: t('fees.markSelectedPaid', { count: 2 }) }).click();
  await expect(page.getByText(t('fees.markedPaid', { count: 2 }))).toBeVisible();
  await expect(app.figure(t('fees.paid'))).not.toHaveText('0,00\u00a0€');
  expect(cents(await app.figure(t('fees.paid')).innerText())).toBe(paidSum);
  expect(cents(await app.figure(t('fees.unpaid')).innerText())).toBe(billed - paidSum);
  const today = e2eNow();
  const todayFi = `${today.getDate()}.${today.getMonth() + 1}.${today.getFullYear()}`;
  await expect(rows.nth(1).getByRole('cell').nth(6)).toHaveText(todayFi);
  await expect(
    page.getByRole('button', { name: t('fees.markSelectedPaid', { count: 0 }) }),
  ).toBeDisabled();

  // Undo one payment, then undo the undo from the notification.
  const name = (await rows.nth(1).getByRole('cell').nth(1).innerText()).trim();
  await page.getByRole('button', { name: t('fees.list.markUnpaidFor', { name }) }).click();
  await expect(page.getByText(t('fees.markedUnpaid', { name }))).toBeVisible();
  await expect(page.getByRole('button', { name: `Merkitse maksetuksi: ${name}` })).toBeFocused();
  expect(cents(await app.figure(t('fees.paid')).innerText())).toBe(await amountOf(2));
  await page
    .getByRole('button', { name: t('activityEditor.undo') })
    .last()
    .click();
  await expect(page.getByText(t('fees.undone'))).toBeVisible();
  await expect(rows.nth(1).getByRole('cell').nth(6)).toHaveText(todayFi);
  expect(cents(await app.figure(t('fees.paid')).innerText())).toBe(paidSum);

  // Filter and search.
  await page.getByRole('radio', { name: t('fees.paid') }).check();
  const paidTable = page.getByRole('table', {
    name: `${t('fees.list.title', { year: nextYear })}: ${t('fees.paid')}`,
  });
  await expect(paidTable.getByRole('row')).toHaveCount(3);
  await page.getByRole('searchbox', { name: t('fees.list.search') }).fill(name);
  await expect(paidTable.getByRole('row')).toHaveCount(2);

  await page.reload();
  await expect(app.heading(t('fees.title'))).toBeVisible();
  await chooseYear();
  expect(await app.figure(t('fees.totals.count')).innerText()).toBe(String(count));
  expect(cents(await app.figure(t('fees.paid')).innerText())).toBe(paidSum);
  await expect(page.getByLabel(amountFor('youth'))).toHaveValue('12,50');
  await expect(page.getByLabel(amountFor('family'))).toHaveValue('40,50');
});

test('a year whose fees exist shows their amounts in the schedule until saved', async ({
  page,
}) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  await app.goTo(t('ui.nav.fees'));
  const thisYear = String(e2eNow().getFullYear());
  await expect(
    page.getByRole('heading', { name: `${t('fees.schedule.title')} ${thisYear}` }),
  ).toBeVisible();
  // The demo's fees were made without a saved schedule: the fields are not empty.
  await expect(page.getByLabel(amountFor('regular'))).toHaveValue('25,00');
  await expect(page.getByLabel(amountFor('supporting'))).toHaveValue('50,00');
  await expect(page.getByLabel(amountFor('family'))).toHaveValue('35,00');
  await expect(page.getByLabel(amountFor('youth'))).toHaveValue('10,00');
  const note = page.getByText(t('fees.schedule.fromFees', { year: thisYear }));
  await expect(note).toBeVisible();
  await expectNoViolations(page, 'fees page, schedule from fees');

  // Saved, they are the schedule: the note goes, the amounts stay after a reload.
  await page.getByRole('button', { name: t('fees.schedule.save') }).click();
  await expect(page.getByText(t('fees.schedule.saved', { year: thisYear }))).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(amountFor('regular'))).toHaveValue('25,00');
  await expect(note).toHaveCount(0);

  // A year with neither fees nor amounts stays empty.
  await page.getByRole('combobox', { name: t('ui.common.year') }).click();
  await page.getByRole('option', { name: nextYear, exact: true }).click();
  await expect(
    page.getByRole('heading', { name: `${t('fees.schedule.title')} ${nextYear}` }),
  ).toBeVisible();
  await expect(page.getByLabel(amountFor('regular'))).toHaveValue('');
});
