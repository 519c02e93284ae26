import { expect, test, e2eNow } from './fixtures';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeSettled } from './axe';
import { localToday } from './figures';
import { TalkootApp } from './pages/TalkootApp';
import { re, t } from './text';

/** `today` moved by `days` (local calendar days), as YYYY-MM-DD. */
function shifted(today: string, days: number): string {
  const [y, m, d] = today.split('-').map(Number);
  const date = new Date(y!, m! - 1, d! + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

test('the home page lists grant deadlines, marks the overdue one, and saves them as a calendar file', async ({
  page,
}) => {
  const today = localToday();
  const stamp = e2eNow().toISOString();
  const base = { createdAt: stamp, updatedAt: stamp, deletedAt: null };
  const funderId = '6b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8';
  const soonId = '1a2b3c4d-5e6f-4a70-8b81-92a3b4c5d6e7';
  const lateId = '2b3c4d5e-6f70-4a81-9c92-a3b4c5d6e7f8';
  const file = join(mkdtempSync(join(tmpdir(), 'talkoot-deadlines-')), 'deadlines.json');
  writeFileSync(
    file,
    JSON.stringify({
      format: 'talkoot',
      formatVersion: 2,
      exportedAt: stamp,
      generator: 'deadlines.spec',
      tables: {
        profile: [
          {
            ...base,
            id: '0f1e2d3c-4b5a-4968-8776-655443322110',
            name: 'Määräaikayhdistys ry',
            homeMunicipality: 'Tampere',
          },
        ],
        funders: [{ ...base, id: funderId, name: 'Tampereen kaupunki', type: 'municipality' }],
        grants: [
          {
            ...base,
            id: soonId,
            funderId,
            name: 'Kerhoavustus',
            status: 'granted',
            grantedCents: 150000,
            reportDue: shifted(today, 10),
          },
          {
            ...base,
            id: lateId,
            funderId,
            name: 'Toiminta-avustus',
            status: 'granted',
            grantedCents: 500000,
            reportDue: shifted(today, -5),
          },
        ],
      },
    }),
  );

  const app = new TalkootApp(page);
  await app.open();
  await app.restoreOnWelcome(file);
  await expect(app.heading(t('ui.home.title'))).toBeVisible({ timeout: 30_000 });

  const section = page.getByRole('region', { name: t('deadlines.heading') });
  const soon = section.getByRole('link', { name: 'Käyttöselvitys: Kerhoavustus' });
  const late = section.getByRole('link', { name: 'Käyttöselvitys: Toiminta-avustus' });
  await expect(soon).toHaveAttribute('href', `#/grants/${soonId}`);
  await expect(late).toHaveAttribute('href', `#/grants/${lateId}`);
  // The overdue one says so in words, and comes first.
  const items = section.getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('Toiminta-avustus');
  await expect(items.nth(0)).toContainText(t('deadlines.overdue', { count: 5 }));
  await expect(items.nth(1)).toContainText(t('deadlines.daysLeft', { count: 10 }));
  await expect(items.nth(1)).not.toContainText(re('deadlines.overdue', { count: /\d+/ }));

  expect((await analyzeSettled(page)).violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual(
    [],
  );

  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: t('deadlines.addToCalendar') }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/\.ics$/);
  const ics = readFileSync(await saved.path(), 'utf8').replace(/\r\n[ \t]/g, '');
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  expect(ics).toContain('SUMMARY:Käyttöselvitys: Kerhoavustus');
  expect(ics).toContain('SUMMARY:Käyttöselvitys: Toiminta-avustus');
  expect(ics).toContain(`UID:${soonId}-reportDue@talkoot`);
  expect(ics).toContain(`DTSTART;VALUE=DATE:${shifted(today, 10).replaceAll('-', '')}`);
  expect(ics).toContain(`DTSTART;VALUE=DATE:${shifted(today, -5).replaceAll('-', '')}`);
});
