import { Paper, SimpleGrid, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatInteger, formatMinutes, formatMoney } from '../../../../core/format';
import {
  hoursByMonthChartSvg,
  type PreviewFigure,
  type ReportKind,
  type ReportPreview,
} from '../../../../core/reports';
import { Figure } from '../../shared/Figure';
import { useLanguage } from '../../shared/useLanguage';
import { ReportIndicatorList } from '../impact/ReportIndicatorList';

type Props = { kind: ReportKind; preview: ReportPreview };

/** The report's own figures, chart and indicators: what the PDF will print. */
export function ReportPreviewSection({ kind, preview }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const shownValue = (f: PreviewFigure) =>
    f.unit === 'minutes'
      ? formatMinutes(f.value, lang)
      : f.unit === 'cents'
        ? formatMoney(f.value, lang)
        : formatInteger(f.value, lang);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="report-preview">
      <Title order={2} size="h3" id="report-preview" mb="sm">
        {t('reportsPage.previewHeading', {
          report: t(`reportsPage.kinds.${kind}`),
          period: `${formatDate(preview.period.from, lang)}–${formatDate(preview.period.to, lang)}`,
        })}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 2, md: 4 }} m={0} mb="md">
        {preview.figures.map((f) => (
          <Figure key={f.key} label={t(`reportsPage.figures.${f.key}`)} value={shownValue(f)} />
        ))}
      </SimpleGrid>
      {preview.months && (
        <div
          className="report-chart"
          // The same SVG string the PDF embeds; it carries its own <title> and role="img".
          dangerouslySetInnerHTML={{ __html: hoursByMonthChartSvg(preview.months, lang) }}
        />
      )}
      <ReportIndicatorList indicators={preview.indicators} />
    </Paper>
  );
}
