import { Button, Group } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMinutes, todayIso } from '../../../../core/format';
import { approvedOn } from '../../../../core/hours';
import type { HourEntry } from '../../../../core/schemas';
import { TablePage, type Column } from '../../shared/PagedTable';
import { useStableCallback } from '../../shared/useStableCallback';
import { useLanguage } from '../../shared/useLanguage';
import { hourRowWords } from './hourRowWords';

type Props = {
  rows: HourEntry[];
  total: number;
  shownPage: { page: number; pages: number };
  onPage: (page: number) => void;
  personName: (h: HourEntry) => string;
  activityNames: Map<string, string>;
  onEdit: (target: { entryId?: string; sessionId?: string }) => void;
  onApprove: (h: HourEntry) => void;
  onUnapprove: (h: HourEntry) => void;
};

/** A row as the table draws it: the entry with the names it shows. */
type Row = { h: HourEntry; person: string; activity: string };

/** One page of the hour list, each row with its edit and approval buttons. */
export function HourListTable({
  rows,
  total,
  shownPage,
  onPage,
  personName,
  activityNames,
  onEdit,
  onApprove,
  onUnapprove,
}: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const edit = useStableCallback(onEdit);
  const approve = useStableCallback(onApprove);
  const unapprove = useStableCallback(onUnapprove);
  // The same columns between renders, each cell reading only its row (which carries the
  // names it shows) and stable handlers: saving an hour redraws only the rows that changed.
  const columns = useMemo((): Column<Row>[] => {
    const describe = (r: Row) => hourRowWords(r.h, r.person, lang);
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
    return [
      { key: 'date', header: t('ui.hours.date'), cell: (r) => formatDate(r.h.date, lang) },
      {
        key: 'person',
        header: t('ui.hours.person'),
        cell: (r) => r.person,
      },
      {
        key: 'activity',
        header: t('ui.hours.activity'),
        cell: (r) => r.activity,
      },
      { key: 'kind', header: t('ui.hours.kind'), cell: (r) => t(`ui.hours.kinds.${r.h.kind}`) },
      {
        key: 'duration',
        header: t('ui.hours.duration'),
        numeric: true,
        cell: (r) => formatMinutes(r.h.minutes, lang),
      },
      {
        key: 'edit',
        header: t('hourEdit.column'),
        cell: (r) => (
          <Group gap={4}>
            <Button
              size="sm"
              variant="default"
              aria-haspopup="dialog"
              aria-label={t('hourEdit.editRowLabel', describe(r))}
              onClick={() => edit({ entryId: r.h.id })}
            >
              {t('hourEdit.editRow')}
            </Button>
            {r.h.sessionId && (
              <Button
                size="sm"
                variant="subtle"
                aria-haspopup="dialog"
                aria-label={t('hourEdit.sessionRowLabel', describe(r))}
                onClick={() => edit({ sessionId: r.h.sessionId })}
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
        cell: (r) => (
          <Group gap="sm" justify="space-between" wrap="nowrap">
            <span>{approvalText(r.h)}</span>
            <Button
              size="sm"
              variant={r.h.approved ? 'subtle' : 'default'}
              aria-haspopup="dialog"
              aria-label={t(
                r.h.approved ? 'hourApproval.unapproveRowLabel' : 'hourApproval.approveRowLabel',
                describe(r),
              )}
              onClick={() => (r.h.approved ? unapprove(r.h) : approve(r.h))}
            >
              {t(r.h.approved ? 'hourApproval.unapproveRow' : 'hourApproval.approveRow')}
            </Button>
          </Group>
        ),
      },
    ];
  }, [t, lang, edit, approve, unapprove]);
  const shown: Row[] = rows.map((h) => ({
    h,
    person: personName(h),
    activity: (h.activityId ? activityNames.get(h.activityId) : undefined) ?? t('ui.common.none'),
  }));
  return (
    <TablePage
      caption={t('ui.hours.title')}
      rows={shown}
      total={total}
      page={shownPage.page}
      pages={shownPage.pages}
      onPage={onPage}
      rowKey={(r) => r.h.id}
      columns={columns}
    />
  );
}
