import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeSettled } from './axe';
import { TalkootApp } from './pages/TalkootApp';

test('restoring a big file shows its progress in a dialog that blocks a second restore, then the data', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const file = join(mkdtempSync(join(tmpdir(), 'talkoot-big-')), 'big.json');
  const demo = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', 'demo', '--out', file, '--scale', '1500'],
    { encoding: 'utf8' },
  );
  expect(demo.status, demo.stderr).toBe(0);

  const app = new TalkootApp(page);
  await app.open();
  await app.restoreOnWelcome(file);
  const dialog = page.getByRole('dialog', { name: 'Käsitellään tiedostoa' });
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByRole('status')).toHaveText(
    /^(Tarkistetaan|Tallennetaan) tietueita: [\d\u00a0]+ \/ [\d\u00a0]+$/,
  );
  await expect(dialog.getByRole('progressbar')).toBeVisible();
  // The picker behind it cannot start a second restore meanwhile.
  await expect(page.getByRole('button', { name: 'Valitse datatiedosto' })).toBeDisabled();
  expect((await analyzeSettled(page)).violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual(
    [],
  );
  await expect(app.heading('Etusivu')).toBeVisible({ timeout: 150_000 });
  await expect(dialog).toBeHidden();
  await expect(app.figure('Jäseniä')).not.toHaveText('0');
});
