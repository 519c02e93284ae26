import { expect, test, type Page } from './fixtures';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeSettled } from './axe';
import { TalkootApp } from './pages/TalkootApp';
import { re, t } from './text';

/** A phase's status line, its figures grouped with no-break spaces ("12\u00a0345 / 20\u00a0000"). */
const figure = /[\d\u00a0]+/;
const checking = re('progress.validating', { done: figure, total: figure }, { exact: true });
const writing = re('progress.writing', { done: figure, total: figure }, { exact: true });
const exporting = re('progress.exporting', { done: figure, total: figure }, { exact: true });
const comparing = re('progress.comparing', { done: figure, total: figure }, { exact: true });
const checkingMerge = re(
  'progress.checkingMerge',
  { done: figure, total: figure },
  { exact: true },
);

// One big file for the restores, and one of other records for the merge: made once, by
// the CLI, like a user's years of records.
let file = '';
let otherFile = '';
test.beforeAll(() => {
  const folder = mkdtempSync(join(tmpdir(), 'talkoot-big-'));
  file = join(folder, 'big.json');
  otherFile = join(folder, 'other.json');
  for (const [out, seed] of [
    [file, '1'],
    [otherFile, '7'],
  ]) {
    const demo = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/main.ts',
        'demo',
        '--out',
        out!,
        '--scale',
        '1500',
        '--seed',
        seed!,
      ],
      { encoding: 'utf8' },
    );
    expect(demo.status, demo.stderr).toBe(0);
  }
});

/**
 * Every text the progress dialog's status line shows from now on, each with the
 * buttons named `guarded` that were enabled at that moment: read in the page
 * as it happens, since a fast machine finishes a phase before a test could look.
 */
async function recordStatusTexts(page: Page, guarded: string[] = []) {
  await page.evaluate((names) => {
    const seen: { text: string; enabled: string[] }[] = [];
    (window as unknown as { statusTexts: typeof seen }).statusTexts = seen;
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[role="dialog"] [role="status"]')) {
        const text = el.textContent ?? '';
        if (!text || seen.at(-1)?.text === text) continue;
        const enabled = [...document.querySelectorAll('button')]
          .filter((b) => names.includes(b.textContent?.trim() ?? '') && !b.disabled)
          .map((b) => b.textContent!.trim());
        seen.push({ text, enabled });
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, guarded);
}

const statusTexts = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { statusTexts: { text: string; enabled: string[] }[] }).statusTexts,
  );

/** Every button that starts a file job in Settings: none may be pressed while one runs. */
const settingsFileButtons = () => [
  t('ui.settings.exportButton'),
  t('ui.welcome.restoreButton'),
  t('ui.settings.mergeButton'),
];

/**
 * Open the demo's Settings, record the status texts from now on, and pick `path`
 * with the button named `button`. Returns the buttons that start a file job.
 */
async function pickInSettings(page: Page, button: string, path: string): Promise<string[]> {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  await app.goTo(t('ui.nav.settings'));
  const guarded = settingsFileButtons();
  await recordStatusTexts(page, guarded);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button, exact: true }).click();
  await (await chooser).setFiles(path);
  return guarded;
}

/** "Tarkistetaan tietueita: 5 000 / 61 234" → [5000, 61234]. */
function counts(text: string): [number, number] {
  const [done, total] = text
    .split(':')[1]!
    .split('/')
    .map((n) => Number(n.replace(/\D/g, '')));
  return [done!, total!];
}

test('restoring a big file shows its progress in a dialog that blocks a second restore, then the data', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const app = new TalkootApp(page);
  await app.open();
  // Nothing behind the dialog can start a second restore, or the demo, meanwhile.
  await recordStatusTexts(page, [
    t('ui.welcome.restoreButton'),
    t('ui.welcome.demoButton'),
    t('ui.welcome.createButton'),
  ]);
  await app.restoreOnWelcome(file);
  const dialog = page.getByRole('dialog', { name: t('progress.title') });
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByRole('status')).toHaveText(
    new RegExp(`${checking.source}|${writing.source}`),
  );
  await expect(dialog.getByRole('progressbar')).toBeVisible();
  await expect(page.getByRole('button', { name: t('ui.welcome.restoreButton') })).toBeDisabled();
  expect((await analyzeSettled(page)).violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual(
    [],
  );
  await expect(app.heading(t('ui.home.title'))).toBeVisible({ timeout: 150_000 });
  await expect(dialog).toBeHidden();
  await expect(app.figure(t('ui.home.members'))).not.toHaveText('0');
  const seen = await statusTexts(page);
  for (const { text, enabled } of seen) expect(enabled, text).toEqual([]);
  // Both counted phases were shown, each with the file's number of records.
  const texts = seen.map((s) => s.text);
  const checked = texts.filter((s) => checking.test(s));
  const written = texts.filter((s) => writing.test(s));
  expect(checked.length, texts.join(' | ')).toBeGreaterThan(0);
  expect(written.length, texts.join(' | ')).toBeGreaterThan(0);
  expect(counts(checked.at(-1)!)[1]).toBeGreaterThan(10_000);
  expect(counts(written.at(-1)!)[1]).toBe(counts(checked.at(-1)!)[1]);
});

