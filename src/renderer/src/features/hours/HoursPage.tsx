import { Button, Group, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  allActivities,
  currentProfile,
  hourListPageWithNames,
  hourListTotals,
  hourListWithNames,
  liveGrants,
  livePeople,
} from '../../../../core/db';
import { formatMinutes, todayIso } from '../../../../core/format';
import { approvalTotal, hoursCsv, type HourFilter } from '../../../../core/hours';
import type { HourEntry } from '../../../../core/schemas';
import { db } from '../../db';
import { saveFile } from '../../platform';
import { AppModal } from '../../shared/AppModal';
import { notify } from '../../shared/notify';
import { PageTitle } from '../../shared/PageTitle';
import { pageWindow } from '../../shared/PagedTable';
import { useLanguage } from '../../shared/useLanguage';
import { ApproveHoursDialog, type ApprovalRequest } from './ApproveHoursDialog';
import { HourCorrectionDialog, type HourCorrectionTarget } from './HourCorrectionDialog';
import { HourEntryForm } from './HourEntryForm';
import { HourFilters } from './HourFilters';
import { HourListTable } from './HourListTable';
import { hourRowWords } from './hourRowWords';
import { SessionLogForm } from './SessionLogForm';
import { UnapproveHourDialog, type UnapproveRequest } from './UnapproveHourDialog';
import { errorReason } from '../../shared/errorReason';
import { Loading } from '../../shared/Loading';

const PAGE_SIZE = 50;

/**
 * Log hours, and the hour entries filtered, totalled and exportable. The list
 * reads only the page it shows and its totals come from the rollups, so it
 * stays quick with any number of entries; "approve all shown" and the export
 * read the whole list only when asked.
 */
