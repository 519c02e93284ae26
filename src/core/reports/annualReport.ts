import type { Content, ContentTable, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  activityFiguresOf,
  membershipFigures,
  minutesByMonthOf,
  periodFiguresOf,
  rollupsForReport,
  type ActivityFigures,
  type MonthTotals,
  type Period,
  type ReportRollups,
  hadActivity,
} from '../figures';
import { formatDate, formatInteger, formatMinutes, formatMoney } from '../format';
import { translate } from '../i18n';
import { reportDocument, signatureLines, simpleTable, type Letterhead } from '../pdf';
import {
  hourKinds,
  membershipTypes,
  type Dataset,
  type Grant,
  type HourKind,
  type Language,
  type MembershipType,
  type ReportTextField,
} from '../schemas';
import {
  isReceivedGrant,
  sortGrants,
  spendingOfGrants,
  sumCents,
  type ReceivedGrantStatus,
} from '../grants';
import { chooseReportNotes, printedNote, reportNoteRules } from '../impact';
import { hoursByMonthChartSvg } from './hoursChart';
import { reportNote, type ReportNote } from './reportNote';
import { reportIndicators, indicatorTable, type ReportIndicator } from './reportIndicators';
import { ReportError } from './ReportError';
import {
  boardOfPeriod,
  hasOfficials,
  inOfficeOn,
  signersOn,
  type BoardRole,
  type Signer,
} from '../officials';
import { chooseReportTexts, inFinnishIn, reportTextFieldsOf } from './reportTexts';

export type AnnualReportOptions = {
  /** The fiscal year by the calendar year it starts in. */
  year: number;
  /** Notes chosen by hand; without them the year's consented outcomes are taken. */
  impactNoteIds?: string[];
  printedOn: string;
  /** The language of the PDF: its own texts are printed, or the Finnish ones marked so. */
  lang?: Language;
};

/** Members at the start and end of the year and the changes in between. */
export type MembershipCounts = { start: number; joined: number; left: number; end: number };

export type MemberType = Exclude<MembershipType, 'none'>;
export type MembershipByType = MembershipCounts & { type: MemberType };

/**
 * The board and officials of the year from the officials records: one row per
 * role, names only with consent, the others counted. Without any records, the
 * chair and treasurer named in the profile (`fromProfile`).
 */
export type AnnualBoard = { roles: BoardRole[]; fromProfile: boolean };

export type AnnualVolunteerWork = {
  /** Distinct people with hours in the year. */
  volunteers: number;
  minutes: number;
  minutesByKind: Record<HourKind, number>;
  /** Every month of the fiscal year, zero rows included. */
  months: MonthTotals[];
  valueCents: number;
  hourValueCents: number;
  hourValueSource: string;
};

export type { ReceivedGrantStatus };

export type AnnualGrant = {
  id: string;
  funderName: string;
  name: string;
  status: ReceivedGrantStatus;
  grantedCents?: number;
  /** Expenses of the grant dated in the fiscal year. */
  spentCents: number;
};

export type AnnualGrants = { rows: AnnualGrant[]; grantedCents: number; spentCents: number };

/** A consented impact note printed among the highlights, without any person. */
export type AnnualNote = ReportNote;

export type AnnualReport = {
  letterhead: Letterhead;
  year: number;
  period: Period;
  membership: { total: MembershipCounts; byType: MembershipByType[] };
  board: AnnualBoard;
  /** Activities with sessions or hours in the year, by name. */
  activities: ActivityFigures[];
  volunteerWork: AnnualVolunteerWork;
  grants: AnnualGrants;
  /** Lines of the association's own highlights text. */
  highlights: string[];
  notes: AnnualNote[];
  /** The year's indicators, from the feedback tallies and the measured values. */
  indicators: ReportIndicator[];
  notDone: string[];
  /** The language the texts were chosen for. */
  textsLanguage: Language;
  /** Texts with none of their own in that language, printed from Finnish (marked so). */
  textsInFinnish: ReportTextField[];
  /** Signature lines: the chair and the secretary (or treasurer) in office on the printing day. */
  signers: Signer[];
  place: string;
  printedOn: string;
};

const maxNotes = reportNoteRules.annual.max;
const memberTypes = membershipTypes.filter((t): t is MemberType => t !== 'none');

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const inPeriod = (date: string | undefined, p: Period) => !!date && date >= p.from && date <= p.to;

/**
 * The fiscal year that starts in `year`: the calendar year when `startMonth`
 * is 1, otherwise from the first of `startMonth` to the day before it a year later.
 */
