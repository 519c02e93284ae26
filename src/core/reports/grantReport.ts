import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { hourValueOf, volunteerValueCents } from '../hours/hourValue';
import {
  minutesByMonthOf,
  rollupsForReport,
  rollupsOfActivities,
  type MonthTotals,
  type Period,
  type ReportRollups,
  hadActivity,
} from '../figures';
import { formatDate, formatInteger, formatMinutes, formatMoney } from '../format';
import { translate } from '../i18n';
import { reportDocument, signatureLines, simpleTable, type Letterhead } from '../pdf';
import type {
  Dataset,
  FunderType,
  Grant,
  GrantStatus,
  Language,
  ReportTextField,
} from '../schemas';
import { reachesPeople } from '../schemas';
import { clipPeriod, grantBudgetActual, grantPeriod, isReceivedGrant, sortGrants } from '../grants';
import { chooseReportNotes, printedNote, reportNoteRules } from '../impact';
import { hoursByMonthChartSvg } from './hoursChart';
import { reportNote, type ReportNote } from './reportNote';
import { reportIndicators, indicatorTable, type ReportIndicator } from './reportIndicators';
import { ReportError } from './ReportError';
import { signersOn, type Signer } from '../officials';
import { chooseReportTexts, inFinnishIn, reportTextFieldsOf } from './reportTexts';

export type GrantReportOptions = {
  /** The grant to report on; without it, the most recent grant received in the period. */
  grantId?: string;
  /** Defaults to the grant's own period (periodStart–periodEnd). */
  period?: Period;
  /** Notes chosen by hand; without them the grant's newest consented notes are taken. */
  impactNoteIds?: string[];
  printedOn: string;
  /** The language of the PDF: its own texts are printed, or the Finnish ones marked so. */
  lang?: Language;
};

/** One activity the grant funds, with its figures in the period. */
export type GrantActivityRow = {
  activityId: string;
  name: string;
  municipality?: string;
  /** False for board meetings and other internal work: no participants are counted as reached. */
  reachesPeople: boolean;
  sessions: number;
  participants: number;
  /** Participants of sessions whose figure was counted head by head. */
  countedParticipants: number;
  /** Participants of sessions whose figure was estimated. */
  estimatedParticipants: number;
  newParticipants: number;
  volunteerMinutes: number;
};

/** A payment the funder made, as printed. */
export type GrantPaymentRow = { id: string; date: string; amountCents: number; note?: string };

/** A checklist item (document or duty the funder asks for), as printed. */
export type GrantChecklistRow = { id: string; label: string; done: boolean; doneOn?: string };

export type GrantFigures = {
  sessions: number;
  participants: number;
  countedParticipants: number;
  estimatedParticipants: number;
  newParticipants: number;
  /** Distinct people with hours for the grant in the period. */
  volunteers: number;
  volunteerMinutes: number;
  volunteerValueCents: number;
  hourValueCents: number;
  hourValueSource: string;
};

export type GrantBudgetRow = {
  id: string;
  name: string;
  budgetCents: number;
  /** Expenses booked to the line in the period. */
  spentCents: number;
  /** Budget minus spent: negative when the line went over. */
  differenceCents: number;
};

export type GrantBudget = {
  lines: GrantBudgetRow[];
  budgetCents: number;
  spentCents: number;
  /** The budget's total minus what was spent. */
  differenceCents: number;
  /** The granted amount (or, when none is recorded, the budget) minus what was spent. */
  unusedCents: number;
};

/** A consented impact note printed in the report, without any person. */
export type GrantNote = ReportNote;

