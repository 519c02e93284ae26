import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMinutes, todayIso } from '../../../../core/format';
import { approvedOn } from '../../../../core/hours';
import type { HourEntry } from '../../../../core/schemas';
import { TablePage } from '../../shared/PagedTable';
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
  const describe = (h: HourEntry) => hourRowWords(h, personName(h), lang);
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
  return (
    <TablePage
      caption={t('ui.hours.title')}
      rows={rows}
      total={total}
      page={shownPage.page}
      pages={shownPage.pages}
      onPage={onPage}
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
                onClick={() => onEdit({ entryId: h.id })}
              >
                {t('hourEdit.editRow')}
              </Button>
              {h.sessionId && (
                <Button
                  size="sm"
                  variant="subtle"
                  aria-haspopup="dialog"
                  aria-label={t('hourEdit.sessionRowLabel', describe(h))}
                  onClick={() => onEdit({ sessionId: h.sessionId })}
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
                  onClick={() => onUnapprove(h)}
                >
                  {t('hourApproval.unapproveRow')}
                </Button>
              ) : (
                <Button
                  size="sm"
                  variant="default"
                  aria-haspopup="dialog"
                  aria-label={t('hourApproval.approveRowLabel', describe(h))}
                  onClick={() => onApprove(h)}
                >
                  {t('hourApproval.approveRow')}
                </Button>
              )}
            </Group>
          ),
        },
      ]}
    />
  );
}
