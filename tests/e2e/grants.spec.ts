import { expect, test, type Page } from './fixtures';
import { fiDate, TalkootApp } from './pages/TalkootApp';
import { analyzeSettled } from './axe';
import { escape, re, t } from './text';

async function expectNoViolations(page: Page, where: string) {
  // The pointer off the page: a button left under it (from the previous click) shows its hover colour.
  await page.mouse.move(0, 0);
  const results = await analyzeSettled(page);
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

test('a treasurer enters her own grant: funder, grant, budget, expenses, payment, status', async ({
  page,
}) => {
  const app = new TalkootApp(page);
  await app.createAssociation('Kylän Eläkeläiset ry', 'Äänekoski');

  await app.goTo(t('ui.nav.grants'));
  await expect(app.heading(t('ui.grants.title'))).toBeVisible();
  await expect(
    page.getByRole('button', { name: t('grantsPage.grants.newGrant'), exact: true }),
  ).toBeDisabled();
  await expectNoViolations(page, 'grants page (empty)');

  // A funder, its checklist prefilled in Finnish.
  await page.getByRole('button', { name: t('grantsPage.funders.newFunder') }).click();
  const funderDialog = page.getByRole('dialog', { name: t('grantsPage.funders.newTitle') });
  await expect(funderDialog).toBeVisible();
  await expect(funderDialog.getByLabel(t('grantsPage.funders.name'))).toBeFocused();
  await expect(funderDialog.getByLabel(t('grantsPage.funders.checklist'))).toHaveValue(
    new RegExp(escape(t('grants.defaultChecklist.financialStatements'))),
  );
  await expectNoViolations(page, 'new funder dialog');
  await page.keyboard.type('Äänekosken seurakunta');
  await app.choose(funderDialog, t('ui.activities.type'), t('grants.funderTypes.parish'));
  await funderDialog.getByLabel(t('grantsPage.funders.contactPerson')).fill('Diakoni Aino');
  await funderDialog.getByRole('button', { name: t('ui.common.save') }).click();
  await expect(funderDialog).toBeHidden();
  const funders = page.getByRole('table', { name: t('grantsPage.funders.title') });
  await expect(
    funders.getByRole('button', { name: 'Äänekosken seurakunta', exact: true }),
  ).toBeVisible();
  await expect(
    funders.getByRole('cell', { name: t('grants.funderTypes.parish'), exact: true }),
  ).toBeVisible();

  // A grant; an amount that is not money is refused with a message, nothing saved.
  await page.getByRole('button', { name: t('grantsPage.grants.newGrant'), exact: true }).click();
  const grantDialog = page.getByRole('dialog', { name: t('grantsPage.grants.newTitle') });
  await expect(grantDialog).toBeVisible();
  await expectNoViolations(page, 'new grant dialog');
  await expect(grantDialog.getByRole('combobox', { name: t('ui.grants.funder') })).toHaveValue(
    'Äänekosken seurakunta',
  );
  await grantDialog.getByLabel(t('grantsPage.grants.name')).fill('Kerhotoiminta 2026');
  await app.choose(grantDialog, t('ui.grants.status'), t('ui.grants.statuses.submitted'));
  await grantDialog.getByLabel(t('grantsPage.grants.granted')).fill('kaksituhatta');
  await app.fillDate(grantDialog.getByLabel(t('grantsPage.grants.periodStart')), '2026-01-01');
  await app.fillDate(grantDialog.getByLabel(t('grantsPage.grants.periodEnd')), '2026-12-31');
  await grantDialog.getByRole('button', { name: t('ui.common.save') }).click();
  await expect(grantDialog.getByText(t('grantsPage.errors.amount'))).toBeVisible();
  await expect(grantDialog.getByLabel(t('grantsPage.grants.granted'))).toBeFocused();
  await grantDialog.getByLabel(t('grantsPage.grants.granted')).fill('2 000');
  await grantDialog.getByRole('button', { name: t('ui.common.save') }).click();

  // The new grant's page.
  await expect(app.heading('Kerhotoiminta 2026')).toBeVisible();
  await expect(
    page.getByRole('checkbox', { name: t('grants.defaultChecklist.financialStatements') }),
  ).toBeVisible();
  await expectNoViolations(page, 'grant page');

  // Two budget lines.
  for (const [name, amount] of [
    ['Tarvikkeet', '500'],
    ['Tilavuokra', '1 500'],
  ] as const) {
    await page.getByRole('button', { name: t('grantsPage.lines.add') }).click();
    const dialog = page.getByRole('dialog', { name: t('grantsPage.lines.addTitle') });
    await expect(dialog.getByLabel(t('grantsPage.lines.name'))).toBeFocused();
    await page.keyboard.type(name);
    await dialog.getByLabel(t('grantsPage.lines.budget')).fill(amount);
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
  }
  const lines = page.getByRole('table', { name: t('grantsPage.lines.title') });
  await expect(lines.getByRole('row')).toHaveCount(3);

  // Two expenses by hand, the keyboard only: Enter in the form saves and starts the next.
  const expenses = page.getByRole('region', { name: t('grantsPage.expenses.title') });
  for (const [date, line, amount, payee] of [
    ['2026-03-02', 'Tarvikkeet', '600,50', 'Askartelutarvike Oy'],
    ['2026-04-15', 'Tilavuokra', '1 250,50', 'Seurakuntatalo'],
  ] as const) {
    // Typed the Finnish way, and Enter saves without leaving the field first.
    await expenses.getByLabel(t('ui.hours.date')).fill(fiDate(date));
    await expenses.getByLabel(t('person.fees.amount')).focus();
    await page.keyboard.type(amount);
    await app.choose(expenses, t('grantsPage.lines.name'), line);
    await expenses.getByLabel(t('grantsPage.expenses.payee')).focus();
    await page.keyboard.type(payee);
    await page.keyboard.press('Enter');
    await expect(
      expenses
        .getByRole('table', { name: t('grantsPage.expenses.title') })
        .getByRole('cell', { name: payee }),
    ).toBeVisible();
    await expect(expenses.getByLabel(t('ui.hours.date'))).toBeFocused();
  }

  // A payment.
  await page.getByRole('button', { name: t('grantsPage.payments.add') }).click();
  const payment = page.getByRole('dialog', { name: t('grantsPage.payments.addTitle') });
  await payment.getByLabel(t('person.fees.amount')).fill('2 000,00');
  await payment.getByRole('button', { name: t('ui.common.save') }).click();
  await expect(payment).toBeHidden();
  await expect(page.getByText(/Maksettu yhteensä: 2\s000,00\s€/)).toBeVisible();

  // Granted: the status, with its history.
  await page.getByRole('button', { name: t('grantsPage.status.change') }).click();
  const status = page.getByRole('dialog', { name: t('grantsPage.status.changeTitle') });
  await expect(
    status.getByRole('combobox', { name: t('grantsPage.status.newStatus') }),
  ).toHaveValue(t('ui.grants.granted'));
  await expectNoViolations(page, 'status dialog');
  await status.getByRole('button', { name: t('ui.common.save') }).click();
  await expect(status).toBeHidden();
  const history = page.getByRole('table', { name: t('grantsPage.status.history') });
  await expect(history.getByRole('row')).toHaveCount(3);
  await expect(history.getByRole('cell', { name: t('ui.grants.granted') })).toBeVisible();

  // Budget against actual: the unused amount, the line over budget.
  const budget = page.getByRole('region', { name: t('grantsPage.budget.title') });
  await expect(budget.locator('[data-figure="unused"]')).toHaveText(/^149,00\s€$/);
  await expect(budget.locator('[data-figure="toReturn"]')).toHaveText(/^149,00\s€$/);
  await expect(
    budget.getByText(
      t('grantsPage.budget.overWarning', { name: 'Tarvikkeet', amount: '−100,50 €' }),
    ),
  ).toBeVisible();
  await expect(budget.getByRole('row', { name: /Tarvikkeet/ })).toContainText(
    t('grantsPage.budget.overBudget'),
  );
  await expectNoViolations(page, 'grant page with figures');

  // A line with expenses cannot be deleted: the reason is shown, the line stays.
  await lines.getByRole('button', { name: 'Muokkaa: Tarvikkeet' }).click();
  const editLine = page.getByRole('dialog', { name: t('grantsPage.lines.editTitle') });
  await editLine.getByRole('button', { name: t('impactPage.delete') }).click();
  await expect(
    page.getByText(t('grants.errors.budgetLineHasExpenses', { count: 1 })),
  ).toBeVisible();
  await editLine.getByRole('button', { name: t('ui.common.cancel') }).click();
  await expect(lines.getByRole('row')).toHaveCount(3);

  // An expense to the trash and back.
  const expenseTable = expenses.getByRole('table', { name: t('grantsPage.expenses.title') });
  await expenseTable.getByRole('button', { name: /^Muokkaa: kulu 2\.3\.2026/ }).click();
  const editExpense = page.getByRole('dialog', { name: t('grantsPage.expenses.editTitle') });
  await expectNoViolations(page, 'edit expense dialog');
  await editExpense.getByRole('button', { name: t('impactPage.delete') }).click();
  await expect(expenseTable.getByRole('cell', { name: 'Askartelutarvike Oy' })).toBeHidden();
  await expect(budget.locator('[data-figure="unused"]')).toHaveText(/^749,50\s€$/);
  await page.getByRole('button', { name: t('activityEditor.undo') }).click();
  await expect(expenseTable.getByRole('cell', { name: 'Askartelutarvike Oy' })).toBeVisible();
  await expect(budget.locator('[data-figure="unused"]')).toHaveText(/^149,00\s€$/);

  // The checklist, ticked with the date.
  await page
    .getByRole('checkbox', { name: t('grants.defaultChecklist.financialStatements') })
    .click();
  await expect(
    page.getByRole('checkbox', {
      name: new RegExp(
        `^${escape(t('grants.defaultChecklist.financialStatements'))} \\(${re('grantsPage.checklist.doneOn').source}`,
      ),
    }),
  ).toBeChecked();

  // The usage report link, and the list links back to this page.
  await expect(page.getByRole('link', { name: t('grantsPage.page.makeReport') })).toHaveAttribute(
    'href',
    /#\/reports\?grant=/,
  );
  await page.getByRole('link', { name: t('grantsPage.page.back') }).click();
  await expect(app.heading(t('ui.grants.title'))).toBeVisible();
  const list = page.getByRole('table', { name: t('ui.grants.title') });
  await expect(list.getByRole('row', { name: /Kerhotoiminta 2026/ })).toContainText(
    t('ui.grants.granted'),
  );
  await expectNoViolations(page, 'grants page');

  // The funder edited, to the trash and back.
  await funders.getByRole('button', { name: 'Äänekosken seurakunta', exact: true }).click();
  const editFunder = page.getByRole('dialog', { name: t('grantsPage.funders.editTitle') });
  await expect(editFunder.getByLabel(t('grantsPage.funders.contactPerson'))).toHaveValue(
    'Diakoni Aino',
  );
  await expectNoViolations(page, 'edit funder dialog');
  await editFunder.getByRole('button', { name: t('impactPage.delete') }).click();
  await expect(editFunder).toBeHidden();
  await expect(
    funders.getByRole('button', { name: 'Äänekosken seurakunta', exact: true }),
  ).toBeHidden();
  await page.getByRole('button', { name: t('activityEditor.undo') }).click();
  await expect(
    funders.getByRole('button', { name: 'Äänekosken seurakunta', exact: true }),
  ).toBeVisible();

  await list.getByRole('link', { name: 'Kerhotoiminta 2026' }).click();
  await expect(app.heading('Kerhotoiminta 2026')).toBeVisible();
});
