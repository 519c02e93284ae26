import { expect, test, type Page } from '@playwright/test';
import { fiDate, TalkootApp } from './pages/TalkootApp';
import { analyzeSettled } from './axe';

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
  await app.open();
  await page.getByRole('button', { name: 'Luo yhdistys' }).click();
  await page.getByLabel('Yhdistyksen nimi').fill('Kylän Eläkeläiset ry');
  await page.getByLabel('Kotipaikka').fill('Äänekoski');
  await page.getByRole('button', { name: 'Luo yhdistys' }).click();
  await expect(app.heading('Etusivu')).toBeVisible();

  await app.goTo('Avustukset');
  await expect(app.heading('Avustukset')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Uusi avustus…', exact: true })).toBeDisabled();
  await expectNoViolations(page, 'grants page (empty)');

  // A funder, its checklist prefilled in Finnish.
  await page.getByRole('button', { name: 'Uusi rahoittaja…' }).click();
  const funderDialog = page.getByRole('dialog', { name: 'Uusi rahoittaja' });
  await expect(funderDialog).toBeVisible();
  await expect(funderDialog.getByLabel('Rahoittajan nimi')).toBeFocused();
  await expect(funderDialog.getByLabel('Selvityksen liitteet')).toHaveValue(/Tilinpäätös/);
  await expectNoViolations(page, 'new funder dialog');
  await page.keyboard.type('Äänekosken seurakunta');
  await app.choose(funderDialog, 'Tyyppi', 'Seurakunta');
  await funderDialog.getByLabel('Yhteyshenkilö').fill('Diakoni Aino');
  await funderDialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(funderDialog).toBeHidden();
  const funders = page.getByRole('table', { name: 'Rahoittajat' });
  await expect(
    funders.getByRole('button', { name: 'Äänekosken seurakunta', exact: true }),
  ).toBeVisible();
  await expect(funders.getByRole('cell', { name: 'Seurakunta', exact: true })).toBeVisible();

  // A grant; an amount that is not money is refused with a message, nothing saved.
  await page.getByRole('button', { name: 'Uusi avustus…', exact: true }).click();
  const grantDialog = page.getByRole('dialog', { name: 'Uusi avustus' });
  await expect(grantDialog).toBeVisible();
  await expectNoViolations(page, 'new grant dialog');
  await expect(grantDialog.getByRole('combobox', { name: 'Rahoittaja' })).toHaveValue(
    'Äänekosken seurakunta',
  );
  await grantDialog.getByLabel('Avustuksen nimi').fill('Kerhotoiminta 2026');
  await app.choose(grantDialog, 'Tila', 'Haettu');
  await grantDialog.getByLabel('Myönnetty summa').fill('kaksituhatta');
  await app.fillDate(grantDialog.getByLabel('Käyttökausi alkaa'), '2026-01-01');
  await app.fillDate(grantDialog.getByLabel('Käyttökausi päättyy'), '2026-12-31');
  await grantDialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(
    grantDialog.getByText('Kirjoita summa euroina, esimerkiksi 1 250,50.'),
  ).toBeVisible();
  await expect(grantDialog.getByLabel('Myönnetty summa')).toBeFocused();
  await grantDialog.getByLabel('Myönnetty summa').fill('2 000');
  await grantDialog.getByRole('button', { name: 'Tallenna' }).click();

  // The new grant's page.
  await expect(app.heading('Kerhotoiminta 2026')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Tilinpäätös' })).toBeVisible();
  await expectNoViolations(page, 'grant page');

  // Two budget lines.
  for (const [name, amount] of [
    ['Tarvikkeet', '500'],
    ['Tilavuokra', '1 500'],
  ] as const) {
    await page.getByRole('button', { name: 'Lisää budjettirivi…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Uusi budjettirivi' });
    await expect(dialog.getByLabel('Budjettirivi')).toBeFocused();
    await page.keyboard.type(name);
    await dialog.getByLabel('Budjetoitu avustus').fill(amount);
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
  }
  const lines = page.getByRole('table', { name: 'Budjettirivit' });
  await expect(lines.getByRole('row')).toHaveCount(3);

  // Two expenses by hand, the keyboard only: Enter in the form saves and starts the next.
  const expenses = page.getByRole('region', { name: 'Kulut' });
  for (const [date, line, amount, payee] of [
    ['2026-03-02', 'Tarvikkeet', '600,50', 'Askartelutarvike Oy'],
    ['2026-04-15', 'Tilavuokra', '1 250,50', 'Seurakuntatalo'],
  ] as const) {
    // Typed the Finnish way, and Enter saves without leaving the field first.
    await expenses.getByLabel('Päivä').fill(fiDate(date));
    await expenses.getByLabel('Summa').focus();
    await page.keyboard.type(amount);
    await app.choose(expenses, 'Budjettirivi', line);
    await expenses.getByLabel('Maksun saaja').focus();
    await page.keyboard.type(payee);
    await page.keyboard.press('Enter');
    await expect(
      expenses.getByRole('table', { name: 'Kulut' }).getByRole('cell', { name: payee }),
    ).toBeVisible();
    await expect(expenses.getByLabel('Päivä')).toBeFocused();
  }

  // A payment.
  await page.getByRole('button', { name: 'Lisää maksu…' }).click();
  const payment = page.getByRole('dialog', { name: 'Uusi maksu' });
  await payment.getByLabel('Summa').fill('2 000,00');
  await payment.getByRole('button', { name: 'Tallenna' }).click();
  await expect(payment).toBeHidden();
  await expect(page.getByText(/Maksettu yhteensä: 2\s000,00\s€/)).toBeVisible();

  // Granted: the status, with its history.
  await page.getByRole('button', { name: 'Muuta tilaa…' }).click();
  const status = page.getByRole('dialog', { name: 'Muuta avustuksen tilaa' });
  await expect(status.getByRole('combobox', { name: 'Uusi tila' })).toHaveValue('Myönnetty');
  await expectNoViolations(page, 'status dialog');
  await status.getByRole('button', { name: 'Tallenna' }).click();
  await expect(status).toBeHidden();
  const history = page.getByRole('table', { name: 'Tilan historia' });
  await expect(history.getByRole('row')).toHaveCount(3);
  await expect(history.getByRole('cell', { name: 'Myönnetty' })).toBeVisible();

  // Budget against actual: the unused amount, the line over budget.
  const budget = page.getByRole('region', { name: 'Budjetti ja toteuma' });
  await expect(budget.locator('[data-figure="unused"]')).toHaveText(/^149,00\s€$/);
  await expect(budget.locator('[data-figure="toReturn"]')).toHaveText(/^149,00\s€$/);
  await expect(
    budget.getByText('Budjettirivi ”Tarvikkeet” on ylittynyt (erotus −100,50 €).'),
  ).toBeVisible();
  await expect(budget.getByRole('row', { name: /Tarvikkeet/ })).toContainText('Ylittyy');
  await expectNoViolations(page, 'grant page with figures');

  // A line with expenses cannot be deleted: the reason is shown, the line stays.
  await lines.getByRole('button', { name: 'Muokkaa: Tarvikkeet' }).click();
  const editLine = page.getByRole('dialog', { name: 'Muokkaa budjettiriviä' });
  await editLine.getByRole('button', { name: 'Poista' }).click();
  await expect(
    page.getByText(/Budjettiriviä ei voi poistaa, koska siihen on kirjattu kuluja \(1\)/),
  ).toBeVisible();
  await editLine.getByRole('button', { name: 'Peruuta' }).click();
  await expect(lines.getByRole('row')).toHaveCount(3);

  // An expense to the trash and back.
  const expenseTable = expenses.getByRole('table', { name: 'Kulut' });
  await expenseTable.getByRole('button', { name: /^Muokkaa: kulu 2\.3\.2026/ }).click();
  const editExpense = page.getByRole('dialog', { name: 'Muokkaa kulua' });
  await expectNoViolations(page, 'edit expense dialog');
  await editExpense.getByRole('button', { name: 'Poista' }).click();
  await expect(expenseTable.getByRole('cell', { name: 'Askartelutarvike Oy' })).toBeHidden();
  await expect(budget.locator('[data-figure="unused"]')).toHaveText(/^749,50\s€$/);
  await page.getByRole('button', { name: 'Kumoa' }).click();
  await expect(expenseTable.getByRole('cell', { name: 'Askartelutarvike Oy' })).toBeVisible();
  await expect(budget.locator('[data-figure="unused"]')).toHaveText(/^149,00\s€$/);

  // The checklist, ticked with the date.
  await page.getByRole('checkbox', { name: 'Tilinpäätös' }).click();
  await expect(page.getByRole('checkbox', { name: /^Tilinpäätös \(tehty / })).toBeChecked();

  // The usage report link, and the list links back to this page.
  await expect(page.getByRole('link', { name: 'Tee käyttöselvitys' })).toHaveAttribute(
    'href',
    /#\/reports\?grant=/,
  );
  await page.getByRole('link', { name: 'Kaikki avustukset' }).click();
  await expect(app.heading('Avustukset')).toBeVisible();
  const list = page.getByRole('table', { name: 'Avustukset' });
  await expect(list.getByRole('row', { name: /Kerhotoiminta 2026/ })).toContainText('Myönnetty');
  await expectNoViolations(page, 'grants page');

  // The funder edited, to the trash and back.
  await funders.getByRole('button', { name: 'Äänekosken seurakunta', exact: true }).click();
  const editFunder = page.getByRole('dialog', { name: 'Muokkaa rahoittajaa' });
  await expect(editFunder.getByLabel('Yhteyshenkilö')).toHaveValue('Diakoni Aino');
  await expectNoViolations(page, 'edit funder dialog');
  await editFunder.getByRole('button', { name: 'Poista' }).click();
  await expect(editFunder).toBeHidden();
  await expect(
    funders.getByRole('button', { name: 'Äänekosken seurakunta', exact: true }),
  ).toBeHidden();
  await page.getByRole('button', { name: 'Kumoa' }).click();
  await expect(
    funders.getByRole('button', { name: 'Äänekosken seurakunta', exact: true }),
  ).toBeVisible();

  await list.getByRole('link', { name: 'Kerhotoiminta 2026' }).click();
  await expect(app.heading('Kerhotoiminta 2026')).toBeVisible();
});
