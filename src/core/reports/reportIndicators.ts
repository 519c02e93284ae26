import type { Content } from 'pdfmake/interfaces';
import type { Period } from '../figures';
import { formatDate } from '../format';
import { translate, type MessageKeyUnder } from '../i18n';
import { indicatorFigureText, indicatorsOfPeriod, type IndicatorFigure } from '../impact';
import { simpleTable } from '../pdf';
import type { Dataset, Language } from '../schemas';

/** An indicator as a report prints it: its figure, provenance, period and the activity it measures. */
export type ReportIndicator = IndicatorFigure & { activityName?: string };

/**
 * The indicators a report of `period` prints: derived from the feedback
 * tallies and indicator values whose `to` falls in it (`indicatorsOfPeriod`),
 * only those of `activityIds` when given (a grant's or a municipality's
 * activities). Older data files without the tables give none.
 */
export function reportIndicators(
  data: Partial<Pick<Dataset, 'feedbackForms' | 'feedbackTallies' | 'indicatorValues'>> &
    Pick<Dataset, 'activities'>,
  period: Period,
  lang: Language,
  activityIds?: ReadonlySet<string>,
): ReportIndicator[] {
  const names = new Map(data.activities.map((a) => [a.id, a.name]));
  return indicatorsOfPeriod(
    {
      feedbackForms: data.feedbackForms ?? [],
      feedbackTallies: data.feedbackTallies ?? [],
      indicatorValues: data.indicatorValues ?? [],
    },
    period,
    lang,
    activityIds,
  ).map((f) => ({ ...f, activityName: f.activityId ? names.get(f.activityId) : undefined }));
}

/** What an indicator measures, as its first column says: the name, whose view, which activity. */
export function indicatorLabel(i: ReportIndicator, lang: Language): string {
  const extra = [
    i.perspective && translate(lang, `feedback.perspectives.${i.perspective}`),
    i.activityName,
  ].filter(Boolean);
  return extra.length ? `${i.name} (${extra.join(', ')})` : i.name;
}

/**
 * The indicators as a table for a report: what, the result (a feedback share
 * with the number of answers behind it, "no answers" when there were none),
 * the period it covers and its provenance (collected / sample / estimate).
 */
export function indicatorTable(indicators: readonly ReportIndicator[], lang: Language): Content {
  const t = (key: MessageKeyUnder<'indicators.reportColumns'>) =>
    translate(lang, `indicators.reportColumns.${key}`);
  const date = (d: string) => formatDate(d, lang);
  return simpleTable(
    [
      { header: t('indicator'), cell: (i) => indicatorLabel(i, lang) },
      { header: t('figure'), cell: (i) => indicatorFigureText(i, lang), width: 150 },
      {
        header: t('period'),
        cell: (i) => (i.from === i.to ? date(i.to) : `${date(i.from)}–${date(i.to)}`),
        width: 'auto',
      },
      {
        header: t('provenance'),
        cell: (i) => translate(lang, `feedback.provenances.${i.provenance}`),
        width: 'auto',
      },
    ],
    [...indicators],
  );
}
