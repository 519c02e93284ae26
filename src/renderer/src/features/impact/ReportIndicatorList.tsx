import { List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { indicatorFigureText } from '../../../../core/impact';
import { indicatorLabel, type ReportIndicator } from '../../../../core/reports';
import { useLanguage } from '../../shared/useLanguage';

/** The indicators a report will print, with their figures and provenance, for its preview. */
export function ReportIndicatorList({ indicators }: { indicators: readonly ReportIndicator[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (indicators.length === 0) return null;
  return (
    <section aria-labelledby="report-indicators">
      <Title order={3} size="h4" id="report-indicators" mt="md" mb="xs">
        {t('indicators.reportHeading')}
      </Title>
      <List spacing={4}>
        {indicators.map((i) => (
          <List.Item key={i.key}>
            <Text span fw={600}>
              {indicatorLabel(i, lang)}
            </Text>
            {`: ${indicatorFigureText(i, lang)} · ${t(`feedback.provenances.${i.provenance}`)}`}
          </List.Item>
        ))}
      </List>
    </section>
  );
}
