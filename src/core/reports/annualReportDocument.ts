import type { Content, ContentTable, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { type MonthTotals } from '../figures';
import { formatDate, formatInteger, formatMinutes, formatMoney } from '../format';
import { translate, type MessageKeyUnder } from '../i18n';
import { activityFiguresTable, labelled, reportDocument, section, simpleTable } from '../pdf';
import { hourKinds, type Language, type ReportTextField } from '../schemas';
import { printedNote } from '../impact';
import { hoursByMonthChartSvg } from './hoursChart';
import { indicatorsSection, signaturesSection } from './closingSections';
import { type BoardRole } from '../officials';
import { inFinnishIn } from './reportTexts';
import {
  fiscalYearLabel,
  type MembershipCounts,
  type MemberType,
  type AnnualGrant,
  type AnnualReport,
} from './annualReportModel';

/** The annual activity summary as a pdfmake document in the chosen language. */
export function annualReportDocument(model: AnnualReport, lang: Language): TDocumentDefinitions {
  const t = (key: MessageKeyUnder<'annualReport'>, params?: Record<string, string | number>) =>
    translate(lang, `annualReport.${key}`, params);
  const common = (
    key: MessageKeyUnder<'reports.common'>,
    params?: Record<string, string | number>,
  ) => translate(lang, `reports.common.${key}`, params);
  const int = (n: number) => formatInteger(n, lang);
  const title = t('title');
  const subtitle = t('subtitle', {
    year: fiscalYearLabel(model.period),
    period: common('periodValue', {
      from: formatDate(model.period.from, lang),
      to: formatDate(model.period.to, lang),
    }),
  });
  const none = (key: MessageKeyUnder<'annualReport'>): Content => ({
    text: t(key),
    italics: true,
    margin: [0, 0, 0, 4],
  });

  // Membership: every type with anyone in it, and the total.
  const m = model.membership;
  const countColumns = [
    { header: t('atStart'), numeric: true, cell: (r: MembershipCounts) => int(r.start) },
    { header: t('joined'), numeric: true, cell: (r: MembershipCounts) => int(r.joined) },
    { header: t('left'), numeric: true, cell: (r: MembershipCounts) => int(r.left) },
    { header: t('atEnd'), numeric: true, cell: (r: MembershipCounts) => int(r.end) },
  ];
  const anyone = (r: MembershipCounts) => r.start + r.joined + r.left + r.end > 0;
  const membership = anyone(m.total)
    ? section(
        t('membershipHeading'),
        simpleTable<MembershipCounts & { type?: MemberType }>(
          [
            {
              header: t('membershipType'),
              cell: (r) => (r.type ? t(`membershipTypes.${r.type}`) : ''),
            },
            ...countColumns,
          ],
          m.byType.filter(anyone).map((r) => ({ ...r })),
          [
            common('total'),
            int(m.total.start),
            int(m.total.joined),
            int(m.total.left),
            int(m.total.end),
          ],
        ),
        {
          text: t('membershipNote', { end: formatDate(model.period.to, lang) }),
          style: 'small',
        },
      )
    : section(t('membershipHeading'), none('noMembers'));

  // Board and officials: a name only with consent, the others counted.
  const b = model.board;
  const role = (key: MessageKeyUnder<'officials'>, params?: Record<string, string | number>) =>
    translate(lang, `officials.${key}`, params);
  const holders = (r: BoardRole) => {
    const names = r.names.join(', ');
    if (!r.others) return names;
    return names
      ? role('namesAndOthers', { names, count: r.others })
      : role('peopleCount', { count: r.others });
  };
  const boardRows = b.roles.map((r): [string, string] => [
    r.names.length + r.others > 1 ? role(`rolesPlural.${r.role}`) : role(`roles.${r.role}`),
    holders(r),
  ]);
  const board = boardRows.length
    ? section(t('boardHeading'), labelled(boardRows), {
        text: t(b.fromProfile ? 'boardNoteProfile' : 'boardNote'),
        style: 'small',
      })
    : section(t('boardHeading'), none('noBoard'));

  const activities = section(
    t('activitiesHeading'),
    model.activities.length ? activityFiguresTable(model.activities, lang) : none('noActivities'),
  );

  // Volunteer hours: month × kind (kinds with hours only), the chart, the value.
  const w = model.volunteerWork;
  const kinds = hourKinds.filter((k) => w.minutesByKind[k] > 0);
  const monthNames = common('months').split(',');
  const manyYears = model.period.from.slice(0, 4) !== model.period.to.slice(0, 4);
  const monthLabel = (month: string) => {
    const name = monthNames[Number(month.slice(5, 7)) - 1] ?? month;
    return manyYears ? `${name} ${month.slice(0, 4)}` : name;
  };
  const minutesCell = (minutes: number) =>
    minutes ? formatMinutes(minutes, lang) : common('none');
  const hoursTable = simpleTable<MonthTotals>(
    [
      { header: t('month'), cell: (r) => monthLabel(r.month), width: 'auto' },
      ...kinds.map((kind) => ({
        header: common(`kinds.${kind}`),
        numeric: true,
        cell: (r: MonthTotals) => minutesCell(r.byKind[kind]),
      })),
      {
        header: common('total'),
        numeric: true,
        cell: (r: MonthTotals) => minutesCell(r.totalMinutes),
      },
    ],
    w.months,
    [
      common('total'),
      ...kinds.map((kind) => formatMinutes(w.minutesByKind[kind], lang)),
      formatMinutes(w.minutes, lang),
    ],
  ) as ContentTable;
  // Up to eight columns: figures stay on one line (headers may wrap) and the
  // twelve months stay on one page.
  hoursTable.table.body = hoursTable.table.body.map((row, i) =>
    i === 0 ? row : row.map((cell) => ({ ...(cell as object), noWrap: true }) as TableCell),
  );
  const hoursBlock: Content = { unbreakable: true, fontSize: 8.5, stack: [hoursTable] };
  const rate = formatMoney(w.hourValueCents, lang);
  const volunteerWork = w.minutes
    ? section(
        t('hoursHeading'),
        labelled([
          [t('volunteers'), int(w.volunteers)],
          [t('volunteerHours'), formatMinutes(w.minutes, lang)],
          [t('volunteerValue'), formatMoney(w.valueCents, lang)],
        ]),
        {
          text: w.hourValueSource
            ? t('valueSource', { rate, source: w.hourValueSource })
            : t('valueSourceNoSource', { rate }),
          style: 'small',
          margin: [0, 0, 0, 8],
        },
        hoursBlock,
        {
          svg: hoursByMonthChartSvg(w.months, lang, { width: 480, height: 240 }),
          width: 480,
          margin: [0, 4, 0, 4],
        },
      )
    : section(t('hoursHeading'), none('noHours'));

  const g = model.grants;
  const grants = section(
    t('grantsHeading'),
    g.rows.length
      ? simpleTable(
          [
            { header: t('funder'), cell: (r: AnnualGrant) => r.funderName || common('none') },
            { header: t('grant'), cell: (r: AnnualGrant) => r.name },
            {
              header: t('status'),
              cell: (r: AnnualGrant) => t(`grantStatuses.${r.status}`),
              width: 'auto',
            },
            {
              header: t('granted'),
              numeric: true,
              cell: (r: AnnualGrant) =>
                r.grantedCents === undefined ? common('none') : formatMoney(r.grantedCents, lang),
            },
            {
              header: t('spent'),
              numeric: true,
              cell: (r: AnnualGrant) => formatMoney(r.spentCents, lang),
            },
          ],
          g.rows.map((r) => ({ ...r })),
          [
            common('total'),
            '',
            '',
            formatMoney(g.grantedCents, lang),
            formatMoney(g.spentCents, lang),
          ],
        )
      : none('noGrants'),
    ...(g.rows.length ? [{ text: t('grantsNote'), style: 'small' } as Content] : []),
  );

  // Fresh objects: pdfmake rewrites list items in place, which would change the model.
  const highlightLines = [
    ...model.highlights.map((text) => ({ text })),
    ...model.notes.map((n) => {
      const printed = printedNote(n, lang);
      return { text: t('noteDate', { text: printed.body, citation: printed.citation }) };
    }),
  ];
  // A Finnish text under a translated heading says so, in the PDF's language.
  const inFinnish = (field: ReportTextField): Content[] =>
    inFinnishIn(model, field, lang)
      ? [{ text: translate(lang, 'reportTexts.inFinnishOnly'), style: 'small', italics: true }]
      : [];
  const highlights = section(
    t('highlightsHeading'),
    highlightLines.length ? { ul: highlightLines, margin: [0, 0, 0, 4] } : none('noHighlights'),
    ...inFinnish('annualHighlights'),
  );
  const notDone = section(
    t('notDoneHeading'),
    model.notDone.length
      ? { ul: model.notDone.map((text) => ({ text })), margin: [0, 0, 0, 4] }
      : none('noNotDone'),
    ...inFinnish('annualNotDone'),
  );

  const indicators = indicatorsSection(model.indicators, lang);
  const signatures = signaturesSection(t('signaturesHeading'), model, lang);

  return reportDocument({
    lang,
    letterhead: { ...model.letterhead },
    title,
    subject: `${title}: ${model.letterhead.name}, ${subtitle}`,
    printedOn: model.printedOn,
    content: [
      { text: subtitle, style: 'subtitle' },
      ...membership,
      ...board,
      ...activities,
      ...volunteerWork,
      ...grants,
      ...highlights,
      ...indicators,
      ...notDone,
      ...signatures,
    ],
  });
}
