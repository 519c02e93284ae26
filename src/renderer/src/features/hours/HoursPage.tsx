import {
  Button,
  Card,
  Group,
  Loader,
  Select,
  SimpleGrid,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toCsv } from '../../../../core/csv';
import { formatDate, formatMinutes, todayIso } from '../../../../core/format';
import {
  approvalFilters,
  approvedOn,
  countApproval,
  filterHours,
  totalMinutes,
  type ApprovalFilter,
  type HourFilter,
} from '../../../../core/hours';
import { hourKinds, type HourEntry, type HourKind } from '../../../../core/schemas';
import { useDataset } from '../../db';
import { saveFile } from '../../platform';
import { AppModal } from '../../shared/AppModal';
import { PageTitle } from '../../shared/PageTitle';
import { PagedTable } from '../../shared/PagedTable';
import { useLanguage } from '../../shared/useLanguage';
import { ApproveHoursDialog, type ApprovalRequest } from './ApproveHoursDialog';
import { HourEntryForm } from './HourEntryForm';
import { SessionLogForm } from './SessionLogForm';
import { UnapproveHourDialog, type UnapproveRequest } from './UnapproveHourDialog';

/** Log hours, and the hour entries filtered, totalled and exportable. */
export function HoursPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const data = useDataset();
  const [logging, setLogging] = useState(false);
  const [filter, setFilter] = useState<HourFilter>({});
  const [approving, setApproving] = useState<ApprovalRequest | null>(null);
  const [unapproving, setUnapproving] = useState<UnapproveRequest | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const summaryRef = useRef<HTMLParagraphElement>(null);
  if (!data) return <Loader aria-label={t('ui.common.loading')} />;
  const names = new Map(data.people.map((p) => [p.id, p.fullName]));
  const activities = new Map(data.activities.map((a) => [a.id, a.name]));
  const entries = filterHours(data, filter);
  const total = totalMinutes(entries);
  const approval = countApproval(entries);
  const chairName = data.profile.find((p) => !p.deletedAt)?.chairName;
  const set = (patch: HourFilter) => setFilter((f) => ({ ...f, ...patch }));
  const byName = <T extends { label: string }>(a: T, b: T) => a.label.localeCompare(b.label, lang);

  const csvDate = (isoDate: string | null) => (isoDate ? formatDate(isoDate, 'fi') : '');
  const describe = (h: HourEntry) => ({
    person: names.get(h.personId) ?? t('ui.common.none'),
    date: formatDate(h.date, lang),
    duration: formatMinutes(h.minutes, lang),
  });
  const approvalText = (h: HourEntry) => {
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
  const approveShown = () =>
    openApprove({
      // All shown, on every page of the table; the approved ones are skipped in core.
      ids: entries.map((h) => h.id),
      description: t('hourApproval.dialog.count', {
        count: approval.pending,
        total: formatMinutes(approval.pendingMinutes, lang),
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

  const exportCsv = async () => {
    const header = [
      t('ui.hours.date'),
      t('ui.hours.person'),
      t('ui.hours.activity'),
      t('ui.hours.kind'),
      t('ui.hours.csvMinutes'),
      t('ui.hours.csvHours'),
      t('ui.hours.csvParticipants'),
      t('ui.hours.approved'),
      t('hourApproval.csvApprover'),
      t('hourApproval.csvApprovedOn'),
      t('ui.hours.csvNote'),
    ];
    const rows = entries.map((h) => [
      formatDate(h.date, 'fi'),
      names.get(h.personId) ?? '',
      (h.activityId && activities.get(h.activityId)) || '',
      t(`ui.hours.kinds.${h.kind}`),
      h.minutes,
      (h.minutes / 60).toFixed(2).replace('.', lang === 'en' ? '.' : ','),
      h.participantsReached ?? '',
      h.approved ? t('ui.common.yes') : t('ui.common.no'),
      (h.approved && h.approvedBy) || '',
      csvDate(approvedOn(h)),
      h.note ?? '',
    ]);
    await saveFile(
      `talkoot-tunnit-${todayIso()}.csv`,
      toCsv(header, rows),
      [{ name: 'CSV', extensions: ['csv'] }],
      'text/csv',
    );
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
        <SessionLogForm data={data} onDone={() => setLogging(false)} />
      </AppModal>
      <HourEntryForm data={data} />

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
            data={data.people
              .filter((p) => !p.deletedAt)
              .map((p) => ({ value: p.id, label: p.fullName }))
              .sort(byName)}
            value={filter.personId ?? null}
            onChange={(v) => set({ personId: v })}
          />
          <Select
            label={t('ui.hours.activity')}
            placeholder={t('ui.hours.any')}
            clearable
            data={data.activities
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
            data={data.grants
              .filter((g) => !g.deletedAt)
              .map((g) => ({ value: g.id, label: g.name }))
              .sort(byName)}
            value={filter.grantId ?? null}
            onChange={(v) => set({ grantId: v })}
          />
          <TextInput
            type="date"
            label={t('ui.hours.from')}
            value={filter.from ?? ''}
            onChange={(e) => set({ from: e.currentTarget.value || null })}
          />
          <TextInput
            type="date"
            label={t('ui.hours.to')}
            value={filter.to ?? ''}
            onChange={(e) => set({ to: e.currentTarget.value || null })}
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

      <Group justify="space-between" mb="md">
        <Text role="status" ref={summaryRef} tabIndex={-1}>
          {t('ui.hours.summary', { count: entries.length, total: formatMinutes(total, lang) })}
        </Text>
        <Group>
          <Button aria-haspopup="dialog" onClick={approveShown} disabled={approval.pending === 0}>
            {t('hourApproval.approveAll', { count: approval.pending })}
          </Button>
          <Button variant="default" onClick={exportCsv} disabled={entries.length === 0}>
            {t('ui.hours.exportCsv')}
          </Button>
        </Group>
      </Group>
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
      <PagedTable
        caption={t('ui.hours.title')}
        rows={entries}
        rowKey={(h) => h.id}
        columns={[
          { key: 'date', header: t('ui.hours.date'), cell: (h) => formatDate(h.date, lang) },
          {
            key: 'person',
            header: t('ui.hours.person'),
            cell: (h) => names.get(h.personId) ?? t('ui.common.none'),
          },
          {
            key: 'activity',
            header: t('ui.hours.activity'),
            cell: (h) =>
              (h.activityId ? activities.get(h.activityId) : undefined) ?? t('ui.common.none'),
          },
          { key: 'kind', header: t('ui.hours.kind'), cell: (h) => t(`ui.hours.kinds.${h.kind}`) },
          {
            key: 'duration',
            header: t('ui.hours.duration'),
            numeric: true,
            cell: (h) => formatMinutes(h.minutes, lang),
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
    </>
  );
}
