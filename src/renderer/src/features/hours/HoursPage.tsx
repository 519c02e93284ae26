import { Button, Group, Loader, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMinutes } from '../../../../core/format';
import { useDataset } from '../../db';
import { AppModal } from '../../shared/AppModal';
import { PageTitle } from '../../shared/PageTitle';
import { PagedTable } from '../../shared/PagedTable';
import { useLanguage } from '../../shared/useLanguage';
import { HourEntryForm } from './HourEntryForm';
import { SessionLogForm } from './SessionLogForm';

/** Hour entries, newest first, with who, what and how long. */
export function HoursPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const data = useDataset();
  const [logging, setLogging] = useState(false);
  if (!data) return <Loader aria-label={t('ui.common.loading')} />;
  const names = new Map(data.people.map((p) => [p.id, p.fullName]));
  const activities = new Map(data.activities.map((a) => [a.id, a.name]));
  const entries = data.hours
    .filter((h) => !h.deletedAt)
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  const total = entries.reduce((sum, h) => sum + h.minutes, 0);
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
      <Text mb="md">
        {t('ui.hours.summary', { count: entries.length, total: formatMinutes(total, lang) })}
      </Text>
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
            header: t('ui.hours.approved'),
            cell: (h) => (h.approved ? t('ui.common.yes') : t('ui.common.no')),
          },
        ]}
      />
    </>
  );
}
