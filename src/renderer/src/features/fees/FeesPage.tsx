import { Select, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  allPeople,
  currentProfile,
  feeYears,
  feesOfYear,
  unpaidFeesUpTo,
} from '../../../../core/db';
import { billedFeeAmounts, feeScheduleOf, feeYearChoices } from '../../../../core/fees';
import { todayIso } from '../../../../core/format';
import { db } from '../../db';
import { PageTitle } from '../../shared/PageTitle';
import { FeeListSection } from './FeeListSection';
import { FeeScheduleSection } from './FeeScheduleSection';
import { FeeTotalsSection } from './FeeTotalsSection';
import { GenerateFeesSection } from './GenerateFeesSection';
import { UnpaidForAYearSection } from './UnpaidForAYearSection';
import { InvoiceSection } from './InvoiceSection';
import { BankStatementSection } from './BankStatementSection';
import { Loading } from '../../shared/Loading';

/**
 * The treasurer's page: the year's fee amounts, billing the year, the list of
 * the year's fees with payments, totals, and members who have not paid for a year.
 */
export function FeesPage() {
  const { t } = useTranslation();
  const today = todayIso();
  const thisYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(thisYear);
  // The profile holds the schedule; `null` once read and there is none.
  const profile = useLiveQuery(async () => (await currentProfile(db)) ?? null, []);
  const years = useLiveQuery(() => feeYears(db), []);
  // Everyone, the trash included: old fees still name people who were deleted since.
  const people = useLiveQuery(() => allPeople(db), []);
  // The year's fees as a query of their own: a fee marked paid shows in the totals as
  // soon as they are read again, without waiting for the other fee reads.
  const yearFees = useLiveQuery(async () => ({ year, fees: await feesOfYear(db, year) }), [year]);
  // Only the unpaid fees that can be a year overdue, not every fee ever billed.
  const overdueFees = useLiveQuery(() => unpaidFeesUpTo(db, thisYear), [thisYear]);
  // A new object only when the people or the year's fees change (FeeListSection moves the
  // focus then); the sections are memoised, so a write re-renders only those it changed.
  const ofYear = useMemo(
    () => (people && yearFees?.year === year ? { people, fees: yearFees.fees } : undefined),
    [people, yearFees, year],
  );
  const overdue = useMemo(
    () => (people && overdueFees ? { people, fees: overdueFees } : undefined),
    [people, overdueFees],
  );
  const billed = useMemo(() => ofYear && billedFeeAmounts(ofYear, year), [ofYear, year]);
  const schedule = useMemo(() => feeScheduleOf(profile ?? undefined), [profile]);
  if (profile === undefined || !years || !people || !overdue) {
    return <Loading />;
  }

  const choices = feeYearChoices(
    thisYear,
    years,
    schedule.map((l) => l.year),
  );

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
        data={choices.map(String)}
        value={String(year)}
        onChange={(v) => v && setYear(Number(v))}
      />
      {ofYear && billed ? (
        <>
          {/* After the year's fees are read: a year without a schedule starts from its fees. */}
          <FeeScheduleSection
            key={`schedule-${year}`}
            year={year}
            schedule={schedule}
            billed={billed}
          />
          <GenerateFeesSection
            key={`generate-${year}`}
            data={ofYear}
            year={year}
            schedule={schedule}
            today={today}
          />
          <FeeTotalsSection data={ofYear} year={year} />
          <FeeListSection key={`list-${year}`} data={ofYear} year={year} today={today} />
          <InvoiceSection
            key={`invoices-${year}`}
            data={ofYear}
            profile={profile ?? undefined}
            year={year}
            today={today}
          />
        </>
      ) : (
        // The chosen year's fees are still being read.
        <Loading />
      )}
      <BankStatementSection people={people} thisYear={thisYear} />
      <UnpaidForAYearSection data={overdue} today={today} />
    </>
  );
}