test('in Settings a big restore backs up, counts what it checks and writes, and nothing else can start meanwhile', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const guarded = await pickInSettings(page, t('ui.welcome.restoreButton'), file);
  const dialog = page.getByRole('dialog', { name: t('progress.title') });
  // Settings keeps a data-file worker started, so the file may be checked before the
  // progress dialog's delay is over: its counts are checked below when it showed.
  const confirm = page.getByRole('dialog', { name: t('ui.welcome.demoReplaceTitle') });
  await expect(confirm).toBeVisible({ timeout: 60_000 });
  const backup = page.waitForEvent('download');
  await confirm.getByRole('button', { name: t('ui.settings.importConfirmButton') }).click();
  expect((await backup).suggestedFilename()).toMatch(/^Talkoot-varmuuskopio-/);
  // The backup is made inside the restore's job, whose dialog shows only once the job
  // has run for a moment: wait for the job to end (its buttons enabled again), not
  // for the dialog to be hidden, which it also is in that first moment.
  await expect(page.getByRole('button', { name: t('ui.settings.exportButton') })).toBeEnabled({
    timeout: 150_000,
  });
  await expect(dialog).toBeHidden();

  const seen = await statusTexts(page);
  // While any phase was shown, none of the buttons that start a file job could be pressed.
  for (const { text, enabled } of seen) expect(enabled, text).toEqual([]);
  const texts = seen.map((s) => s.text);
  const checked = texts.filter((s) => checking.test(s));
  const written = texts.filter((s) => writing.test(s));
  // Writing the records takes seconds: its dialog showed, counting up to all of them.
  expect(written.length, texts.join(' | ')).toBeGreaterThan(0);
  expect(counts(written.at(-1)!)[1]).toBeGreaterThan(10_000);
  for (const text of checked) expect(counts(text)[1], text).toBe(counts(written.at(-1)!)[1]);

  // Exporting the big data is a file job too: its dialog (shown once it has run for a
  // moment, so on a fast machine perhaps not at all) counts the records written, up to
  // all of them, and no restore or merge can start meanwhile.
  await recordStatusTexts(page, guarded);
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: t('ui.settings.exportButton') }).click();
  expect((await exported).suggestedFilename()).toMatch(/\.json$/);
  await expect(page.getByRole('button', { name: t('ui.settings.exportButton') })).toBeEnabled();
  await expect(dialog).toBeHidden();
  const exportSeen = await statusTexts(page);
  for (const { text, enabled } of exportSeen) expect(enabled, text).toEqual([]);
  for (const text of exportSeen.map((s) => s.text).filter((s) => exporting.test(s))) {
    const [done, total] = counts(text);
    expect(done, text).toBeLessThanOrEqual(total);
    expect(total, text).toBeGreaterThanOrEqual(counts(written.at(-1)!)[1]);
  }
});

test('merging a big file counts what it checks, compares and writes, off the window, and nothing else can start meanwhile', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const guarded = await pickInSettings(page, t('ui.settings.mergeButton'), otherFile);
  const confirm = page.getByRole('dialog', { name: t('ui.settings.mergeConfirmTitle') });
  await expect(confirm).toBeVisible({ timeout: 120_000 });
  const planned = await statusTexts(page);
  for (const { text, enabled } of planned) expect(enabled, text).toEqual([]);
  const texts = planned.map((s) => s.text);
  // The file is checked, this computer's data read and the merged whole checked in the
  // worker: the last two phases showed, each counted up to all of its records.
  const compared = texts.filter((s) => comparing.test(s));
  const checkedMerge = texts.filter((s) => checkingMerge.test(s));
  expect(compared.length, texts.join(' | ')).toBeGreaterThan(0);
  expect(checkedMerge.length, texts.join(' | ')).toBeGreaterThan(0);
  const [mergedDone, mergedTotal] = counts(checkedMerge.at(-1)!);
  expect(mergedDone).toBe(mergedTotal);
  expect(mergedTotal).toBeGreaterThan(counts(compared.at(-1)!)[1]);

  await recordStatusTexts(page, guarded);
  const backup = page.waitForEvent('download');
  await confirm.getByRole('button', { name: t('ui.settings.mergeConfirmButton') }).click();
  expect((await backup).suggestedFilename()).toMatch(/^Talkoot-varmuuskopio-/);
  await expect(page.getByText(t('ui.settings.mergeDone'))).toBeVisible({ timeout: 150_000 });
  const written = (await statusTexts(page)).filter((s) => writing.test(s.text));
  for (const { text, enabled } of written) expect(enabled, text).toEqual([]);
  expect(written.length).toBeGreaterThan(0);
  expect(counts(written.at(-1)!.text)[1]).toBeGreaterThan(10_000);
  // Every record of the other file was new here, and is counted as added.
  const summary = page.getByText(re('ui.settings.merged', { added: figure, updated: figure }));
  await expect(summary).toBeVisible();
  const added = Number((await summary.textContent())!.split(':')[1]!.replace(/\D/g, ''));
  expect(added).toBe(counts(written.at(-1)!.text)[1]);
});