export type GrantReport = {
  letterhead: Letterhead;
  grant: {
    id: string;
    name: string;
    programme?: string;
    purpose?: string;
    status: GrantStatus;
    decisionNumber?: string;
    decisionDate?: string;
    appliedCents?: number;
    grantedCents?: number;
    paidCents?: number;
    useBy?: string;
    /** The grant's own period, when it has one: the report's period is clipped to it. */
    period?: Period;
  };
  funder?: { name: string; type: FunderType };
  period: Period;
  figures: GrantFigures;
  /** The grant's activities with sessions or hours in the period, by name. */
  activities: GrantActivityRow[];
  /**
   * Hours booked to the grant in the period outside its linked activities
   * (no activity, or one not linked to the grant): the row that makes the
   * activity rows add up to the total. Undefined when there are none.
   */
  outsideActivities?: { volunteerMinutes: number };
  /** The funder's payments, oldest first. */
  payments: GrantPaymentRow[];
  /** The funder's checklist of documents and duties, in list order. */
  checklist: GrantChecklistRow[];
  budget: GrantBudget;
  /** Every month of the period, zero rows included: the chart's rows. */
  months: MonthTotals[];
  notes: GrantNote[];
  /** The indicators of the period measuring the grant's activities. */
  indicators: ReportIndicator[];
  /** The association's own texts: what the work achieved, and how it deviated from the plan and why. */
  results: string[];
  deviations: string[];
  /** The language the texts were chosen for. */
  textsLanguage: Language;
  /** Texts with none of their own in that language, printed from Finnish (marked so). */
  textsInFinnish: ReportTextField[];
  /** The chair and the treasurer in office on the printing day. */
  signers: Signer[];
  place: string;
  printedOn: string;
};

export { receivedGrantStatuses } from '../grants';

const maxNotes = reportNoteRules.grant.max;
const inPeriod = (date: string | undefined, p: Period) => !!date && date >= p.from && date <= p.to;
const live = <T extends { deletedAt?: string | null }>(rows: T[]) =>
  rows.filter((r) => !r.deletedAt);

export { grantPeriod } from '../grants';

/**
 * The period a grant's report covers: the grant's own, or the chosen period
 * clipped to it. Undefined when neither is known or the chosen period lies
 * wholly outside the grant's.
 */
export function grantReportPeriod(grant: Grant, chosen?: Period): Period | undefined {
  return clipPeriod(grantPeriod(grant), chosen);
}

/** Refuse a grant that was not received: only a received grant gets a usage report. */
export function assertReportable(grant: Grant): void {
  if (!isReceivedGrant(grant)) {
    throw new ReportError('grantNotReceived', { name: grant.name, status: grant.status });
  }
}

/**
 * The grants the Reports page offers: the received ones, and the one asked
 * for (from a grant page's link) even when it was not received, so the page
 * can show it chosen with the reason it gets no report.
 */
export function grantReportOptions(data: Pick<Dataset, 'grants'>, chosenId?: string): Grant[] {
  const grants = reportableGrants(data);
  if (!chosenId || grants.some((g) => g.id === chosenId)) return grants;
  const chosen = live(data.grants).find((g) => g.id === chosenId);
  return chosen ? [chosen, ...grants] : grants;
}

/** Received grants, newest first, for the UI's and CLI's choice. */
export function reportableGrants(data: Pick<Dataset, 'grants'>): Grant[] {
  return sortGrants(live(data.grants).filter(isReceivedGrant));
}

/**
 * The most recent received grant whose period overlaps `period` (any received
 * grant when no period is given). Throws `noGrant` when there is none.
 */
export function pickGrant(data: Pick<Dataset, 'grants'>, period?: Period): Grant {
  const found = reportableGrants(data).find((g) => {
    if (!period) return true;
    const own = grantPeriod(g);
    return own ? own.from <= period.to && own.to >= period.from : false;
  });
  if (!found) throw new ReportError('noGrant');
  return found;
}

/**
 * What the grant funded: the activities linked to it, the rollups of their
 * sessions in the period, and the rollups of hours in the period that are
 * either booked to the grant or done in one of its activities (each rollup,
 * and so each hour entry, counted once: a rollup is of one activity and grant).
 */
function grantScope(data: Dataset, grant: Grant, rollups: ReportRollups) {
  const activities = live(data.activities).filter((a) => a.grantIds.includes(grant.id));
  const ids = new Set(activities.map((a) => a.id));
  const scoped = rollupsOfActivities(
    rollups,
    (activityId, grantId) => grantId === grant.id || ids.has(activityId),
  );
  return { activities, sessions: scoped.sessions, hours: scoped.hours, scoped };
}

