import { atE2eNow, expect, test, type Page } from './fixtures';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { analyzeSettled } from './axe';
import { demoDataFile } from './demoFile';
import { TalkootApp } from './pages/TalkootApp';
import { re, t } from './text';

/** Save the shown year's summary from the Network page; returns the file's text. */
async function shareSummary(page: Page): Promise<string> {
  const share = page.getByRole('region', { name: t('network.page.share.title') });
  await expect(share.getByRole('region', { name: t('network.page.share.contents') })).toContainText(
    '"format": "talkoot-summary"',
  );
  const download = page.waitForEvent('download');
  await share.getByRole('button', { name: t('network.page.share.save') }).click();
  return readFile(await (await download).path(), 'utf8');
}

test('two associations share summaries, a coordinator combines them and makes the regional PDF', async ({
  page,
  browser,
  baseURL,
}) => {
  // The first association: the demo.
  const app = new TalkootApp(page);
  await app.openWithDemo();
  await app.goTo(t('ui.nav.network'));
  await expect(app.heading(t('network.page.title'))).toBeVisible();
  // One consented quote shared: it goes into the file, as the contents box shows.
  const share = page.getByRole('region', { name: t('network.page.share.title') });
  const contents = share.getByRole('region', { name: t('network.page.share.contents') });
  await expect(contents).toContainText('"quotes": []');
  await share.getByRole('checkbox').first().check();
  await expect(contents).not.toContainText('"quotes": []');
  const first = await shareSummary(page);
  expect((JSON.parse(first) as { quotes: unknown[] }).quotes).toHaveLength(1);
  const firstFile = JSON.parse(first) as { association: { name: string }; year: number };
  // Figures only: nobody's name travels in the file.
  expect(first).not.toContain('Marjatta Virtanen');

  // The second association: its own data file, in a browser profile of its own.
  const file = demoDataFile({
    scale: 40,
    seed: 9,
    edit: (tables) => {
      Object.assign(tables.profile![0] as object, {
        name: 'Nokian Muistiyhdistys ry',
        businessId: '1234567-1',
        homeMunicipality: 'Nokia',
      });
    },
  });
  const other = await atE2eNow(await browser.newContext({ baseURL }));
  const otherPage = await other.newPage();
  const otherApp = new TalkootApp(otherPage);
  await otherApp.open();
  await otherApp.restoreOnWelcome(file.path);
  await expect(otherApp.heading(t('ui.home.title'))).toBeVisible({ timeout: 30_000 });
  await otherApp.goTo(t('ui.nav.network'));
  const second = await shareSummary(otherPage);
  await other.close();

  // The coordinator: both summaries, and by mistake the whole data file.
  const combine = page.getByRole('region', { name: t('network.page.combine.title') });
  const chooser = page.waitForEvent('filechooser');
  await combine.getByRole('button', { name: t('network.page.combine.pick') }).click();
  await (
    await chooser
  ).setFiles([
    { name: 'demo.json', mimeType: 'application/json', buffer: Buffer.from(first) },
    { name: 'nokia.json', mimeType: 'application/json', buffer: Buffer.from(second) },
    { name: 'koko-data.json', mimeType: 'application/json', buffer: Buffer.from(file.text) },
  ]);
  await expect(combine.getByRole('alert')).toContainText(
    re('network.errors.fullDataFile', { file: 'koko-data.json' }),
  );
  const received = combine.getByRole('table', { name: t('network.page.combine.received') });
  await expect(
    received.getByRole('row', { name: new RegExp(firstFile.association.name) }),
  ).toContainText(t('network.page.combine.included'));
  await expect(received.getByRole('row', { name: /Nokian Muistiyhdistys ry/ })).toContainText(
    t('network.page.combine.included'),
  );
  const totals = combine.getByRole('table', { name: t('network.pdf.byMunicipality') });
  await expect(totals.getByRole('row', { name: /^Nokia/ })).toBeVisible();
  await expect(
    totals.getByRole('row', { name: new RegExp(`^${t('network.page.combine.totals')}`) }),
  ).toContainText(new RegExp(`^${t('network.page.combine.totals')}\\s*2`));

  await expect(combine.getByRole('table', { name: t('network.pdf.byType') })).toContainText(
    t('ui.activities.types.peerSupportGroup'),
  );
  const results = await analyzeSettled(page);
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);

  await combine
    .getByLabel(t('network.page.combine.networkName'))
    .fill('Pirkanmaan yhdistysverkosto');
  const download = page.waitForEvent('download');
  await combine.getByRole('button', { name: t('network.page.combine.savePdf') }).click();
  const pdf = await (await download).path();
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], {
    encoding: 'utf8',
  });
  expect(text).toContain(t('network.pdf.title', { year: firstFile.year }));
  expect(text).toContain('Pirkanmaan yhdistysverkosto');
  expect(text).toContain('Nokian Muistiyhdistys ry');
  expect(text).toContain(firstFile.association.name);
});
