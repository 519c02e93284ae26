import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TalkootApp } from '../e2e/pages/TalkootApp';

const figure = (label: string, value: string) => console.log(`${label.padEnd(44)}  ${value}`);

test('the Members page with 10 000 people', async ({ page }) => {
  const file = join(mkdtempSync(join(tmpdir(), 'talkoot-bench-')), 'big.json');
  const demo = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', 'demo', '--out', file, '--scale', '10000'],
    { encoding: 'utf8' },
  );
  expect(demo.status, demo.stderr).toBe(0);
  const app = new TalkootApp(page);
  await app.open();
  const t0 = Date.now();
  await app.restoreOnWelcome(file);
  await expect(app.heading('Etusivu')).toBeVisible({ timeout: 300_000 });
  figure('restore the data file (97 MiB)', `${Date.now() - t0} ms`);
  const t1 = Date.now();
  await app.goTo('Jäsenet');
  const table = page.getByRole('table', { name: 'Jäsenet ja vapaaehtoiset' });
  await expect(table).toBeVisible({ timeout: 120_000 });
  figure('open the Members page', `${Date.now() - t1} ms`);
  await expect(table).toHaveAttribute('aria-rowcount', '10001');
  figure('rows in the page (of 10 000)', String(await table.locator('tr[data-index]').count()));
  const search = page.getByRole('searchbox', {
    name: 'Hae nimellä, kotikunnalla tai sähköpostilla',
  });
  const t2 = Date.now();
  await search.pressSequentially('mäki', { delay: 0 });
  await expect(page.getByRole('status').filter({ hasText: /hakua vastaavaa/ })).toBeVisible();
  figure('type "mäki" until the list shows the matches', `${Date.now() - t2} ms`);
  const region = page.getByRole('region', { name: 'Jäsenet ja vapaaehtoiset' });
  await search.fill('');
  await expect(table).toHaveAttribute('aria-rowcount', '10001', { timeout: 30_000 });
  await region.focus();
  const t3 = Date.now();
  await page.keyboard.press('End');
  await expect(table.locator('tr[aria-rowindex="10001"]')).toBeVisible();
  figure('End: the last of 10 000 people in view', `${Date.now() - t3} ms`);
  const frames = await page.evaluate(async () => {
    const el = document.querySelector('.virtual-table')!;
    el.scrollTop = 0;
    let n = 0;
    const times: number[] = [];
    let last = performance.now();
    return await new Promise<string>((resolve) => {
      const step = () => {
        const now = performance.now();
        times.push(now - last);
        last = now;
        el.scrollTop += 400;
        n++;
        if (n < 120) requestAnimationFrame(step);
        else {
          times.sort((a, b) => a - b);
          resolve(`median ${times[60]!.toFixed(1)} ms, p95 ${times[114]!.toFixed(1)} ms`);
        }
      };
      requestAnimationFrame(step);
    });
  });
  figure('frame time while scrolling 400 px a frame', frames);
  const heap = await page.evaluate(
    () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize,
  );
  figure('JS heap of the page', `${Math.round(heap / 1024 / 1024)} MiB`);
});
