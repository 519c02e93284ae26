import { Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { figuresByActivity, yearPeriod } from '../../../../core/figures';
import { formatInteger, formatMinutes, todayIso } from '../../../../core/format';
import { useDataset } from '../../db';
import { PageTitle } from '../../shared/PageTitle';
import { PagedTable } from '../../shared/PagedTable';
import { useLanguage } from '../../shared/useLanguage';

/** The association's activities with this year's figures. */
export function ActivitiesPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const data = useDataset();
  if (!data) return <Loader aria-label={t('ui.common.loading')} />;
  const today = todayIso();
  const figures = new Map(
    figuresByActivity(data, yearPeriod(Number(today.slice(0, 4)), today)).map((f) => [
      f.activityId,
      f,
    ]),
  );
  const rows = data.activities
    .filter((a) => !a.deletedAt)
    .sort((a, b) => a.name.localeCompare(b.name, lang));
  return (
    <>
      <PageTitle>{t('ui.activities.title')}</PageTitle>
      <PagedTable
        caption={t('ui.activities.title')}
        rows={rows}
        rowKey={(a) => a.id}
        columns={[
          { key: 'name', header: t('ui.activities.name'), cell: (a) => a.name },
          {
            key: 'type',
            header: t('ui.activities.type'),
            cell: (a) => t(`ui.activities.types.${a.type}`),
          },
          {
            key: 'municipality',
            header: t('ui.activities.municipality'),
            cell: (a) => a.municipality ?? t('ui.common.none'),
          },
          {
            key: 'sessions',
            header: t('ui.activities.sessions'),
            numeric: true,
            cell: (a) => formatInteger(figures.get(a.id)?.sessions ?? 0, lang),
          },
          {
            key: 'participants',
            header: t('ui.activities.participants'),
            numeric: true,
            cell: (a) => formatInteger(figures.get(a.id)?.participants ?? 0, lang),
          },
          {
            key: 'hours',
            header: t('ui.activities.volunteerHours'),
            numeric: true,
            cell: (a) => formatMinutes(figures.get(a.id)?.volunteerMinutes ?? 0, lang),
          },
        ]}
      />
    </>
  );
}