export function HoursPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const people = useLiveQuery(() => livePeople(db), []);
  const activities = useLiveQuery(() => allActivities(db), []);
  const grants = useLiveQuery(() => liveGrants(db), []);
  const profile = useLiveQuery(async () => (await currentProfile(db)) ?? null, []);
  const [logging, setLogging] = useState(false);
  const [filter, setFilter] = useState<HourFilter>({});
  const [page, setPage] = useState(1);
  const [approving, setApproving] = useState<ApprovalRequest | null>(null);
  const [unapproving, setUnapproving] = useState<UnapproveRequest | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [editing, setEditing] = useState<HourCorrectionTarget | null>(null);
  const [editOpen, setEditOpen] = useState(false);
  const summaryRef = useRef<HTMLParagraphElement>(null);

  // A live query keeps its last result while it reads again for a new filter:
  // each result carries the filter it was read for, and one for another
  // filter counts as still loading.
  const totals = useLiveQuery(
    async () => ({ filter, counts: await hourListTotals(db, filter) }),
    [filter],
  );
  const counts = totals?.filter === filter ? totals.counts : undefined;
  const listed = counts ? approvalTotal(counts) : undefined;
  const shownPage = pageWindow(listed?.entries ?? 0, page, PAGE_SIZE);
  const rows = useLiveQuery(
    async () => ({
      filter,
      ...(await hourListPageWithNames(db, filter, shownPage.offset, PAGE_SIZE)),
    }),
    [filter, shownPage.offset],
  );
  const pageRows = rows?.filter === filter ? rows : undefined;

  const personOptions = useMemo(
    () =>
      (people ?? [])
        .map((p) => ({ value: p.id, label: p.fullName }))
        .sort((a, b) => a.label.localeCompare(b.label, lang)),
    [people, lang],
  );
  const activityNames = useMemo(
    () => new Map((activities ?? []).map((a) => [a.id, a.name])),
    [activities],
  );
  if (!people || !activities || !grants || profile === undefined) {
    return <Loading />;
  }
  const chairName = profile?.chairName;
  const set = (patch: HourFilter) => {
    setFilter((f) => ({ ...f, ...patch }));
    setPage(1);
  };
  const personName = (h: HourEntry) => pageRows?.people.get(h.personId) ?? t('ui.common.none');
  const describe = (h: HourEntry) => hourRowWords(h, personName(h), lang);

  const openApprove = (request: ApprovalRequest) => {
    setUnapproving(null);
    setApproving(request);
    setDialogOpen(true);
  };
  const approveShown = (c: NonNullable<typeof counts>) =>
    openApprove({
      // All shown, on every page of the table: approved in core, by the filter, in one go.
      filter,
      description: t('hourApproval.dialog.count', {
        count: c.pending,
        total: formatMinutes(c.pendingMinutes, lang),
      }),
    });
  const approveOne = (h: HourEntry) =>
    openApprove({ ids: [h.id], description: t('hourApproval.dialog.one', describe(h)) });
  const unapproveOne = (h: HourEntry) => {
    setApproving(null);
    setUnapproving({ id: h.id, ...describe(h) });
    setDialogOpen(true);
  };
  // Mantine puts the focus back on the button that opened the dialog, but with a
  // filter on, that row (or the whole list) leaves once the change is saved and
  // re-read. Watch for a moment and, if the focus falls to <body>, put it on the
  // summary line above the list.
  const afterClose = () => {
    setApproving(null);
    setUnapproving(null);
    setEditing(null);
    const started = Date.now();
    const check = () => {
      const active = document.activeElement;
      if (!active || active === document.body || !active.isConnected) {
        summaryRef.current?.focus();
      } else if (Date.now() - started < 2000) {
        window.setTimeout(check, 100);
      }
    };
    window.setTimeout(check, 0);
  };

  const openEdit = (target: HourCorrectionTarget) => {
    setEditing(target);
    setEditOpen(true);
  };

  // The whole list is read only now, when it is asked for.
  const exportCsv = async () => {
    const all = await hourListWithNames(db, filter);
    try {
      await saveFile(
        `talkoot-tunnit-${todayIso()}.csv`,
        hoursCsv(all.entries, { people: all.people, activities: activityNames }, lang),
        [{ name: 'CSV', extensions: ['csv'] }],
        'text/csv',
      );
    } catch (error) {
      // A full disk or a read-only folder: the message says which, in her language.
      notify(t, {
        color: 'red',
        autoClose: false,
        message: errorReason(error),
      });
    }
  };

  return (
    <>
      <PageTitle>{t('ui.hours.title')}</PageTitle>
      <Group mb="md">
        <Button size="md" variant="outline" onClick={() => setLogging(true)}>
          {t('ui.sessionForm.open')}
        </Button>
      </Group>
      <AppModal
        opened={logging}
        onClose={() => setLogging(false)}
        title={t('ui.sessionForm.title')}
        size="xl"
      >
        <SessionLogForm people={people} activities={activities} onDone={() => setLogging(false)} />
      </AppModal>
      <HourEntryForm people={people} activities={activities} />
      <HourCorrectionDialog
        editing={editing}
        opened={editOpen}
        people={people}
        activities={activities}
        onClose={() => setEditOpen(false)}
        onClosed={afterClose}
        onOpen={setEditing}
      />
      <HourFilters
        filter={filter}
        personOptions={personOptions}
        activities={activities}
        grants={grants}
        onChange={set}
      />

      {counts && listed ? (
        <Group justify="space-between" mb="md">
          <Text role="status" ref={summaryRef} tabIndex={-1}>
            {t('ui.hours.summary', {
              count: listed.entries,
              total: formatMinutes(listed.minutes, lang),
            })}
          </Text>
          <Group>
            <Button
              aria-haspopup="dialog"
              onClick={() => approveShown(counts)}
              disabled={counts.pending === 0}
            >
              {t('hourApproval.approveAll', { count: counts.pending })}
            </Button>
            <Button variant="default" onClick={exportCsv} disabled={listed.entries === 0}>
              {t('ui.hours.exportCsv')}
            </Button>
          </Group>
        </Group>
      ) : (
        <Loading mb="md" />
      )}
      <ApproveHoursDialog
        request={approving}
        opened={dialogOpen && approving !== null}
        chairName={chairName}
        onClose={() => setDialogOpen(false)}
        onClosed={afterClose}
      />
      <UnapproveHourDialog
        request={unapproving}
        opened={dialogOpen && unapproving !== null}
        onClose={() => setDialogOpen(false)}
        onClosed={afterClose}
      />
      {listed && pageRows && (
        <HourListTable
          rows={pageRows.entries}
          total={listed.entries}
          shownPage={shownPage}
          onPage={setPage}
          personName={personName}
          activityNames={activityNames}
          onEdit={openEdit}
          onApprove={approveOne}
          onUnapprove={unapproveOne}
        />
      )}
    </>
  );
}
