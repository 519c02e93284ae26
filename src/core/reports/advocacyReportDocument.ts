import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate, formatInteger, formatMinutes, formatMoney } from '../format';
import { translate, type MessageKeyUnder } from '../i18n';
import { activityFiguresTable, reportDocument } from '../pdf';
import type { Language, ReportTextField } from '../schemas';
import { indicatorFigureText, printedNote } from '../impact';
import { totalHoursByMonthChartSvg } from './hoursChart';
import { inFinnishIn } from './reportTexts';
import { indicatorLabel, type ReportIndicator } from './reportIndicators';
import { type AdvocacyReport } from './advocacyReportModel';

const accent = '#8a1538';
/** Headings closer to their text than in the longer reports: the summary is one page. */
const tight: [number, number, number, number] = [0, 6, 0, 2];

/** The advocacy summary as a one- or two-page pdfmake document in the chosen language. */
export function advocacyReportDocument(
  model: AdvocacyReport,
  lang: Language,
): TDocumentDefinitions {
  const t = (key: MessageKeyUnder<'advocacyReport'>, params?: Record<string, string | number>) =>
    translate(lang, `advocacyReport.${key}`, params);
  const common = (
    key: MessageKeyUnder<'reports.common'>,
    params?: Record<string, string | number>,
  ) => translate(lang, `reports.common.${key}`, params);
  const title = t('title');
  const period = common('periodValue', {
    from: formatDate(model.period.from, lang),
    to: formatDate(model.period.to, lang),
  });
  const subtitle = model.municipality
    ? t('subtitleMunicipality', { municipality: model.municipality, period })
    : t('subtitle', { period });
  const f = model.figures;

  const figure = (value: string, label: string) => ({
    width: '*' as const,
    stack: [
      { text: value, fontSize: 18, bold: true, color: accent },
      { text: label, fontSize: 9, color: '#444444' },
    ],
  });
  // Six figures do not fit one row in large type, so two rows of three.
  const figureRows: Content[] = [
    {
      columns: [
        figure(formatInteger(f.peopleReached, lang), t('figures.peopleReached')),
        figure(formatInteger(f.sessions, lang), t('figures.sessions')),
        figure(formatInteger(f.volunteers, lang), t('figures.volunteers')),
      ],
      columnGap: 16,
      margin: [0, 0, 0, 4],
    },
    {
      columns: [
        figure(formatMinutes(f.volunteerMinutes, lang), t('figures.volunteerHours')),
        figure(formatMoney(f.volunteerValueCents, lang), t('figures.volunteerValue')),
        figure(
          formatInteger(f.members, lang),
          model.municipality
            ? t('figures.membersIn', { municipality: model.municipality })
            : t('figures.members'),
        ),
      ],
      columnGap: 16,
      margin: [0, 0, 0, 4],
    },
  ];
  const rate = formatMoney(f.hourValueCents, lang);
  const valueNote = f.hourValueSource
    ? t('valueSource', { rate, source: f.hourValueSource })
    : t('valueSourceNoSource', { rate });

  // A Finnish text under a translated heading says so, in the PDF's language.
  const inFinnish = (field: ReportTextField): Content[] =>
    inFinnishIn(model, field, lang)
      ? [{ text: translate(lang, 'reportTexts.inFinnishOnly'), style: 'small', italics: true }]
      : [];
  // What we do and the activities in figures close the summary, on a second page when
  // the first is full: the first page is what a council member keeps.
  const whatWeDo: Content[] = [
    {
      unbreakable: true,
      stack: [
        { text: t('whatWeDoHeading'), style: 'h2' },
        ...(model.whatWeDo.length ? inFinnish('whatWeDo') : []),
        ...model.whatWeDo.map((p): Content => ({ text: p, margin: [0, 0, 0, 4] })),
      ],
    },
    model.activities.length
      ? activityFiguresTable(model.activities, lang)
      : { text: t('noActivities'), italics: true },
  ];

  const voiceBoxes = model.voices.map((v): Content => ({
    unbreakable: true,
    margin: [0, 2, 0, 4],
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: printedNote(v, lang).body, italics: true, fontSize: 10.5 },
              {
                text: `${t(`noteTypes.${v.type}`)} · ${t(`sources.${v.source}`)} · ${formatDate(v.date, lang)}`,
                style: 'small',
                margin: [0, 3, 0, 0],
              },
            ],
            margin: [8, 2, 0, 2],
          },
        ],
      ],
    },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: (i: number) => (i === 0 ? 2 : 0),
      vLineColor: () => accent,
    },
  }));
  // A heading is kept on the page of what follows it, never left alone at the bottom.
  const voices: Content[] = voiceBoxes.length
    ? [
        {
          unbreakable: true,
          stack: [{ text: t('voicesHeading'), style: 'h2', margin: tight }, voiceBoxes[0]!],
        },
        ...voiceBoxes.slice(1),
      ]
    : [];

  const bullets = (heading: string, lines: string[], field: ReportTextField): Content[] =>
    lines.length
      ? [
          {
            unbreakable: true,
            stack: [
              { text: heading, style: 'h2', margin: tight },
              ...inFinnish(field),
              // Fresh objects: pdfmake rewrites list items in place, which would change the model.
              { ul: lines.map((text) => ({ text })), margin: [0, 0, 0, 4] },
            ],
          },
        ]
      : [];

  const c = model.contact;
  const contactLines: [string, string | undefined][] = [
    [t('chair'), c.chairName],
    [t('email'), c.email],
    [t('phone'), c.phone],
    [t('website'), c.website],
    [t('address'), c.address.join(', ') || undefined],
  ];
  // The contact details as one line across the page: who to call, how.
  const contact: Content = {
    unbreakable: true,
    margin: [0, 10, 0, 0],
    text: [
      { text: `${t('contactHeading')}: `, bold: true, color: accent },
      { text: c.name, bold: true },
      ...contactLines
        .filter((l): l is [string, string] => !!l[1])
        .flatMap(([label, value]) => [
          { text: `  ·  ${label} `, color: '#444444' },
          { text: value },
        ]),
    ],
  };

  // One chart: the volunteer hours of the period, month by month (none without hours).
  const chart: Content[] = model.months.some((m) => m.totalMinutes > 0)
    ? [
        {
          unbreakable: true,
          stack: [
            { text: t('hoursChartTitle'), style: 'h3', margin: [0, 6, 0, 2] },
            {
              svg: totalHoursByMonthChartSvg(model.months, lang, { width: 483, height: 104 }),
              width: 483,
            },
          ],
        },
      ]
    : [];
  // The strongest indicators as headline figures of their own: the share (or value) large,
  // what it measures, the answers behind it and its provenance small.
  const headline = (i: ReportIndicator): string =>
    i.kind === 'feedback'
      ? i.share == null
        ? translate(lang, 'indicators.figure.noAnswers')
        : translate(lang, 'indicators.page.shareUnit', {
            value: formatInteger(Math.round(i.share * 100), lang),
          })
      : indicatorFigureText(i, lang);
  const indicators: Content[] = model.indicators.length
    ? [
        {
          unbreakable: true,
          stack: [
            { text: translate(lang, 'indicators.reportHeading'), style: 'h2', margin: tight },
            {
              columnGap: 16,
              columns: [0, 1, 2].map((n) => {
                const i = model.indicators[n];
                return {
                  width: '*' as const,
                  stack: i
                    ? [
                        { text: headline(i), fontSize: 16, bold: true, color: accent },
                        { text: indicatorLabel(i, lang), fontSize: 9, bold: true },
                        {
                          text: `${indicatorFigureText(i, lang)} · ${translate(lang, `feedback.provenances.${i.provenance}`)}`,
                          fontSize: 8,
                          color: '#444444',
                        },
                      ]
                    : [],
                };
              }),
            },
          ],
        },
      ]
    : [];

  return reportDocument({
    lang,
    letterhead: model.letterhead,
    title,
    subject: `${title}: ${model.letterhead.name}, ${subtitle}`,
    printedOn: model.printedOn,
    content: [
      { text: subtitle, style: 'subtitle' },
      { text: t('figuresHeading'), style: 'h2', margin: [0, 0, 0, 4] },
      ...figureRows,
      { text: valueNote, style: 'small' },
      ...indicators,
      ...chart,
      {
        columnGap: 20,
        columns: [
          { width: '*', stack: voices },
          {
            width: 200,
            stack: [
              ...bullets(t('messagesHeading'), model.messages, 'advocacyMessages'),
              ...bullets(t('asksHeading'), model.asks, 'advocacyAsks'),
            ],
          },
        ],
      },
      contact,
      ...whatWeDo,
    ],
  });
}
