import { Loader, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { feeScheduleOf } from '../../../../core/fees';
import { todayIso } from '../../../../core/format';
import { useDataset } from '../../db';
import { PageTitle } from '../../shared/PageTitle';
import { FeeListSection } from './FeeListSection';
import { FeeScheduleSection } from './FeeScheduleSection';
import { FeeTotalsSection } from './FeeTotalsSection';
import { GenerateFeesSection } from './GenerateFeesSection';
import { UnpaidForAYearSection } from './UnpaidForAYearSection';

/**
 * The treasurer's page: the year's fee amounts, billing the year, the list of
 * the year's fees with payments, totals, and members who have not paid for a year.
 */
export function FeesPage() {
  const { t } = useTranslation();
  const data = useDataset();
  const today = todayIso();
  const thisYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(thisYear);
  if (!data) return <Loader aria-label={t('ui.common.loading')} />;

  const schedule = feeScheduleOf(data.profile.find((p) => !p.deletedAt));
  // Years with fees or amounts, plus last, this and next year; newest first.
  const years = [
    ...new Set([
      thisYear + 1,
      thisYear,
      thisYear - 1,
      ...data.fees.filter((f) => !f.deletedAt).map((f) => f.year),
      ...schedule.map((l) => l.year),
    ]),
  ].sort((a, b) => b - a);

  return (
    <>
      <PageTitle>{t('fees.title')}</PageTitle>
      <Text mb="md">{t('fees.intro')}</Text>
      <Select
        label={t('fees.chooseYear')}
        w={200}
        size="md"
        mb="xl"
        allowDeselect={false}
        data={years.map(String)}
        value={String(year)}
        onChange={(v) => v && setYear(Number(v))}
      />
      <FeeScheduleSection key={`schedule-${year}`} year={year} schedule={schedule} />
      <GenerateFeesSection
        key={`generate-${year}`}
        data={data}
        year={year}
        schedule={schedule}
        today={today}
      />
      <FeeTotalsSection data={data} year={year} />
      <FeeListSection key={`list-${year}`} data={data} year={year} today={today} />
      <UnpaidForAYearSection data={data} today={today} />
    </>
  );
}
