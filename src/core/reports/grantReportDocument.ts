import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate, formatInteger, formatMinutes, formatMoney } from '../format';
import { translate, type MessageKeyUnder } from '../i18n';
import { labelled, reportDocument, section, simpleTable } from '../pdf';
import type { Language } from '../schemas';
import { printedNote } from '../impact';
import { hoursByMonthChartSvg } from './hoursChart';
import { indicatorsSection, signaturesSection } from './closingSections';
import { inFinnishIn } from './reportTexts';
import {
  type GrantActivityRow,
  type GrantPaymentRow,
  type GrantChecklistRow,
  type GrantBudgetRow,
  type GrantReport,
} from './grantReportModel';

/** The grant usage report as a pdfmake document in the chosen language. */
export function grantReportDocument(model: GrantReport, lang: Language): TDocumentDefinitions {
  const t = (key: MessageKeyUnder<'grantReport'>, params?: Record<string, string | number>) =>
    translate(lang, `grantReport.${key}`, params);
  const common = (
    key: MessageKeyUnder<'reports.common'>,
    params?: Record<string, string | number>,
  ) => translate(lang, `reports.common.${key}`, params);
  const int = (n: number) => formatInteger(n, lang);
  const money = (cents: number | undefined) =>
    cents === undefined ? common('none') : formatMoney(cents, lang);
  const date = (d: string | undefined) => (d ? formatDate(d, lang) : common('none'));
  const title = t('title');
  const periodText = common('periodValue', {
    from: formatDate(model.period.from, lang),
    to: formatDate(model.period.to, lang),
  });
  const g = model.grant;
  const f = model.figures;

  const basics = section(
    t('grantHeading'),
    labelled([
      [t('association'), model.letterhead.name],
      [t('funder'), model.funder?.name ?? common('none')],
      [t('grant'), g.name],
      [t('programme'), g.programme],
      [
        t('decision'),
        [g.decisionNumber, g.decisionDate && formatDate(g.decisionDate, lang)]
          .filter(Boolean)
          .join(', ') || undefined,
      ],
      [t('applied'), g.appliedCents === undefined ? undefined : money(g.appliedCents)],
      [t('granted'), money(g.grantedCents)],
      [t('paid'), g.paidCents === undefined ? undefined : money(g.paidCents)],
      [common('period'), periodText],
      [
        t('grantPeriod'),
        g.period
          ? common('periodValue', {
              from: formatDate(g.period.from, lang),
              to: formatDate(g.period.to, lang),
            })
          : undefined,
      ],
      [t('useBy'), g.useBy ? date(g.useBy) : undefined],
      [t('purpose'), g.purpose],
    ]),
  );

  const estimated = f.estimatedParticipants > 0;
  const rate = formatMoney(f.hourValueCents, lang);
  const figures = section(
    t('figuresHeading'),
    {
      columns: [
        labelled([
          [t('sessions'), int(f.sessions)],
          [t('participants'), int(f.participants)],
          [t('countedParticipants'), int(f.countedParticipants)],
          [t('estimatedParticipants'), int(f.estimatedParticipants)],
        ]),
        labelled([
          [t('newParticipants'), int(f.newParticipants)],
          [t('volunteers'), int(f.volunteers)],
          [t('volunteerHours'), formatMinutes(f.volunteerMinutes, lang)],
          [t('volunteerValue'), formatMoney(f.volunteerValueCents, lang)],
        ]),
      ],
      columnGap: 24,
    },
    {
      text: [
        f.hourValueSource
          ? t('valueSource', { rate, source: f.hourValueSource })
          : t('valueSourceNoSource', { rate }),
        ' ',
        estimated ? t('estimatedNote') : t('countedNote'),
      ].join(''),
      style: 'small',
      margin: [0, 0, 0, 8],
    },
  );

  // The outside row and the total row: the activity rows add up to the printed total.
  type ActivityLine = Pick<
    GrantActivityRow,
    'name' | 'sessions' | 'countedParticipants' | 'estimatedParticipants' | 'volunteerMinutes'
  > & { outside?: true; reachesPeople?: boolean };
  const activityLines: ActivityLine[] = [
    ...model.activities,
    ...(model.outsideActivities
      ? [
          {
            name: t('outsideActivities'),
            sessions: 0,
            countedParticipants: 0,
            estimatedParticipants: 0,
            volunteerMinutes: model.outsideActivities.volunteerMinutes,
            outside: true as const,
          },
        ]
      : []),
  ];
  const countCell = (n: number, l: ActivityLine) => (l.outside ? common('none') : int(n));
  // Internal work (board meetings) reaches no participants: a dash, not a zero.
  const participantCell = (n: number, l: ActivityLine) =>
    l.reachesPeople === false ? common('none') : countCell(n, l);
  const internal = model.activities.some((a) => !a.reachesPeople);
  const activities = section(
    t('activitiesHeading'),
    activityLines.length
      ? simpleTable(
          [
            { header: t('activity'), cell: (a: ActivityLine) => a.name },
            {
              header: t('sessionsShort'),
              numeric: true,
              cell: (a: ActivityLine) => countCell(a.sessions, a),
            },
            {
              header: t('countedShort'),
              numeric: true,
              cell: (a: ActivityLine) => participantCell(a.countedParticipants, a),
            },
            {
              header: t('estimatedShort'),
              numeric: true,
              cell: (a: ActivityLine) => participantCell(a.estimatedParticipants, a),
            },
            {
              header: common('hours'),
              numeric: true,
              cell: (a: ActivityLine) => formatMinutes(a.volunteerMinutes, lang),
            },
          ],
          activityLines,
          [
            common('total'),
            int(f.sessions),
            int(f.countedParticipants),
            int(f.estimatedParticipants),
            formatMinutes(f.volunteerMinutes, lang),
          ],
        )
      : { text: t('noActivities'), italics: true, margin: [0, 0, 0, 4] },
    ...(internal ? [{ text: t('internalNotCounted'), style: 'small' } as Content] : []),
  );

  const payments = section(
    t('paymentsHeading'),
    model.payments.length
      ? simpleTable(
          [
            { header: t('paymentDate'), cell: (p: GrantPaymentRow) => date(p.date) },
            { header: t('paymentNote'), cell: (p: GrantPaymentRow) => p.note ?? '' },
            {
              header: t('paymentAmount'),
              numeric: true,
              cell: (p: GrantPaymentRow) => money(p.amountCents),
            },
          ],
          model.payments,
          [common('total'), '', money(g.paidCents ?? 0)],
        )
      : { text: t('noPayments'), italics: true, margin: [0, 0, 0, 4] },
  );

  const checklist = model.checklist.length
    ? section(
        t('checklistHeading'),
        simpleTable(
          [
            { header: t('checklistItem'), cell: (c: GrantChecklistRow) => c.label },
            {
              header: t('checklistState'),
              cell: (c: GrantChecklistRow) =>
                c.done
                  ? c.doneOn
                    ? t('checklistDoneOn', { date: date(c.doneOn) })
                    : t('checklistDone')
                  : t('checklistOpen'),
            },
          ],
          model.checklist,
        ),
      )
    : [];

  const chart: Content[] = f.volunteerMinutes
    ? [
        {
          unbreakable: true,
          stack: [
            {
              svg: hoursByMonthChartSvg(model.months, lang, { width: 480, height: 180 }),
              width: 480,
              margin: [0, 4, 0, 8],
            },
          ],
        },
      ]
    : [];

  const b = model.budget;
  const budget = section(
    t('budgetHeading'),
    b.lines.length
      ? simpleTable(
          [
            { header: t('budgetLine'), cell: (l: GrantBudgetRow) => l.name },
            {
              header: t('budget'),
              numeric: true,
              cell: (l: GrantBudgetRow) => money(l.budgetCents),
            },
            { header: t('spent'), numeric: true, cell: (l: GrantBudgetRow) => money(l.spentCents) },
            {
              header: t('difference'),
              numeric: true,
              cell: (l: GrantBudgetRow) => money(l.differenceCents),
            },
          ],
          b.lines,
          [common('total'), money(b.budgetCents), money(b.spentCents), money(b.differenceCents)],
        )
      : { text: t('noBudget'), italics: true, margin: [0, 0, 0, 4] },
    labelled([
      [t('granted'), money(g.grantedCents)],
      [t('spentTotal'), money(b.spentCents)],
      [b.unusedCents < 0 ? t('overspent') : t('unused'), money(Math.abs(b.unusedCents))],
    ]),
  );

  const notes = model.notes.length
    ? section(t('notesHeading'), {
        // The consent line stays with its notes, never alone above the signatures.
        stack: [
          {
            // Fresh objects: pdfmake rewrites list items in place, which would change the model.
            ul: model.notes.map((n) => {
              const printed = printedNote(n, lang);
              return { text: t('noteLine', { text: printed.body, citation: printed.citation }) };
            }),
            margin: [0, 0, 0, 4],
          },
          { text: t('notesConsent'), style: 'small' },
        ],
      })
    : [];

  // The association's own texts; a Finnish text under a translated heading says so.
  const ownText = (field: 'grantResults' | 'grantDeviations', lines: string[]): Content[] =>
    lines.length
      ? section(translate(lang, `reportTexts.fields.${field}`), {
          stack: [
            ...(inFinnishIn(model, field, lang)
              ? [
                  {
                    text: translate(lang, 'reportTexts.inFinnishOnly'),
                    style: 'small',
                    italics: true,
                  },
                ]
              : []),
            ...lines.map((text) => ({
              text,
              margin: [0, 0, 0, 4] as [number, number, number, number],
            })),
          ],
        })
      : [];
  const ownTexts = [
    ...ownText('grantResults', model.results),
    ...ownText('grantDeviations', model.deviations),
  ];

  const indicators = indicatorsSection(model.indicators, lang);
  const signatures = signaturesSection(t('signaturesHeading'), model, lang);

  return reportDocument({
    lang,
    letterhead: model.letterhead,
    title,
    subject: `${title}: ${g.name}, ${periodText}`,
    printedOn: model.printedOn,
    content: [
      { text: `${g.name} · ${periodText}`, style: 'subtitle' },
      ...basics,
      ...figures,
      ...activities,
      ...chart,
      ...payments,
      ...budget,
      ...checklist,
      ...ownTexts,
      ...indicators,
      ...notes,
      ...signatures,
    ],
  });
}