export function fiscalYearPeriod(year: number, startMonth: number): Period {
  if (
    !Number.isInteger(year) ||
    year < 1000 ||
    year > 9998 ||
    !Number.isInteger(startMonth) ||
    startMonth < 1 ||
    startMonth > 12
  ) {
    throw new ReportError('badPeriod');
  }
  // Day 0 of the start month a year later is the last day of the month before it.
  return {
    from: isoDay(new Date(Date.UTC(year, startMonth - 1, 1))),
    to: isoDay(new Date(Date.UTC(year + 1, startMonth - 1, 0))),
  };
}

/** The fiscal year as printed: "2025", or "2025–2026" when it crosses a new year. */
export function fiscalYearLabel(period: Period): string {
  const from = period.from.slice(0, 4);
  const to = period.to.slice(0, 4);
  return from === to ? from : `${from}–${to}`;
}

/**
 * Membership counts, in total and by type, from the member rollups (the same
 * figures as the home page and the other reports): members on the day before
 * the year began, joins and leaves in it, members on its last day.
 */
function membershipOf(rollups: ReportRollups, period: Period): AnnualReport['membership'] {
  const m = membershipFigures(rollups.members, period);
  return {
    total: { start: m.membersAtStart, joined: m.joined, left: m.left, end: m.membersAtEnd },
    byType: memberTypes.map((type) => {
      const r = m.byType[type];
      return { type, start: r.atStart, joined: r.joined, left: r.left, end: r.atEnd };
    }),
  };
}

/** The board of the year, or the profile's chair and treasurer when no officials are recorded. */
function boardOf(data: Dataset, period: Period): AnnualBoard {
  if (hasOfficials(data)) return { roles: boardOfPeriod(data, period), fromProfile: false };
  const profile = data.profile.find((p) => !p.deletedAt);
  const roles: BoardRole[] = [];
  const chair = profile?.chairName?.trim();
  const treasurer = profile?.treasurerName?.trim();
  if (chair) roles.push({ role: 'chair', names: [chair], others: 0 });
  if (treasurer) roles.push({ role: 'treasurer', names: [treasurer], others: 0 });
  return { roles, fromProfile: true };
}

/** The chair, and the secretary when one is in office (else the treasurer), on `date`. */
function annualSigners(data: Dataset, date: string): Signer[] {
  const secretary = (data.officials ?? []).some(
    (o) => !o.deletedAt && o.role === 'secretary' && inOfficeOn(o, date),
  );
  return signersOn(data, date, ['chair', secretary ? 'secretary' : 'treasurer']);
}

/**
 * Does the grant belong to the year: its decision falls in it, or its period
 * of use overlaps it (without an end date the grant runs to its use-by date).
 */
function grantTouches(g: Grant, period: Period): boolean {
  if (inPeriod(g.decisionDate, period)) return true;
  const start = g.periodStart ?? g.periodEnd;
  const end = g.periodEnd ?? g.useBy ?? g.periodStart;
  return !!start && !!end && start <= period.to && end >= period.from;
}

function grantsOf(data: Dataset, period: Period): AnnualGrants {
  const funders = new Map(data.funders.map((f) => [f.id, f.name]));
  const received = data.grants
    .filter(isReceivedGrant)
    .filter((g) => !g.deletedAt && grantTouches(g, period));
  // Spent in the fiscal year, within each grant's own period of use.
  const spending = spendingOfGrants(received, data.grantExpenses, period);
  const rows = sortGrants(received, 'oldestFirst').map((g): AnnualGrant => ({
    id: g.id,
    funderName: funders.get(g.funderId) ?? '',
    name: g.name,
    status: g.status,
    grantedCents: g.grantedCents,
    spentCents: spending.get(g.id) ?? 0,
  }));
  return {
    rows,
    grantedCents: sumCents(rows.map((g) => g.grantedCents ?? 0)),
    spentCents: sumCents(rows.map((g) => g.spentCents)),
  };
}

/**
 * Impact notes among the highlights: only consented ones, ever (`chooseReportNotes`).
 * Notes chosen by hand keep their order; otherwise the year's highlighted notes
 * and outcomes (highlights taken first), in date order.
 */
function chooseNotes(data: Dataset, period: Period, ids: string[] | undefined): AnnualNote[] {
  const notes = chooseReportNotes(data.impactNotes, {
    chosenIds: ids,
    inScope: (n) => inPeriod(n.date, period) && (n.highlight === true || n.type === 'outcome'),
    max: maxNotes,
  });
  // Taken highlights first, printed as the year went (a hand-made choice keeps its order).
  if (!ids) notes.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return notes.map(reportNote);
}

