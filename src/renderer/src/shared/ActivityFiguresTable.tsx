import { useTranslation } from 'react-i18next';
import type { ActivityFigures } from '../../../core/figures';
import { formatInteger, formatMinutes } from '../../../core/format';
import { PagedTable } from './PagedTable';
import { useLanguage } from './useLanguage';

/** Sessions, participants and volunteer hours per activity (home page and reports). */
export function ActivityFiguresTable({
  caption,
  rows,
}: {
  caption: string;
  rows: ActivityFigures[];
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <PagedTable
      caption={caption}
      rows={rows}
      rowKey={(r) => r.activityId}
      columns={[
        { key: 'name', header: t('ui.activities.name'), cell: (r) => r.name },
        {
          key: 'sessions',
          header: t('ui.activities.sessions'),
          numeric: true,
          cell: (r) => formatInteger(r.sessions, lang),
        },
        {
          key: 'participants',
          header: t('ui.activities.participants'),
          numeric: true,
          cell: (r) => formatInteger(r.participants, lang),
        },
        {
          key: 'hours',
          header: t('ui.activities.volunteerHours'),
          numeric: true,
          cell: (r) => formatMinutes(r.volunteerMinutes, lang),
        },
      ]}
    />
  );
}
