import { expect, test, type Page, e2eNow } from './fixtures';
import { TalkootApp } from './pages/TalkootApp';
import { analyzeSettled } from './axe';
import { re, t } from './text';

async function noViolations(page: Page) {
  const results = await analyzeSettled(page);
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** Narrow the hour list to one person and one approval state. */
async function filterTo(page: Page, person: string, approval: string) {
  const filters = page.getByRole('region', { name: t('ui.hours.filters') });
  const personBox = filters.getByRole('combobox', { name: t('ui.hours.person') });
  if ((await personBox.inputValue()) !== person) {
    await personBox.fill(person);
    await page.getByRole('option', { name: person, exact: true }).click();
  }
  await filters.getByRole('combobox', { name: t('hourApproval.filter.label') }).click();
  await page.getByRole('option', { name: approval, exact: true }).click();
}

test('approve a filtered set of hours with a named approver; it stays approved after reload', async ({
  page,
}) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  await app.goTo(t('ui.nav.hours'));
  const now = e2eNow();
  const today = `${now.getDate()}.${now.getMonth() + 1}.${now.getFullYear()}`;
  const approvedByMaija = page.getByText(
    t('hourApproval.approvedByOn', { date: today, name: 'Maija Mäkinen' }),
    {
      exact: true,
    },
  );

  await filterTo(page, 'Marjatta Virtanen', t('hourApproval.filter.pending'));
  const approveAll = page.getByRole('button', {
    name: re('hourApproval.approveAll', { count: /\d+/ }, { exact: true }),
  });
  const n = Number(/\((\d+)\)/.exec((await approveAll.innerText()).trim())![1]);
  expect(n).toBeGreaterThan(1);
  expect(n).toBeLessThanOrEqual(50); // one page of the table
  await expect(page.getByRole('status').filter({ hasText: re('ui.hours.summary') })).toContainText(
    re('ui.hours.summary', { count: n }),
  );
  await expect(page.getByText(t('hourApproval.pending'), { exact: true })).toHaveCount(n);

  await approveAll.click();
  const dialog = page.getByRole('dialog', { name: t('hourApproval.title') });
  await expect(dialog).toContainText(re('hourApproval.dialog.count', { count: n }));
  const name = dialog.getByRole('textbox', { name: t('hourApproval.dialog.approver') });
  // Offered from the association's chair the first time.
  await expect(name).toHaveValue('Marjatta Virtanen');
  await noViolations(page);
  await name.fill('   ');
  await dialog.getByRole('button', { name: t('hourApproval.title') }).click();
  await expect(dialog.getByText(t('hourApproval.errors.approverRequired'))).toBeVisible();
  await expect(name).toBeFocused();
  await name.fill(' Maija Mäkinen ');
  await name.press('Enter');
  await expect(page.getByText(t('hourApproval.notify.approved', { count: n }))).toBeVisible();
  await expect(dialog).toBeHidden();
  // Nothing waits any more in this list, and the focus is not lost.
  await expect(
    page.getByRole('button', { name: t('hourApproval.approveAll', { count: 0 }) }),
  ).toBeDisabled();
  await expect(page.getByRole('status').filter({ hasText: re('ui.hours.summary') })).toBeFocused();

  await filterTo(page, 'Marjatta Virtanen', t('hourApproval.filter.approved'));
  await expect(approvedByMaija).toHaveCount(n);

  await page.reload();
  await expect(app.heading(t('ui.hours.title'))).toBeVisible();
  await filterTo(page, 'Marjatta Virtanen', t('hourApproval.filter.approved'));
  await expect(approvedByMaija).toHaveCount(n);

  // Undo one approval, confirmed first; the row waits again.
  await page
    .getByRole('button', {
      name: re('hourApproval.unapproveRowLabel', { person: 'Marjatta Virtanen' }, { exact: true }),
    })
    .first()
    .click();
  const confirm = page.getByRole('dialog', { name: t('hourApproval.unapprove.title') });
  await expect(confirm).toContainText(
    re('hourApproval.unapprove.text', { person: 'Marjatta Virtanen' }),
  );
  await confirm.getByRole('button', { name: t('hourApproval.unapproveRow') }).click();
  await expect(
    page.getByText(
      re('hourApproval.notify.unapproved', { person: 'Marjatta Virtanen' }, { exact: true }),
    ),
  ).toBeVisible();
  await filterTo(page, 'Marjatta Virtanen', t('hourApproval.filter.pending'));
  await expect(
    page.getByRole('button', { name: t('hourApproval.approveAll', { count: 1 }) }),
  ).toBeEnabled();

  // The approver's name is remembered for next time, also for a single row.
  await page
    .getByRole('button', {
      name: re('hourApproval.approveRowLabel', { person: 'Marjatta Virtanen' }, { exact: true }),
    })
    .click();
  await expect(dialog).toContainText(
    re('hourApproval.dialog.one', { person: 'Marjatta Virtanen' }),
  );
  await expect(name).toHaveValue('Maija Mäkinen');
  await dialog.getByRole('button', { name: t('ui.common.cancel') }).click();
  await expect(dialog).toBeHidden();
});