/** The notes to print: consented ones only (`chooseReportNotes`), the grant's own by default. */
function chooseNotes(
  data: Dataset,
  grant: Grant,
  activityIds: Set<string>,
  period: Period,
  chosen?: string[],
): GrantNote[] {
  return chooseReportNotes(data.impactNotes, {
    chosenIds: chosen,
    inScope: (n) =>
      inPeriod(n.date, period) &&
      (n.grantId === grant.id || (!!n.activityId && activityIds.has(n.activityId))),
    max: maxNotes,
  }).map(reportNote);
}

/**
 * The figures, budget and notes of a grant usage report (avustuksen
 * käyttöselvitys). Figures, the activity rows and the months come from
 * `rollups` (of the report's period; built from `data`'s rows when absent).
 */
export function grantReportModel(
  data: Dataset,
  options: GrantReportOptions,
  rollups?: ReportRollups,
): GrantReport {
  const profile = data.profile.find((p) => !p.deletedAt);
  if (!profile) throw new ReportError('noProfile');
  if (options.period && options.period.from > options.period.to) {
    throw new ReportError('badPeriod');
  }
  let grant: Grant;
  if (options.grantId) {
    const found = live(data.grants).find((g) => g.id === options.grantId);
    if (!found) throw new ReportError('grantNotFound', { id: options.grantId });
    grant = found;
  } else {
    grant = pickGrant(data, options.period);
  }
  assertReportable(grant);
  const period = grantReportPeriod(grant, options.period);
  if (!period) throw new ReportError('badPeriod');
  const funder = live(data.funders).find((f) => f.id === grant.funderId);
  const { activities, sessions, hours, scoped } = grantScope(
    data,
    grant,
    rollupsForReport(data, period, rollups),
  );

  const rows = new Map<string, GrantActivityRow>(
    activities.map((a) => [
      a.id,
      {
        activityId: a.id,
        name: a.name,
        municipality: a.municipality || undefined,
        reachesPeople: reachesPeople(a.type),
        sessions: 0,
        participants: 0,
        countedParticipants: 0,
        estimatedParticipants: 0,
        newParticipants: 0,
        volunteerMinutes: 0,
      },
    ]),
  );
  for (const s of sessions) {
    const row = rows.get(s.activityId)!;
    row.sessions += s.sessions;
    // Board meetings and other internal work meet no one the grant is for.
    if (!row.reachesPeople) continue;
    row.participants += s.participants;
    row.newParticipants += s.newParticipants;
    if (s.countMethod === 'estimated') row.estimatedParticipants += s.participants;
    else row.countedParticipants += s.participants;
  }
  let outsideMinutes = 0;
  for (const h of hours) {
    const row = h.activityId ? rows.get(h.activityId) : undefined;
    if (row) row.volunteerMinutes += h.minutes;
    else outsideMinutes += h.minutes;
  }
  const activityRows = [...rows.values()]
    .filter(hadActivity)
    .sort((a, b) => a.name.localeCompare(b.name, 'fi'));

  const sum = (key: keyof GrantActivityRow) =>
    [...rows.values()].reduce((total, r) => total + (r[key] as number), 0);
  const volunteerMinutes = hours.reduce((total, h) => total + h.minutes, 0);
  const hourValueCents = hourValueOf(profile);

  const ofGrant = <R extends { grantId: string }>(rows: readonly R[]) =>
    rows.filter((r) => r.grantId === grant.id);
  const actual = grantBudgetActual({
    lines: ofGrant(data.grantBudgetLines),
    expenses: ofGrant(data.grantExpenses),
    payments: ofGrant(data.grantPayments),
    grantedCents: grant.grantedCents,
    period,
  });
  const lines = actual.lines.map(({ id, name, budgetCents, spentCents, differenceCents }) => ({
    id,
    name,
    budgetCents,
    spentCents,
    differenceCents,
  }));
  const payments = live(ofGrant(data.grantPayments))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map(({ id, date, amountCents, note }) => ({
      id,
      date,
      amountCents,
      note: note || undefined,
    }));
  const paidCents = payments.length ? actual.paidCents : undefined;
  const checklist = live(ofGrant(data.grantChecklistItems ?? []))
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0) || a.label.localeCompare(b.label, 'fi'))
    .map(({ id, label, done, doneOn }) => ({ id, label, done: !!done, doneOn }));
  const ownPeriod = grantPeriod(grant);
  const texts = chooseReportTexts(profile, options.lang ?? 'fi', reportTextFieldsOf.grant);

  return {
    letterhead: {
      name: profile.name,
      businessId: profile.businessId,
      logoDataUrl: profile.logoDataUrl,
      homeMunicipality: profile.homeMunicipality,
    },
    grant: {
      id: grant.id,
      name: grant.name,
      programme: grant.programme || undefined,
      purpose: grant.purpose || undefined,
      status: grant.status,
      decisionNumber: grant.decisionNumber || undefined,
      decisionDate: grant.decisionDate,
      appliedCents: grant.appliedCents,
      grantedCents: grant.grantedCents,
      paidCents,
      useBy: grant.useBy,
      period: ownPeriod && { from: ownPeriod.from, to: ownPeriod.to },
    },
    funder: funder ? { name: funder.name, type: funder.type } : undefined,
    period: { from: period.from, to: period.to },
    figures: {
      sessions: sum('sessions'),
      participants: sum('participants'),
      countedParticipants: sum('countedParticipants'),
      estimatedParticipants: sum('estimatedParticipants'),
      newParticipants: sum('newParticipants'),
      volunteers: new Set(scoped.volunteers.flatMap((v) => Object.keys(v.volunteers))).size,
      volunteerMinutes,
      volunteerValueCents: volunteerValueCents(volunteerMinutes, hourValueCents),
      hourValueCents,
      hourValueSource: profile.hourValueSource ?? '',
    },
    activities: activityRows,
    outsideActivities: outsideMinutes ? { volunteerMinutes: outsideMinutes } : undefined,
    payments,
    checklist,
    budget: {
      lines,
      budgetCents: actual.budgetCents,
      spentCents: actual.spentCents,
      differenceCents: actual.differenceCents,
      unusedCents: actual.unusedCents,
    },
    months: minutesByMonthOf(hours, period),
    notes: chooseNotes(
      data,
      grant,
      new Set(activities.map((a) => a.id)),
      period,
      options.impactNoteIds,
    ),
    indicators: reportIndicators(
      data,
      period,
      options.lang ?? 'fi',
      new Set(activities.map((a) => a.id)),
    ),
    results: texts.lines.grantResults,
    deviations: texts.lines.grantDeviations,
    textsLanguage: options.lang ?? 'fi',
    textsInFinnish: texts.fromFinnish,
    signers: signersOn(data, options.printedOn, ['chair', 'treasurer']),
    place: profile.homeMunicipality,
    printedOn: options.printedOn,
  };
}

