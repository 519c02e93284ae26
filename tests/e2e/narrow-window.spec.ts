import { expect, test, type Locator, type Page } from './fixtures';
import { analyzeSettled } from './axe';
import { TalkootApp } from './pages/TalkootApp';
import { re, t } from './text';

async function expectNoViolations(page: Page, where: string) {
  const results = await analyzeSettled(page);
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

/** The column `header` of the table named `caption` is fully in the window, with no sideways scrolling. */
async function expectColumnInView(page: Page, table: Locator, header: string) {
  const th = table.getByRole('columnheader', { name: header, exact: true });
  await expect(th).toBeVisible();
  const box = (await th.boundingBox())!;
  const width = page.viewportSize()!.width;
  expect(box.x, `${header} starts in the window`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${header} ends in the window`).toBeLessThanOrEqual(width);
  // Nothing of the table is behind a scrollbar: its scrolling box is as wide as the table.
  const overflow = await table.evaluate((el) => {
    const box = el.closest('.responsive-table') as HTMLElement;
    return box.scrollWidth - box.clientWidth;
  });
  expect(overflow, 'the table does not scroll sideways').toBeLessThanOrEqual(0);
}

/** Press Tab until `target` has the focus (at most 12 times); it must be reachable by keyboard. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 12; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('at 640 px the menu folds behind a button that works by keyboard, and money columns stay in view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 640, height: 900 });
  const app = new TalkootApp(page);
  await app.openWithDemo();

  const burger = page.getByRole('button', { name: t('appShell.openMenu') });
  await expect(burger).toBeVisible();
  await expect(burger).toHaveAttribute('aria-expanded', 'false');
  // Folded away: off screen, and inert so Tab does not reach its links.
  await expect(app.nav().getByRole('link', { name: t('ui.nav.fees') })).not.toBeInViewport();
  await expect(page.locator('#main-navigation')).toHaveAttribute('inert');

  await burger.focus();
  await page.keyboard.press('Enter');
  const close = page.getByRole('button', { name: t('appShell.closeMenu') });
  await expect(close).toHaveAttribute('aria-expanded', 'true');
  const feesLink = app.nav().getByRole('link', { name: t('ui.nav.fees'), exact: true });
  await expect(feesLink).toBeInViewport();
  await expect(page.locator('#main-navigation')).not.toHaveAttribute('inert');
  await expectNoViolations(page, 'home at 640 px, menu open');

  // Escape folds it again and gives the focus back to the button.
  await tabTo(page, app.nav().getByRole('link', { name: t('ui.nav.home') }));
  await page.keyboard.press('Escape');
  await expect(burger).toBeFocused();
  await expect(feesLink).not.toBeInViewport();

  // Open again, Tab to the fees link and follow it: the page opens and the menu folds.
  await page.keyboard.press('Enter');
  await expect(feesLink).toBeInViewport();
  await tabTo(page, feesLink);
  await page.keyboard.press('Enter');
  await expect(app.heading(t('fees.title'))).toBeVisible();
  await expect(feesLink).not.toBeInViewport();

  const feeTable = page.getByRole('table', {
    name: new RegExp(`^${re('fees.list.title', { year: /\d{4}/ }).source}`),
  });
  await expect(feeTable).toBeVisible();
  await expectColumnInView(page, feeTable, t('person.fees.amount'));
  await expectColumnInView(page, feeTable, t('fees.paid'));
  await expectNoViolations(page, 'fees at 640 px');

  await burger.click();
  await app.goTo(t('ui.nav.grants'));
  await expect(app.heading(t('ui.grants.title'))).toBeVisible();
  const grantTable = page.getByRole('table', { name: t('ui.grants.title') });
  await expectColumnInView(page, grantTable, t('ui.grants.granted'));
  await expectColumnInView(page, grantTable, t('ui.grants.spent'));
  // The funders' action column too: nothing a user must press is behind a scrollbar.
  await expectColumnInView(
    page,
    page.getByRole('table', { name: t('grantsPage.funders.title') }),
    t('grantsPage.common.actions'),
  );
  await expectNoViolations(page, 'grants at 640 px');

  // On a wide window the menu is always there and the button is gone.
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(burger).toBeHidden();
  await expect(app.nav().getByRole('link', { name: t('ui.nav.fees') })).toBeInViewport();
  await expect(page.locator('#main-navigation')).not.toHaveAttribute('inert');
  await expect(
    grantTable.getByRole('columnheader', { name: t('ui.grants.reportDue') }),
  ).toBeVisible();
  await expectNoViolations(page, 'grants at 1280 px');
  await app.goTo(t('ui.nav.fees'));
  await expect(
    feeTable.getByRole('columnheader', { name: t('invoices.referenceForm') }),
  ).toBeVisible();
  await expectNoViolations(page, 'fees at 1280 px');
});
