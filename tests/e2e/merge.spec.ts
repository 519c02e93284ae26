import { atE2eNow, expect, test, e2eNow } from './fixtures';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TalkootApp } from './pages/TalkootApp';
import { re, t } from './text';

test('hours logged on another computer merge in once; the same file again changes nothing', async ({
  page,
  browser,
}) => {
  // The coordinator's computer.
  const coordinator = new TalkootApp(page);
  await coordinator.openWithDemo();
  const before = await coordinator.figureTexts([t('ui.home.volunteerHours')]);

  // A volunteer's computer logs 2 h for Åsa and exports its data file.
  const other = await atE2eNow(await browser.newContext());
  const volunteer = new TalkootApp(await other.newPage());
  await volunteer.openWithDemo();
  await volunteer.goTo(t('ui.nav.hours'));
  await volunteer.page
    .getByRole('region', { name: t('ui.hourForm.title') })
    .getByRole('combobox', { name: t('ui.hours.person') })
    .fill('Åsa');
  await volunteer.page.getByRole('option', { name: /Åsa Öhman/ }).click();
  await volunteer.page.getByLabel(t('ui.hours.duration')).fill('2');
  await volunteer.page.getByRole('button', { name: t('ui.hourForm.save') }).click();
  await expect(
    volunteer.page.getByText(re('ui.hourForm.saved', { person: /Åsa Öhman \(.*/ })),
  ).toBeVisible();
  const { text } = await volunteer.exportDataFile();
  await other.close();
  // On the volunteer's computer Åsa's phone number was also corrected later.
  const dataFile = JSON.parse(text) as {
    checksum?: unknown;
    tables: { people: Record<string, unknown>[] };
  };
  // Edited by hand below: the other computer's own file would carry its own checksum.
  delete dataFile.checksum;
  const asa = dataFile.tables.people.find((p) => p.fullName === 'Åsa Öhman')!;
  asa.phone = '040 765 4321';
  asa.updatedAt = new Date(e2eNow().getTime() + 60_000).toISOString();
  const file = join(await mkdtemp(join(tmpdir(), 'talkoot-merge-')), 'volunteer.json');
  await writeFile(file, JSON.stringify(dataFile));

  const merge = async () => {
    await coordinator.goTo(t('ui.nav.settings'));
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: t('ui.settings.mergeButton') }).click();
    await (await chooser).setFiles(file);
  };
  await merge();
  // First it says what it will do, and asks.
  const dialog = page.getByRole('dialog', { name: t('ui.settings.mergeConfirmTitle') });
  await expect(dialog).toContainText(re('ui.settings.mergeWillDo', { added: 1, updated: 1 }));
  await expect(dialog).toContainText('Järvilinnan Sydänyhdistys ry');
  await dialog.getByRole('button', { name: t('ui.settings.mergeConfirmButton') }).click();
  await expect(
    page.getByRole('status').filter({ hasText: t('ui.settings.merged', { added: 1, updated: 1 }) }),
  ).toBeVisible();
  // The record that differs is listed by what it is, with the version kept.
  await expect(
    page
      .getByRole('status')
      .getByRole('listitem')
      .filter({ hasText: `${t('dataFile.tables.people')}: Åsa Öhman` }),
  ).toHaveText(
    t('dataFile.conflict', {
      table: t('dataFile.tables.people'),
      record: 'Åsa Öhman',
      kept: t('dataFile.kept.incoming'),
    }),
  );
  await coordinator.goTo(t('ui.nav.home'));
  const hours = (s: string) => Number(s.split('\u00a0h')[0]!.replace(/\u00a0/g, ''));
  // The page may show the figures from just before the merge for a moment: wait for the new ones.
  await expect
    .poll(
      async () =>
        hours(
          (await coordinator.figureTexts([t('ui.home.volunteerHours')]))[
            t('ui.home.volunteerHours')
          ]!,
        ) - hours(before[t('ui.home.volunteerHours')]!),
    )
    .toBe(2);
  const after = await coordinator.figureTexts([t('ui.home.volunteerHours')]);

  await merge();
  await expect(
    page.getByRole('status').filter({ hasText: t('ui.settings.mergeNothing') }),
  ).toBeVisible();
  await coordinator.goTo(t('ui.nav.home'));
  expect(await coordinator.figureTexts([t('ui.home.volunteerHours')])).toEqual(after);
});

test('a merge can be undone from its notification, and a file of another association is named as such', async ({
  page,
}) => {
  const app = new TalkootApp(page);
  await app.openWithDemo();
  const before = await app.figureTexts([t('ui.home.members'), t('ui.home.volunteerHours')]);
  const { text } = await app.exportDataFile();
  // Another association's file: its own business ID and one more member.
  const other = JSON.parse(text) as {
    checksum?: unknown;
    tables: { profile: Record<string, unknown>[]; people: Record<string, unknown>[] };
  };
  delete other.checksum;
  other.tables.profile[0]!.businessId = '0112038-9';
  other.tables.people.push({
    ...other.tables.people.find((p) => p.membership === 'regular' && !p.leftOn && !p.deletedAt)!,
    id: crypto.randomUUID(),
    fullName: 'Uusi Jäsen',
  });
  const file = join(await mkdtemp(join(tmpdir(), 'talkoot-merge-')), 'other.json');
  await writeFile(file, JSON.stringify(other));

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: t('ui.settings.mergeButton') }).click();
  await (await chooser).setFiles(file);
  const dialog = page.getByRole('dialog', { name: t('ui.settings.mergeConfirmTitle') });
  await expect(dialog.getByText(t('ui.settings.mergeOtherTitle'))).toBeVisible();
  await expect(dialog).toContainText(re('ui.settings.mergeOtherText', { theirs: '0112038-9' }));
  await dialog.getByRole('button', { name: t('ui.settings.mergeConfirmButton') }).click();
  await page.getByRole('button', { name: t('ui.settings.mergeUndo') }).click();
  await expect(
    page.getByRole('status').filter({ hasText: t('ui.settings.mergeUndone') }),
  ).toBeVisible();
  await app.goTo(t('ui.nav.home'));
  await expect
    .poll(() => app.figureTexts([t('ui.home.members'), t('ui.home.volunteerHours')]))
    .toEqual(before);
  await app.goTo(t('ui.nav.members'));
  await page.getByRole('searchbox', { name: t('ui.members.search') }).fill('Uusi Jäsen');
  await expect(page.getByRole('status').filter({ hasText: /^0 hakua vastaavaa/ })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Uusi Jäsen' })).toHaveCount(0);
});