/** The grant usage report as a pdfmake document in the chosen language. */
export function grantReportDocument(model: GrantReport, lang: Language): TDocumentDefinitions {
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(lang, `grantReport.${key}`, params);
  const common = (key: string, params?: Record<string, string | number>) =>
    translate(lang, `reports.common.${key}`, params);
  const int = (n: number) => formatInteger(n, lang);
  const money = (cents: number | undefined) =>
    cents === undefined ? common('none') : formatMoney(cents, lang);
  const date = (d: string | undefined) => (d ? formatDate(d, lang) : common('none'));
  const title = t('title');
  const periodText = common('periodValue', {
    from: formatDate(model.period.from, lang),
    to: formatDate(model.period.to, lang),
  });
  // A heading is kept on the page of what follows it, never left alone at the bottom.
  const section = (heading: string, first: Content, ...rest: Content[]): Content[] => [
    { unbreakable: true, stack: [{ text: heading, style: 'h2' }, first] },
    ...rest,
  ];
  const labelled = (rows: [string, string | undefined][]): Content => ({
    table: {
      widths: ['auto', '*'],
      body: rows
        .filter((r): r is [string, string] => !!r[1])
        .map(([label, value]) => [{ text: label, color: '#444444' }, { text: value }]),
    },
    layout: 'noBorders',
    margin: [0, 0, 0, 4],
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

  const indicators = model.indicators.length
    ? section(translate(lang, 'indicators.reportHeading'), indicatorTable(model.indicators, lang))
    : [];

  const signatures = section(
    t('signaturesHeading'),
    signatureLines(
      model.signers.map((s) => ({
        name: s.name,
        role: translate(lang, `officials.signatureRoles.${s.role}`),
      })),
      common('placeAndDate', { place: model.place, date: formatDate(model.printedOn, lang) }),
    ),
  );

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
