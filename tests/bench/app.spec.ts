import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import base from '../../playwright.config';
import { budgetOf, ratioBudgetOf, type Scale } from './budgets';
import { idbBaselines, type BaselineArg } from './idbBaselines';

/**
 * `npm run bench -- --scale association|federation` (scripts/bench.mjs makes
 * the data file and runs this): the real app in headless Chromium with an
 * on-disk profile (a persistent context), so each launch is a cold start
 * reading IndexedDB from disk. Prints one JSON object per line:
 * `{"name", "ms", "baselineMs", "budgetMs", "runs"}` — `ms` is the median of
 * RUNS runs, `baselineMs` the median of raw IndexedDB doing the least work the
 * same result needs, measured in the same run. Asserts only that the app works.
 */

const scale = (process.env.BENCH_SCALE ?? 'association') as Scale;
const dataFile = process.env.BENCH_FILE ?? '';
const RUNS = 3;
const WAIT = 600_000;
const year = new Date().getFullYear();
const yearStart = `${year}-01-01`;
const yearEnd = `${year}-12-31`;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (x: number) => Math.round(x * 10) / 10;

/** One figure: median of the runs, and of the baseline's runs when there is one. */
function emit(name: string, runs: number[], baseline: number[] | null, extra = {}) {
  const ms = round(median(runs));
  const baselineMs = baseline ? round(median(baseline)) : null;
  const budgetMs = budgetOf(scale, name);
  const ratio = ratioBudgetOf(scale, name);
  console.log(
    JSON.stringify({
      name,
      ms,
      baselineMs,
      budgetMs,
      ...(baselineMs !== null ? { overTwiceBaseline: ms > 2 * baselineMs } : {}),
      ...(ratio !== null && baselineMs !== null
        ? { budgetRatio: ratio, withinRatio: ms <= ratio * baselineMs }
        : {}),
      runs: runs.map(round),
      ...extra,
    }),
  );
}

/** An interaction's figure: in-page times as `ms`, the wall-clock ones beside them. */
function emitRuns(name: string, runs: Runs, baseline: number[] | null, extra = {}) {
  emit(name, runs.ms, baseline, {
    wallMs: round(median(runs.wall)),
    wallRuns: runs.wall.map(round),
    ...extra,
  });
}

/** Helpers the waits below run inside the page, on every animation frame. */
function benchHelpers() {
  const w = window as unknown as Record<string, unknown>;
  w.__bench = {
    figure(label: string): string | null {
      for (const dt of Array.from(document.querySelectorAll('dt'))) {
        if (dt.textContent?.trim() !== label) continue;
        const span = dt.nextElementSibling?.querySelector(':scope > span');
        return span ? (span.textContent ?? '').trim() : null;
      }
      return null;
    },
    h1(): string | null {
      return document.querySelector('h1')?.textContent?.trim() ?? null;
    },
    loading(): boolean {
      return !!document.querySelector('[aria-label="Ladataan…"]');
    },
    status(part: string): string | null {
      for (const el of Array.from(document.querySelectorAll('[role=status]')))
        if (el.textContent?.includes(part)) return el.textContent.trim();
      return null;
    },
    inputAt: null,
    doneAt: null,
    // Times on the clock all the browser's pages share (time origin + page time).
    arm() {
      const bench = w.__bench as Bench;
      bench.inputAt = null;
      bench.doneAt = null;
      const note = (e: Event) => {
        bench.inputAt ??= performance.timeOrigin + e.timeStamp;
      };
      for (const type of ['pointerdown', 'keydown', 'input', 'change'])
        window.addEventListener(type, note, { capture: true, once: true });
    },
    done() {
      (w.__bench as Bench).doneAt = performance.timeOrigin + performance.now();
      return true;
    },
  };
}
type Bench = {
  figure(label: string): string | null;
  h1(): string | null;
  loading(): boolean;
  status(part: string): string | null;
  /** When the input event of the interaction being timed came. */
  inputAt: number | null;
  /** When the conditions of the last `untilAll` were all true. */
  doneAt: number | null;
  arm(): void;
  done(): true;
};
declare global {
  // Declaration merging with the DOM's Window needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    __bench: Bench;
  }
}

/** A condition checked in the page: `fn(arg)`. */
type Check = [fn: (arg: string | null) => boolean, arg: string | null];

