import { SimpleGrid, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { periodSummary } from '../../../../core/db';
import { hadActivity, yearPeriod } from '../../../../core/figures';
import {
  formatDate,
  formatInteger,
  formatMinutes,
  formatMoney,
  todayIso,
} from '../../../../core/format';
import { db } from '../../db';
import { Figure } from '../../shared/Figure';
import { PageTitle } from '../../shared/PageTitle';
import { ActivityFiguresTable } from '../../shared/ActivityFiguresTable';
import { useLanguage } from '../../shared/useLanguage';
import { DeadlinesSection } from './DeadlinesSection';
import { BackupReminder } from './BackupReminder';
import { Loading } from '../../shared/Loading';

/**
 * This year's figures, from the rollups (never the rows): the live query
 * re-runs only when a write touches the months, members or profile it read.
 */
export function HomePage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const today = todayIso();
  const year = Number(today.slice(0, 4));
  const period = yearPeriod(year, today);
  const summary = useLiveQuery(() => periodSummary(db, period), [period.from, period.to]);
  if (!summary) return <Loading />;
  const f = summary.figures;
  const byActivity = summary.byActivity.filter(hadActivity);
  return (
    <>
      <PageTitle>{t('ui.home.title')}</PageTitle>
      <BackupReminder />
      <DeadlinesSection today={today} />
      <Title order={2} size="h3" mt="xl">
        {t('ui.home.yearFigures', { year })}
      </Title>
      <Text c="gray.7" mb="md">
        {t('ui.home.upTo', {
          from: formatDate(period.from, lang),
          to: formatDate(period.to, lang),
        })}
      </Text>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" m={0}>
        <Figure label={t('ui.home.members')} value={formatInteger(f.membersAtEnd, lang)} />
        <Figure label={t('ui.home.joined')} value={formatInteger(f.joined, lang)} />
        <Figure label={t('ui.home.left')} value={formatInteger(f.left, lang)} />
        <Figure label={t('ui.home.volunteers')} value={formatInteger(f.volunteers, lang)} />
        <Figure
          label={t('ui.home.volunteerHours')}
          value={formatMinutes(f.volunteerMinutes, lang)}
        />
        <Figure
          label={t('ui.home.volunteerValue')}
          value={formatMoney(f.volunteerValueCents, lang)}
          note={t('ui.home.valueNote', {
            rate: formatMoney(f.hourValueCents, lang),
            source: f.hourValueSource,
          })}
        />
        <Figure label={t('ui.home.sessions')} value={formatInteger(f.sessions, lang)} />
        <Figure label={t('ui.home.participants')} value={formatInteger(f.participants, lang)} />
        <Figure label={t('ui.home.activities')} value={formatInteger(f.activities, lang)} />
      </SimpleGrid>
      <Title order={2} size="h3" mt="xl" mb="sm">
        {t('ui.home.byActivity')}
      </Title>
      <ActivityFiguresTable caption={t('ui.home.byActivity')} rows={byActivity} />
    </>
  );
}
