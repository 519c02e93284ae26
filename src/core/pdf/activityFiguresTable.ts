import type { Content } from 'pdfmake/interfaces';
import type { ActivityFigures } from '../figures';
import { formatInteger, formatMinutes } from '../format';
import { scopedTranslate, translate } from '../i18n';
import type { Language } from '../schemas';
import { simpleTable } from './reportDocument';

/**
 * The activities in figures as the annual and advocacy summaries print them:
 * sessions, participants and volunteer hours per activity, one header set.
 */
export function activityFiguresTable(rows: ActivityFigures[], lang: Language): Content {
  const t = scopedTranslate(lang, 'pdfTables.activityFigures');
  return simpleTable<ActivityFigures>(
    [
      { header: t('activity'), cell: (a) => a.name },
      { header: t('sessions'), numeric: true, cell: (a) => formatInteger(a.sessions, lang) },
      {
        header: t('participants'),
        numeric: true,
        cell: (a) => formatInteger(a.participants, lang),
      },
      {
        header: translate(lang, 'reports.common.hours'),
        numeric: true,
        cell: (a) => formatMinutes(a.volunteerMinutes, lang),
      },
    ],
    rows,
  );
}