/** The pages an interaction being timed has waited on (see `interaction`). */
let waitedOn: Set<Page> | null = null;

/**
 * Wait until every check is true in the page, checked on every frame; the
 * page notes the time of the frame in which they all were (`doneAt`). The
 * checks are sent as one expression, which needs the context's `bypassCSP`
 * (the app's policy has no 'unsafe-eval').
 */
async function untilAll(page: Page, checks: Check[]) {
  waitedOn?.add(page);
  const expression = checks.map(([fn, arg]) => `(${fn.toString()})(${JSON.stringify(arg)})`);
  await page.waitForFunction(`${expression.join(' && ')} && window.__bench.done()`, undefined, {
    polling: 'raf',
    timeout: WAIT,
  });
}
const until = (page: Page, fn: Check[0], arg: string | null) => untilAll(page, [[fn, arg]]);

/** Wall-clock time of an action and the waits for what it leads to. */
async function timed(action: () => Promise<unknown>, ...waits: (() => Promise<unknown>)[]) {
  const t0 = performance.now();
  await action();
  await Promise.all(waits.map((w) => w()));
  return performance.now() - t0;
}

/** An interaction's runs: in the page (`ms`) and as the test process saw them (`wall`). */
type Runs = { ms: number[]; wall: number[] };
const newRuns = (): Runs => ({ ms: [], wall: [] });

/**
 * Time one interaction the way its user meets it: from the input event
 * (pointerdown, keydown, input or change: its `timeStamp`) in `page` to the
 * frame in which the last page waited on shows the result (`until`'s
 * `doneAt`), both on the pages' shared clock. The wall-clock time seen from
 * the test also counts the DevTools-protocol round trips of Playwright's
 * clicks and waits, which no user waits for; it is kept beside it.
 */
async function interaction(
  runs: Runs,
  page: Page,
  action: () => Promise<unknown>,
  ...waits: (() => Promise<unknown>)[]
) {
  await page.evaluate(() => window.__bench.arm());
  waitedOn = new Set();
  let pages: Page[];
  let wall: number;
  try {
    wall = await timed(action, ...waits);
    pages = [...waitedOn];
  } finally {
    waitedOn = null;
  }
  const input = await page.evaluate(() => window.__bench.inputAt);
  const done = await Promise.all(pages.map((p) => p.evaluate(() => window.__bench.doneAt)));
  expect(input, 'the interaction sent an input event').not.toBeNull();
  runs.ms.push(Math.max(...done.map(Number)) - input!);
  runs.wall.push(wall);
}

const args = [...((base.use?.launchOptions?.args as string[] | undefined) ?? [])];
// Precise heap figures, and gc() so that the heap figure is what stays alive.
args.push('--enable-precise-memory-info', '--js-flags=--expose-gc');

async function launch(dir: string, baseURL: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args,
    baseURL,
    locale: 'fi-FI',
    timezoneId: process.env.TZ || undefined,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    // untilAll sends its checks as an expression, which the app's CSP would refuse.
    bypassCSP: true,
  });
  await context.addInitScript(() => {
    if (!localStorage.getItem('talkoot.language')) localStorage.setItem('talkoot.language', 'fi');
  });
  await context.addInitScript(benchHelpers);
  return context;
}

async function heapMib(page: Page): Promise<number> {
  return page.evaluate(() => {
    (window as unknown as { gc?: () => void }).gc?.();
    const memory = (performance as unknown as { memory: { usedJSHeapSize: number } }).memory;
    return memory.usedJSHeapSize / 1024 / 1024;
  });
}

function emitHeap(name: string, runs: number[]) {
  console.log(
    JSON.stringify({
      name,
      ms: null,
      mib: round(median(runs)),
      baselineMs: null,
      budgetMib: scale === 'federation' ? 300 : null,
      runs: runs.map(round),
    }),
  );
}

const firstPage = async (context: BrowserContext) => context.pages()[0] ?? context.newPage();

/** An empty document of the app's origin: raw IndexedDB without the app. */
const BLANK = '__bench_blank.html';
async function blankPage(context: BrowserContext, baseURL: string) {
  const page = await firstPage(context);
  await page.route(`${baseURL}${BLANK}`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }),
  );
  return page;
}

type DemoPerson = { id: string; fullName: string; deletedAt: string | null };
type DemoHour = { personId: string; date: string; deletedAt: string | null };