/**
 * The figures and texts of the annual activity summary (toimintakertomus) for
 * one fiscal year. Headline figures, the activities table and the months come
 * from `rollups` (of the fiscal year; built from `data`'s rows when absent);
 * rows are read only for what is listed by name (the board, from its hours).
 */
export function annualReportModel(
  data: Dataset,
  options: AnnualReportOptions,
  rollups?: ReportRollups,
): AnnualReport {
  const profile = data.profile.find((p) => !p.deletedAt);
  if (!profile) throw new ReportError('noProfile');
  // Records written before the field existed may lack it: a calendar year then.
  const period = fiscalYearPeriod(options.year, profile.fiscalYearStartMonth ?? 1);
  const r = rollupsForReport(data, period, rollups);
  const f = periodFiguresOf(r, r.members, profile);
  const texts = chooseReportTexts(profile, options.lang ?? 'fi', reportTextFieldsOf.annual);
  return {
    letterhead: {
      name: profile.name,
      businessId: profile.businessId,
      logoDataUrl: profile.logoDataUrl,
      homeMunicipality: profile.homeMunicipality,
    },
    year: options.year,
    period,
    membership: membershipOf(r, period),
    board: boardOf(data, period),
    activities: activityFiguresOf(r, data.activities).filter(hadActivity),
    volunteerWork: {
      volunteers: f.volunteers,
      minutes: f.volunteerMinutes,
      minutesByKind: f.minutesByKind,
      months: minutesByMonthOf(r.hours, period),
      valueCents: f.volunteerValueCents,
      hourValueCents: f.hourValueCents,
      hourValueSource: f.hourValueSource,
    },
    grants: grantsOf(data, period),
    highlights: texts.lines.annualHighlights,
    notes: chooseNotes(data, period, options.impactNoteIds),
    indicators: reportIndicators(data, period, options.lang ?? 'fi'),
    notDone: texts.lines.annualNotDone,
    textsLanguage: options.lang ?? 'fi',
    textsInFinnish: texts.fromFinnish,
    signers: annualSigners(data, options.printedOn),
    place: profile.homeMunicipality,
    printedOn: options.printedOn,
  };
}

/** The annual activity summary as a pdfmake document in the chosen language. */
export function annualReportDocument(model: AnnualReport, lang: Language): TDocumentDefinitions {
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(lang, `annualReport.${key}`, params);
  const common = (key: string, params?: Record<string, string | number>) =>
    translate(lang, `reports.common.${key}`, params);
  const int = (n: number) => formatInteger(n, lang);
  const title = t('title');
  const subtitle = t('subtitle', {
    year: fiscalYearLabel(model.period),
    period: common('periodValue', {
      from: formatDate(model.period.from, lang),
      to: formatDate(model.period.to, lang),
    }),
  });
  const none = (key: string): Content => ({ text: t(key), italics: true, margin: [0, 0, 0, 4] });
  // A heading is kept on the page of what follows it, never left alone at the bottom.
  const section = (heading: string, first: Content, ...rest: Content[]): Content[] => [
    { unbreakable: true, stack: [{ text: heading, style: 'h2' }, first] },
    ...rest,
  ];
  const labelled = (rows: [string, string][]): Content => ({
    table: {
      widths: ['auto', '*'],
      body: rows.map(([label, value]) => [{ text: label, color: '#444444' }, { text: value }]),
    },
    layout: 'noBorders',
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
  const role = (key: string, params?: Record<string, string | number>) =>
    translate(lang, `officials.${key}`, params);
  const holders = (r: BoardRole) => {
    const names = r.names.join(', ');
    if (!r.others) return names;
    if (!names)
      return r.others === 1 ? role('peopleCountOne') : role('peopleCount', { count: r.others });
    return r.others === 1
      ? role('namesAndOthersOne', { names })
      : role('namesAndOthers', { names, count: r.others });
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
    model.activities.length
      ? simpleTable(
          [
            { header: t('activity'), cell: (a: ActivityFigures) => a.name },
            {
              header: t('sessions'),
              numeric: true,
              cell: (a: ActivityFigures) => int(a.sessions),
            },
            {
              header: t('participants'),
              numeric: true,
              cell: (a: ActivityFigures) => int(a.participants),
            },
            {
              header: common('hours'),
              numeric: true,
              cell: (a: ActivityFigures) => formatMinutes(a.volunteerMinutes, lang),
            },
          ],
          model.activities.map((a) => ({ ...a })),
        )
      : none('noActivities'),
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
