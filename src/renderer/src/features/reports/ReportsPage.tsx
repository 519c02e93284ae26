import { Loader, Select, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { figuresByActivity, periodFigures, yearPeriod } from '../../../../core/figures';
import { formatMinutes, todayIso } from '../../../../core/format';
import { hourKinds, type HourKind } from '../../../../core/schemas';
import { useDataset } from '../../db';
import { PageTitle } from '../../shared/PageTitle';
import { ActivityFiguresTable } from '../../shared/ActivityFiguresTable';
import { PagedTable } from '../../shared/PagedTable';
import { useLanguage } from '../../shared/useLanguage';

/** A year's figures by activity and by kind of volunteer work. */
export function ReportsPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const data = useDataset();
  const today = todayIso();
  const thisYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(thisYear);
  if (!data) return <Loader aria-label={t('ui.common.loading')} />;
  const years = new Set<number>([thisYear]);
  for (const h of data.hours) years.add(Number(h.date.slice(0, 4)));
  for (const s of data.sessions) years.add(Number(s.date.slice(0, 4)));
  const period = yearPeriod(year, today);
  const f = periodFigures(data, period);
  const byActivity = figuresByActivity(data, period);
  const kinds = hourKinds.map((kind) => ({ kind, minutes: f.minutesByKind[kind] }));
  return (
    <>
      <PageTitle>{t('ui.reports.title')}</PageTitle>
      <Text mb="md">{t('ui.reports.intro')}</Text>
      <Select
        label={t('ui.common.year')}
        w={160}
        mb="lg"
        allowDeselect={false}
        value={String(year)}
        data={[...years].sort((a, b) => b - a).map((y) => String(y))}
        onChange={(v) => v && setYear(Number(v))}
      />
      <Title order={2} size="h3" mb="sm">
        {t('ui.reports.byActivity')}
      </Title>
      <ActivityFiguresTable caption={`${t('ui.reports.byActivity')} ${year}`} rows={byActivity} />
      <Title order={2} size="h3" mt="xl" mb="sm">
        {t('ui.reports.byKind')}
      </Title>
      <PagedTable<{ kind: HourKind | 'total'; minutes: number }>
        caption={`${t('ui.reports.byKind')} ${year}`}
        rows={[...kinds, { kind: 'total', minutes: f.volunteerMinutes }]}
        rowKey={(r) => r.kind}
        columns={[
          {
            key: 'kind',
            header: t('ui.reports.kind'),
            cell: (r) =>
              r.kind === 'total' ? t('ui.common.total') : t(`ui.hours.kinds.${r.kind}`),
          },
          {
            key: 'hours',
            header: t('ui.reports.hours'),
            numeric: true,
            cell: (r) => formatMinutes(r.minutes, lang),
          },
        ]}
      />
    </>
  );
}