/** People with a name no one else has and hours this year, for the forms' pickers. */
function pickPeople(file: string): string[] {
  const data = JSON.parse(readFileSync(file, 'utf8')) as {
    tables: { people: DemoPerson[]; hours: DemoHour[] };
  };
  const { people, hours } = data.tables;
  const names = new Map<string, number>();
  for (const p of people) names.set(p.fullName, (names.get(p.fullName) ?? 0) + 1);
  const withHours = new Map<string, number>();
  for (const h of hours)
    if (!h.deletedAt && h.date >= yearStart)
      withHours.set(h.personId, (withHours.get(h.personId) ?? 0) + 1);
  return people
    .filter((p) => !p.deletedAt && names.get(p.fullName) === 1 && (withHours.get(p.id) ?? 0) > 2)
    .filter((p) => /^[\p{L} -]+$/u.test(p.fullName))
    .slice(0, 6)
    .map((p) => p.fullName);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test(`the app at ${scale} scale`, async ({ baseURL }) => {
  test.setTimeout(3_600_000);
  expect(dataFile, 'BENCH_FILE: run through `npm run bench`').not.toBe('');
  const url = baseURL!;
  const chosen = pickPeople(dataFile);
  expect(chosen.length).toBeGreaterThanOrEqual(4);
  const dirs: string[] = [];
  const newDir = () => {
    const d = mkdtempSync(join(tmpdir(), 'talkoot-bench-profile-'));
    dirs.push(d);
    return d;
  };
  const homeShown = (page: Page) =>
    until(page, () => window.__bench.figure('Vapaaehtoistunteja') !== null, null);

  try {
    // Import: restore the data file on the welcome page of a fresh profile.
    const imports: number[] = [];
    const importBase: number[] = [];
    let dir = '';
    for (let i = 0; i < RUNS; i++) {
      dir = newDir();
      const context = await launch(dir, url);
      const page = await firstPage(context);
      await page.goto('./#/');
      const chooser = page.waitForEvent('filechooser', { timeout: WAIT });
      await page.getByRole('button', { name: 'Valitse datatiedosto' }).click();
      const picker = await chooser;
      imports.push(
        await timed(
          () => picker.setFiles(dataFile),
          () => homeShown(page),
        ),
      );
      importBase.push(await page.evaluate(idbBaselines, { kind: 'import' as const }));
      await context.close();
      if (i < RUNS - 1) rmSync(dirs.pop()!, { recursive: true, force: true });
    }
    emit('import: restore the data file until the home figures show', imports, importBase);

    // Cold start: a new browser on the same profile, until the home figures show.
    const cold: number[] = [];
    const coldBase: number[] = [];
    const heap: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      let context = await launch(dir, url);
      let page = await firstPage(context);
      cold.push(
        await timed(
          () => page.goto('./#/'),
          () => homeShown(page),
        ),
      );
      heap.push(await heapMib(page));
      await context.close();
      context = await launch(dir, url);
      page = await blankPage(context, url);
      const t0 = performance.now();
      await page.goto(BLANK);
      await page.evaluate(idbBaselines, { kind: 'home' as const, from: yearStart, to: yearEnd });
      coldBase.push(performance.now() - t0);
      await context.close();
    }
    emit('cold start to interactive home figures', cold, coldBase);
    emitHeap('JS heap after load (cold start, home figures shown)', heap);

    const context = await launch(dir, url);
    const page = await firstPage(context);
    await page.goto('./#/');
    await homeShown(page);
    const nav = page.getByRole('navigation', { name: 'Päävalikko' });
    const goTo = (name: string) =>
      nav.getByRole('link', { name, exact: true }).click({ force: true });
    const titled: Check[0] = (t) => window.__bench.h1() === t && !window.__bench.loading();
    const idb = (arg: BaselineArg) => page.evaluate(idbBaselines, arg);
    // One wait for the title and the page's content together, so that the frame noted is
    // the one in which both show.
    const open = async (link: string, title: string, ready?: Check) => {
      await goTo(link);
      await untilAll(page, ready ? [[titled, title], ready] : [[titled, title]]);
    };

    // Open each page from the menu until its content (not a loader) shows.
    const membersReady: Check = [() => !!document.querySelector('tr[data-index]'), null];
    const feesReady: Check = [() => window.__bench.figure('Maksuja') !== null, null];
    const hoursReady: Check = [() => window.__bench.status('kirjausta') !== null, null];
    const homeReady: Check = [() => window.__bench.figure('Vapaaehtoistunteja') !== null, null];
    const pages: {
      link: string;
      title: string;
      ready?: Check;
      baseline?: BaselineArg;
    }[] = [
      {
        link: 'Jäsenet',
        title: 'Jäsenet ja vapaaehtoiset',
        ready: membersReady,
        baseline: { kind: 'people' },
      },
      {
        link: 'Jäsenmaksut',
        title: 'Jäsenmaksut',
        ready: feesReady,
        baseline: { kind: 'fees', year },
      },
      {
        link: 'Vapaaehtoistunnit',
        title: 'Vapaaehtoistunnit',
        ready: hoursReady,
        baseline: { kind: 'hours', from: yearStart, to: yearEnd },
      },
      { link: 'Toiminta', title: 'Toiminta' },
      { link: 'Avustukset', title: 'Avustukset' },
      { link: 'Vaikuttavuus', title: 'Vaikuttavuus' },
      { link: 'Raportit', title: 'Raportit' },
      { link: 'Asetukset', title: 'Asetukset' },
      {
        link: 'Etusivu',
        title: 'Etusivu',
        ready: homeReady,
        baseline: { kind: 'home', from: yearStart, to: yearEnd },
      },
    ];
    const opened = pages.map(() => ({ runs: newRuns(), base: [] as number[] }));
    for (let i = 0; i < RUNS; i++) {
      for (const [k, p] of pages.entries()) {
        await interaction(opened[k]!.runs, page, () => open(p.link, p.title, p.ready));
        if (p.baseline) opened[k]!.base.push(await idb(p.baseline));
      }
    }
    emitHeap('JS heap after opening every page three times', [await heapMib(page)]);
    pages.forEach((p, k) =>
      emitRuns(`open page: ${p.link}`, opened[k]!.runs, p.baseline ? opened[k]!.base : null),
    );

    // Members: one keystroke of the search until the matching rows show.
    await open('Jäsenet', 'Jäsenet ja vapaaehtoiset', membersReady);
    const search = page.getByRole('searchbox', {
      name: 'Hae nimellä, kotikunnalla tai sähköpostilla',
    });
    const matches = () => page.evaluate(() => window.__bench.status('hakua vastaavaa'));
    const settle = async (q: string) => {
      await search.fill(q);
      await until(page, () => window.__bench.status('hakua vastaavaa') !== null, null);
      await until(page, () => !!document.querySelector('tr[data-index]'), null);
    };
    await settle('mäk');
    const before = await matches();
    await search.press('i');
    await until(
      page,
      (b) => [null, b].indexOf(window.__bench.status('hakua vastaavaa')) < 0,
      before,
    );
    const expected = await matches();
    const keystroke = newRuns();
    const typed = newRuns();
    const searchBase: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await settle('mäk');
      await until(page, (b) => window.__bench.status('hakua vastaavaa') === b, before);
      await interaction(
        keystroke,
        page,
        () => page.keyboard.press('i'),
        () =>
          until(
            page,
            (e) =>
              window.__bench.status('hakua vastaavaa') === e &&
              !!document.querySelector('tr[data-index]'),
            expected,
          ),
      );
      searchBase.push(await idb({ kind: 'search', query: 'mäki' }));
      await search.fill('');
      await until(page, () => window.__bench.status('hakua vastaavaa') === null, null);
      await search.focus();
      await interaction(
        typed,
        page,
        () => page.keyboard.type('mäki'),
        () => until(page, (e) => window.__bench.status('hakua vastaavaa') === e, expected),
      );
    }
    emitRuns('search keystroke to rendered rows (members, "mäk" → "mäki")', keystroke, searchBase);
    emitRuns('members: type "mäki" until the list shows the matches', typed, searchBase);

    // Members: End key to the last row, and frame time while scrolling (kept from bench:ui).
    await search.fill('');
    await until(page, () => window.__bench.status('hakua vastaavaa') === null, null);
    const rowCount = await page
      .getByRole('table', { name: 'Jäsenet ja vapaaehtoiset' })
      .getAttribute('aria-rowcount');
    const end = newRuns();
    const frames: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await page.evaluate(() => (document.querySelector('.virtual-table')!.scrollTop = 0));
      await page.getByRole('region', { name: 'Jäsenet ja vapaaehtoiset' }).focus();
      await interaction(
        end,
        page,
        () => page.keyboard.press('End'),
        () => until(page, (n) => !!document.querySelector(`tr[aria-rowindex="${n}"]`), rowCount),
      );
      frames.push(
        await page.evaluate(async () => {
          const el = document.querySelector('.virtual-table')!;
          el.scrollTop = 0;
          const times: number[] = [];
          let last = performance.now();
          return await new Promise<number>((resolve) => {
            const step = () => {
              const now = performance.now();
              times.push(now - last);
              last = now;
              el.scrollTop += 400;
              if (times.length < 120) requestAnimationFrame(step);
              else resolve(times.sort((a, b) => a - b)[60]!);
            };
            requestAnimationFrame(step);
          });
        }),
      );
    }
    emitRuns('members: End key until the last row shows', end, null);
    emit('members: median frame time scrolling 400 px a frame', frames, null);

    // Hours list: filter by one person until the summary shows their entries.
    const personBox = page
      .getByRole('region', { name: 'Rajaa listaa' })
      .getByRole('combobox', { name: 'Henkilö' });
    const hourSummary = () => page.evaluate(() => window.__bench.status('kirjausta'));
    const filterRuns = newRuns();
    const filterBase: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const name = chosen[i]!;
      await open('Etusivu', 'Etusivu', homeReady);
      await open('Vapaaehtoistunnit', 'Vapaaehtoistunnit', hoursReady);
      const all = await hourSummary();
      await personBox.fill(name);
      const option = page.getByRole('option', { name: new RegExp(`^${escapeRe(name)}`) }).first();
      await option.waitFor();
      await interaction(
        filterRuns,
        page,
        () => option.click({ force: true }),
        () => until(page, (a) => [null, a].indexOf(window.__bench.status('kirjausta')) < 0, all),
      );
      filterBase.push(await idb({ kind: 'hoursOfPerson', name, from: yearStart, to: yearEnd }));
    }
    emitRuns('hours list filter by person until the list shows', filterRuns, filterBase);

    // Save one hour entry until the hour list and the home figures (another window) show it.
    const home = await context.newPage();
    await home.goto('./#/');
    await homeShown(home);
    await open('Etusivu', 'Etusivu', homeReady);
    await open('Vapaaehtoistunnit', 'Vapaaehtoistunnit', hoursReady);
    const form = page.getByRole('region', { name: 'Kirjaa tunnit' });
    const saveRuns = newRuns();
    const listRuns = newRuns();
    const homeRuns = newRuns();
    const otherWindow = await home.evaluate(() => document.visibilityState);
    const saveBase: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const name = chosen[3 + (i % 3)] ?? chosen[0]!;
      await form.getByRole('combobox', { name: 'Henkilö' }).fill(name);
      await page
        .getByRole('option', { name: new RegExp(`^${escapeRe(name)}`) })
        .first()
        .click();
      await form.getByLabel('Kesto').fill('1,5');
      const listBefore = await hourSummary();
      const figureBefore = await home.evaluate(() => window.__bench.figure('Vapaaehtoistunteja'));
      const save = form.getByRole('button', { name: 'Tallenna tunnit' });
      // Each window notes its own frame: the list in this one, the figures in the other.
      let listWall = 0;
      let homeWall = 0;
      const t0 = performance.now();
      await interaction(
        saveRuns,
        page,
        () => save.click({ force: true }),
        () =>
          until(
            page,
            (b) => [null, b].indexOf(window.__bench.status('kirjausta')) < 0,
            listBefore,
          ).then(() => (listWall = performance.now() - t0)),
        () =>
          until(
            home,
            (b) => [null, b].indexOf(window.__bench.figure('Vapaaehtoistunteja')) < 0,
            figureBefore,
          ).then(() => (homeWall = performance.now() - t0)),
      );
      const input = await page.evaluate(() => window.__bench.inputAt!);
      listRuns.ms.push((await page.evaluate(() => window.__bench.doneAt!)) - input);
      homeRuns.ms.push((await home.evaluate(() => window.__bench.doneAt!)) - input);
      listRuns.wall.push(listWall);
      homeRuns.wall.push(homeWall);
      saveBase.push(await idb({ kind: 'put', store: 'hours' }));
    }
    await home.close();
    emitRuns(
      'save one hour entry until the list and the home figures show it',
      saveRuns,
      saveBase,
      {
        otherWindow,
      },
    );
    emitRuns('save one hour entry: until the hour list shows it', listRuns, saveBase);
    emitRuns(
      'save one hour entry: until the home figures (other window) show it',
      homeRuns,
      saveBase,
    );

    // Fees: mark one fee paid until the paid total shows it.
    await open('Jäsenmaksut', 'Jäsenmaksut', feesReady);
    const feeRuns = newRuns();
    const feeBase: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const button = page.getByRole('button', { name: /^Merkitse maksetuksi: / }).first();
      await button.waitFor({ timeout: WAIT });
      const paid = await page.evaluate(() => window.__bench.figure('Maksettu'));
      await interaction(
        feeRuns,
        page,
        () => button.click({ force: true }),
        () => until(page, (b) => [null, b].indexOf(window.__bench.figure('Maksettu')) < 0, paid),
      );
      feeBase.push(await idb({ kind: 'put', store: 'fees' }));
    }
    emitRuns('mark one fee paid until the totals show it', feeRuns, feeBase);

    // Reports: each report's preview figures, then its PDF.
    await open('Raportit', 'Raportit');
    // `figure`: a preview figure only that report has, so a preview still showing the
    // previous report's figures under the new heading is not taken for the new one.
    const reports = [
      { label: 'Avustuksen käyttöselvitys', key: 'grant', figure: 'Käytetty' },
      { label: 'Vaikuttamistyön yhteenveto', key: 'advocacy', figure: 'Kohtaamiset' },
      { label: 'Toimintakertomus', key: 'annual', figure: 'Jäseniä lopussa' },
    ] as const;
    const reportRuns = reports.map(() => ({
      fig: newRuns(),
      base: [] as number[],
      pdf: [] as number[],
    }));
    // Start from the last report, so that every timed choice is a change of report (check()
    // does nothing on a radio already chosen, which the first one may be).
    await page.getByRole('radio', { name: reports.at(-1)!.label }).check();
    for (let i = 0; i < RUNS; i++) {
      for (const [k, r] of reports.entries()) {
        const radio = page.getByRole('radio', { name: r.label });
        await interaction(
          reportRuns[k]!.fig,
          page,
          () => radio.check({ force: true }),
          () =>
            until(
              page,
              (l) => {
                const [label, figure] = l!.split('|');
                const h = document.querySelector('#report-preview')?.textContent ?? '';
                return (
                  h.startsWith(`Esikatselu: ${label}`) && window.__bench.figure(figure!) !== null
                );
              },
              `${r.label}|${r.figure}`,
            ),
        );
        const grantName =
          r.key === 'grant'
            ? (await page.getByRole('combobox', { name: 'Avustus' }).inputValue()).split(' – ')[0]!
            : '';
        reportRuns[k]!.base.push(
          await idb(
            r.key === 'grant'
              ? { kind: 'grant', grantName }
              : { kind: r.key, from: yearStart, to: yearEnd },
          ),
        );
        const download = page.waitForEvent('download', { timeout: WAIT });
        reportRuns[k]!.pdf.push(
          await timed(
            () => page.getByRole('button', { name: 'Tallenna PDF' }).click({ force: true }),
            () => download,
          ),
        );
        await until(page, () => !document.querySelector('.mantine-Progress-root'), null);
      }
    }
    reports.forEach((r, k) => {
      emitRuns(
        `report figures: ${r.key === 'annual' ? 'annual report' : r.label}`,
        reportRuns[k]!.fig,
        reportRuns[k]!.base,
      );
      emit(`report PDF: ${r.label}`, reportRuns[k]!.pdf, null);
    });

    // Export: the whole data file from Settings.
    await open('Asetukset', 'Asetukset');
    const exportRuns: number[] = [];
    const exportBase: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const download = page.waitForEvent('download', { timeout: WAIT });
      exportRuns.push(
        await timed(
          () => page.getByRole('button', { name: 'Vie datatiedosto' }).click({ force: true }),
          () => download,
        ),
      );
      exportBase.push(await idb({ kind: 'export' }));
    }
    emit('export: the data file from Settings until downloaded', exportRuns, exportBase);
    await context.close();
  } finally {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
});
