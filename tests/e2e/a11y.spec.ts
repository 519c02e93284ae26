import { expect, test } from './fixtures';
import { TalkootApp, type Lang } from './pages/TalkootApp';
import { analyzeSettled } from './axe';
import { inEvery, t } from './text';

const pages = [
  '/',
  '/members',
  '/members/import',
  '/fees',
  '/hours',
  '/activities',
  '/grants',
  '/impact',
  '/reports',
  '/network',
  '/settings',
];
/** Each page's main heading, in the order of `pages`. */
const titleKeys = [
  'ui.home.title',
  'ui.members.title',
  'memberImport.title',
  'fees.title',
  'ui.hours.title',
  'ui.activities.title',
  'ui.grants.title',
  'ui.impact.title',
  'ui.reports.title',
  'network.page.title',
  'ui.settings.title',
] as const;
const titles: Record<Lang, string[]> = {
  fi: titleKeys.map((key) => t(key, {}, 'fi')),
  sv: titleKeys.map((key) => t(key, {}, 'sv')),
  en: titleKeys.map((key) => t(key, {}, 'en')),
};

const grantStatusTitle = inEvery('grantsPage.status.title');

const demoButton = inEvery('ui.welcome.demoButton');

async function expectNoViolations(page: import('@playwright/test').Page, where: string) {
  const results = await analyzeSettled(page);
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

for (const lang of ['fi', 'sv', 'en'] as const) {
  test(`axe: every page has 0 violations (${lang})`, async ({ page }) => {
    // Eleven pages analysed in a row: close to a minute on a loaded machine.
    test.setTimeout(150_000);
    const app = new TalkootApp(page);
    await app.open(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    // The welcome page itself, not the spinner shown while the database opens.
    await expect(page.getByRole('button', { name: demoButton[lang] })).toBeVisible({
      timeout: 30_000,
    });
    await expectNoViolations(page, `welcome (${lang})`);
    await page.getByRole('button', { name: demoButton[lang] }).click();
    for (const [i, path] of pages.entries()) {
      await page.goto(`./#${path}`);
      await expect(app.heading(titles[lang][i]!)).toBeVisible({ timeout: 30_000 });
      await expectNoViolations(page, `${path} (${lang})`);
    }
    // A grant's own page, opened from the list.
    await page.goto('./#/grants');
    await page.getByRole('table', { name: titles[lang][6]! }).getByRole('link').first().click();
    await expect(
      page.getByRole('heading', { level: 2, name: grantStatusTitle[lang], exact: true }),
    ).toBeVisible({ timeout: 30_000 });
    await expectNoViolations(page, `/grants/:id (${lang})`);
  });
}
