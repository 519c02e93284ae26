import { Button, Card, Group, Loader, Select, SimpleGrid, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { notifications } from '@mantine/notifications';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  allActivities,
  currentProfile,
  hourEntryForEdit,
  hourListPageWithNames,
  hourListTotals,
  hourListWithNames,
  liveGrants,
  livePeople,
  restoreHourEntry,
  restoreSession,
  sessionForEdit,
  trashHourEntry,
  trashSession,
} from '../../../../core/db';
import { formatDate, formatMinutes, todayIso } from '../../../../core/format';
import {
  approvalFilters,
  approvalTotal,
  approvedOn,
  hoursCsv,
  type ApprovalFilter,
  type HourFilter,
} from '../../../../core/hours';
import {
  hourKinds,
  isCalendarDate,
  type HourEntry,
  type HourKind,
  type Session,
} from '../../../../core/schemas';
import { db } from '../../db';
import { saveFile } from '../../platform';
import { AppModal } from '../../shared/AppModal';
import { notify, notifyWithUndo } from '../../shared/notify';
import { PageTitle } from '../../shared/PageTitle';
import { TablePage, pageWindow } from '../../shared/PagedTable';
import { useLanguage } from '../../shared/useLanguage';
import { DateField } from '../../shared/DateField';
import { ApproveHoursDialog, type ApprovalRequest } from './ApproveHoursDialog';
import { HourEditForm } from './HourEditForm';
import { HourEntryForm } from './HourEntryForm';
import { SessionLogForm } from './SessionLogForm';
import { UnapproveHourDialog, type UnapproveRequest } from './UnapproveHourDialog';
import { errorReason } from '../../shared/errorReason';

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
  // The entry or meeting open for correction; read live, so a change made
  // elsewhere (or its trashing) shows in the dialog.
  const [editing, setEditing] = useState<{ entryId?: string; sessionId?: string } | null>(null);
  const [editOpen, setEditOpen] = useState(false);
  const editedEntry = useLiveQuery(
    async () => ({
      id: editing?.entryId,
      found: editing?.entryId ? await hourEntryForEdit(db, editing.entryId) : null,
    }),
    [editing?.entryId],
  );
  const editedSession = useLiveQuery(
    async () => ({
      id: editing?.sessionId,
      found: editing?.sessionId ? await sessionForEdit(db, editing.sessionId) : null,
    }),
    [editing?.sessionId],
  );
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

  const byName = <T extends { label: string }>(a: T, b: T) => a.label.localeCompare(b.label, lang);
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
    return <Loader aria-label={t('ui.common.loading')} />;
  }
  const chairName = profile?.chairName;
  const set = (patch: HourFilter) => {
    setFilter((f) => ({ ...f, ...patch }));
    setPage(1);
  };
  const personName = (h: HourEntry) => pageRows?.people.get(h.personId) ?? t('ui.common.none');

  const describe = (h: HourEntry) => ({
    person: personName(h),
    date: formatDate(h.date, lang),
    duration: formatMinutes(h.minutes, lang),
  });
  const approvalText = (h: HourEntry) => {
    if (!h.approved && h.changedAfterApprovalBy && h.changedAfterApprovalAt)
      return t('hourEdit.changedAfterApproval', {
        date: formatDate(todayIso(new Date(h.changedAfterApprovalAt)), lang),
        name: h.changedAfterApprovalBy,
      });
    if (!h.approved) return t('hourApproval.pending');
    const on = approvedOn(h);
    return on && h.approvedBy
      ? t('hourApproval.approvedByOn', { date: formatDate(on, lang), name: h.approvedBy })
      : t('hourApproval.approvedUnknown');
  };
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

  const openEdit = (target: { entryId?: string; sessionId?: string }) => {
    setEditing(target);
    setEditOpen(true);
  };
  const trashEntry = async (h: HourEntry) => {
    const words = {
      person: personName(h),
      date: formatDate(h.date, lang),
      duration: formatMinutes(h.minutes, lang),
    };
    await trashHourEntry(db, h.id);
    setEditOpen(false);
    notifyWithUndo(t, {
      color: 'orange',
      message: t('hourEdit.entry.trashed', words),
      undoLabel: t('hourEdit.entry.undo'),
      onUndo: async (id) => {
        await restoreHourEntry(db, h.id);
        notifications.hide(id);
        notify(t, { color: 'teal', message: t('hourEdit.entry.restored', words) });
      },
    });
  };
  const trashMeeting = async (session: Session) => {
    const date = formatDate(session.date, lang);
    const { entries } = await trashSession(db, session.id);
    setEditOpen(false);
    notifyWithUndo(t, {
      color: 'orange',
      message: t('hourEdit.session.trashed', { count: entries, date }),
      undoLabel: t('hourEdit.entry.undo'),
      onUndo: async (id) => {
        await restoreSession(db, session.id);
        notifications.hide(id);
        notify(t, { color: 'teal', message: t('hourEdit.session.restored', { date }) });
      },
    });
  };
  const entryEdit =
    editing?.entryId && editedEntry?.id === editing.entryId ? editedEntry : undefined;
  const sessionEdit =
    editing?.sessionId && editedSession?.id === editing.sessionId ? editedSession : undefined;

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
      <AppModal
        opened={editOpen}
        onClose={() => setEditOpen(false)}
        onClosed={afterClose}
        title={t(editing?.sessionId ? 'hourEdit.session.title' : 'hourEdit.entry.title')}
        size="xl"
      >
        {editing?.entryId &&
          entryEdit &&
          (entryEdit.found ? (
            <HourEditForm
              key={entryEdit.found.entry.id}
              entry={entryEdit.found.entry}
              personName={entryEdit.found.person ?? t('ui.common.none')}
              people={people}
              activities={activities}
              onClose={() => setEditOpen(false)}
              onTrash={(h) => void trashEntry(h)}
              onOpenSession={(sessionId) => setEditing({ sessionId })}
            />
          ) : (
            <Text>{t('hourEdit.entry.gone')}</Text>
          ))}
        {editing?.sessionId &&
          sessionEdit &&
          (sessionEdit.found ? (
            <SessionLogForm
              key={sessionEdit.found.session.id}
              people={people}
              activities={activities}
              editing={sessionEdit.found}
              onDone={() => setEditOpen(false)}
              onTrash={(session) => void trashMeeting(session)}
            />
          ) : (
            <Text>{t('hourEdit.session.gone')}</Text>
          ))}
      </AppModal>

      <Card withBorder padding="lg" component="section" aria-labelledby="hour-filters" mb="md">
        <Title order={2} size="h3" id="hour-filters" mb="sm">
          {t('ui.hours.filters')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          <Select
            label={t('ui.hours.person')}
            placeholder={t('ui.hours.any')}
            searchable
            clearable
            limit={50}
            data={personOptions}
            value={filter.personId ?? null}
            onChange={(v) => set({ personId: v })}
          />
          <Select
            label={t('ui.hours.activity')}
            placeholder={t('ui.hours.any')}
            clearable
            data={activities
              .filter((a) => !a.deletedAt)
              .map((a) => ({ value: a.id, label: a.name }))
              .sort(byName)}
            value={filter.activityId ?? null}
            onChange={(v) => set({ activityId: v })}
          />
          <Select
            label={t('ui.hours.kind')}
            placeholder={t('ui.hours.any')}
            clearable
            data={hourKinds.map((k) => ({ value: k, label: t(`ui.hours.kinds.${k}`) }))}
            value={filter.kind ?? null}
            onChange={(v) => set({ kind: v as HourKind | null })}
          />
          <Select
            label={t('ui.hours.grant')}
            placeholder={t('ui.hours.any')}
            clearable
            data={grants.map((g) => ({ value: g.id, label: g.name })).sort(byName)}
            value={filter.grantId ?? null}
            onChange={(v) => set({ grantId: v })}
          />
          <DateField
            label={t('ui.hours.from')}
            value={filter.from ?? ''}
            onChange={(v) => set({ from: isCalendarDate(v) ? v : null })}
          />
          <DateField
            label={t('ui.hours.to')}
            value={filter.to ?? ''}
            onChange={(v) => set({ to: isCalendarDate(v) ? v : null })}
          />
          <Select
            label={t('hourApproval.filter.label')}
            placeholder={t('hourApproval.filter.any')}
            clearable
            data={approvalFilters.map((f) => ({ value: f, label: t(`hourApproval.filter.${f}`) }))}
            value={filter.approval ?? null}
            onChange={(v) => set({ approval: v as ApprovalFilter | null })}
          />
        </SimpleGrid>
      </Card>

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
        <Loader aria-label={t('ui.common.loading')} mb="md" />
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
        <TablePage
          caption={t('ui.hours.title')}
          rows={pageRows.entries}
          total={listed.entries}
          page={shownPage.page}
          pages={shownPage.pages}
          onPage={setPage}
          rowKey={(h) => h.id}
          columns={[
            { key: 'date', header: t('ui.hours.date'), cell: (h) => formatDate(h.date, lang) },
            {
              key: 'person',
              header: t('ui.hours.person'),
              cell: personName,
            },
            {
              key: 'activity',
              header: t('ui.hours.activity'),
              cell: (h) =>
                (h.activityId ? activityNames.get(h.activityId) : undefined) ?? t('ui.common.none'),
            },
            { key: 'kind', header: t('ui.hours.kind'), cell: (h) => t(`ui.hours.kinds.${h.kind}`) },
            {
              key: 'duration',
              header: t('ui.hours.duration'),
              numeric: true,
              cell: (h) => formatMinutes(h.minutes, lang),
            },
            {
              key: 'edit',
              header: t('hourEdit.column'),
              cell: (h) => (
                <Group gap={4}>
                  <Button
                    size="sm"
                    variant="default"
                    aria-haspopup="dialog"
                    aria-label={t('hourEdit.editRowLabel', describe(h))}
                    onClick={() => openEdit({ entryId: h.id })}
                  >
                    {t('hourEdit.editRow')}
                  </Button>
                  {h.sessionId && (
                    <Button
                      size="sm"
                      variant="subtle"
                      aria-haspopup="dialog"
                      aria-label={t('hourEdit.sessionRowLabel', describe(h))}
                      onClick={() => openEdit({ sessionId: h.sessionId })}
                    >
                      {t('hourEdit.sessionRow')}
                    </Button>
                  )}
                </Group>
              ),
            },
            {
              key: 'approved',
              header: t('hourApproval.column'),
              cell: (h) => (
                <Group gap="sm" justify="space-between" wrap="nowrap">
                  <span>{approvalText(h)}</span>
                  {h.approved ? (
                    <Button
                      size="sm"
                      variant="subtle"
                      aria-haspopup="dialog"
                      aria-label={t('hourApproval.unapproveRowLabel', describe(h))}
                      onClick={() => unapproveOne(h)}
                    >
                      {t('hourApproval.unapproveRow')}
                    </Button>
                  ) : (
                    <Button
                      size="sm"
                      variant="default"
                      aria-haspopup="dialog"
                      aria-label={t('hourApproval.approveRowLabel', describe(h))}
                      onClick={() => approveOne(h)}
                    >
                      {t('hourApproval.approveRow')}
                    </Button>
                  )}
                </Group>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
