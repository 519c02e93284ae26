import { Button, Group, NativeSelect, Paper, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { indicatorPageData } from '../../../../core/db';
import { formatDate, formatInteger } from '../../../../core/format';
import { indicatorFigureText, indicatorSeries } from '../../../../core/impact';
import { indicatorChartSvg } from '../../../../core/reports';
import { db } from '../../db';
import { AppModal } from '../../shared/AppModal';
import { PagedTable } from '../../shared/PagedTable';
import { useLanguage } from '../../shared/useLanguage';
import { IndicatorValueForm } from './IndicatorValueForm';
import { Loading } from '../../shared/Loading';

/**
 * The Impact page's indicators: each one over time as a chart (the reports'
 * chart code) and as a table with its provenance and the answers behind each
 * share; new counted or before/after values are entered here.
 */
export function IndicatorsSection() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [chosen, setChosen] = useState('');
  const [opened, setOpened] = useState(false);
  const [showForm, setShowForm] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);
  const data = useLiveQuery(() => indicatorPageData(db), []);
  if (!data) return <Loading />;
  const all = indicatorSeries(data, lang);
  const activityName = new Map(data.activities.map((a) => [a.id, a.name]));
  const label = (s: (typeof all)[number]) => {
    const p = s.points.at(-1);
    const extra = [
      p?.activityId && activityName.get(p.activityId),
      p?.perspective && t(`feedback.perspectives.${p.perspective}`),
    ].filter(Boolean);
    return extra.length ? `${s.name} (${extra.join(', ')})` : s.name;
  };
  const series = all.find((s) => s.key === chosen) ?? all[0];
  const names = [
    ...new Set(data.indicatorValues.filter((v) => !v.deletedAt).map((v) => v.name)),
  ].sort((a, b) => a.localeCompare(b, lang));

  return (
    <Paper component="section" aria-labelledby="indicators" withBorder p="md" mb="md">
      <Group justify="space-between" align="flex-start" mb="sm" wrap="nowrap">
        <div>
          <Title order={2} size="h4" id="indicators" mb="xs">
            {t('indicators.page.heading')}
          </Title>
          <Text maw={720}>{t('indicators.page.intro')}</Text>
        </div>
        <Button
          ref={newButton}
          size="md"
          aria-haspopup="dialog"
          onClick={() => {
            setShowForm(true);
            setOpened(true);
          }}
        >
          {t('indicators.page.newValue')}
        </Button>
      </Group>
      {!series ? (
        <Text>{t('indicators.page.noIndicators')}</Text>
      ) : (
        <>
          <NativeSelect
            maw={520}
            mb="md"
            label={t('indicators.page.choose')}
            value={series.key}
            onChange={(e) => setChosen(e.currentTarget.value)}
            data={all.map((s) => ({ value: s.key, label: label(s) }))}
          />
          <div
            className="report-chart"
            // The same SVG code as the reports' charts; it carries its own <title> and role="img".
            dangerouslySetInnerHTML={{ __html: indicatorChartSvg(series, lang) }}
          />
          <PagedTable
            caption={t('indicators.page.tableCaption', { name: series.name })}
            rows={[...series.points].reverse()}
            rowKey={(p) => `${p.from}-${p.to}`}
            columns={[
              {
                key: 'period',
                header: t('indicators.page.columns.period'),
                cell: (p) =>
                  p.from === p.to
                    ? formatDate(p.to, lang)
                    : `${formatDate(p.from, lang)}–${formatDate(p.to, lang)}`,
              },
              {
                key: 'figure',
                header: t('indicators.page.columns.figure'),
                cell: (p) => indicatorFigureText(p, lang),
              },
              {
                key: 'answers',
                header: t('indicators.page.columns.answers'),
                cell: (p) => (p.answers === undefined ? '–' : formatInteger(p.answers, lang)),
              },
              {
                key: 'provenance',
                header: t('indicators.page.columns.provenance'),
                cell: (p) => t(`feedback.provenances.${p.provenance}`),
              },
            ]}
          />
        </>
      )}
      <AppModal
        opened={opened}
        onClose={() => setOpened(false)}
        onClosed={() => {
          setShowForm(false);
          newButton.current?.focus();
        }}
        title={t('indicators.page.newTitle')}
      >
        {showForm && (
          <IndicatorValueForm
            activities={data.activities}
            names={names}
            onClose={() => setOpened(false)}
          />
        )}
      </AppModal>
    </Paper>
  );
}
