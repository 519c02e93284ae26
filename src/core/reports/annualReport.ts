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
} from '../schemas';
import { isReceivedGrant, spendingByGrant, sumCents, type ReceivedGrantStatus } from '../grants';
import { chooseReportNotes, printedNote } from '../impact';
import { hoursByMonthChartSvg } from './hoursChart';
import { reportNote, type ReportNote } from './reportNote';
import { ReportError } from './ReportError';

export type AnnualReportOptions = {
  /** The fiscal year by the calendar year it starts in. */
  year: number;
  /** Notes chosen by hand; without them the year's consented outcomes are taken. */
  impactNoteIds?: string[];
  printedOn: string;
};

/** Members at the start and end of the year and the changes in between. */
export type MembershipCounts = { start: number; joined: number; left: number; end: number };

export type MemberType = Exclude<MembershipType, 'none'>;
export type MembershipByType = MembershipCounts & { type: MemberType };

/** The board: officials from the profile; members named only with their consent. */
export type AnnualBoard = {
  chairName?: string;
  treasurerName?: string;
  /** Board members who consented to their name in public material, sorted. */
  namedMembers: string[];
  /** Board members without that consent: counted, never named. */
  otherMembers: number;
};

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
  notDone: string[];
  signers: { chairName?: string; treasurerName?: string };
  place: string;
  printedOn: string;
};

const maxNotes = 5;
const memberTypes = membershipTypes.filter((t): t is MemberType => t !== 'none');

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const inPeriod = (date: string | undefined, p: Period) => !!date && date >= p.from && date <= p.to;
const normalise = (s: string | undefined) => (s ?? '').trim().toLocaleLowerCase('fi');

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

/** Lines of a profile text, trimmed, blanks and typed bullet marks dropped. */
function linesOf(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[-•*]\s+/, '').trim())
    .filter(Boolean);
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

/**
 * People who logged board work in the year. The chair and the treasurer are
 * printed as officials from the profile, so they are not listed again; of the
 * rest only those who consented to their name in public material are named.
 */
function boardOf(data: Dataset, period: Period, officials: (string | undefined)[]): AnnualBoard {
  const ids = new Set(
    data.hours
      .filter((h) => !h.deletedAt && h.kind === 'board' && inPeriod(h.date, period))
      .map((h) => h.personId),
  );
  const officialNames = new Set(officials.map(normalise).filter(Boolean));
  const members = data.people.filter(
    (p) =>
      ids.has(p.id) && !p.deletedAt && !p.anonymisedAt && !officialNames.has(normalise(p.fullName)),
  );
  const named = members.filter((p) => p.consents.nameInPublicMaterials === true);
  return {
    namedMembers: named.map((p) => p.fullName).sort((a, b) => a.localeCompare(b, 'fi')),
    otherMembers: members.length - named.length,
  };
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
  const spending = spendingByGrant(
    data.grantExpenses.filter((e) => !e.deletedAt && inPeriod(e.date, period)),
  );
  const rows = data.grants
    .filter(isReceivedGrant)
    .filter((g) => !g.deletedAt && grantTouches(g, period))
    .sort(
      (a, b) =>
        (a.periodStart ?? a.decisionDate ?? '').localeCompare(
          b.periodStart ?? b.decisionDate ?? '',
        ) || a.name.localeCompare(b.name, 'fi'),
    )
    .map((g): AnnualGrant => ({
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
  const chairName = profile.chairName || undefined;
  const treasurerName = profile.treasurerName || undefined;
  const texts = profile.reportTexts;
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
    board: {
      chairName,
      treasurerName,
      ...boardOf(data, period, [chairName, treasurerName]),
    },
    activities: activityFiguresOf(r, data.activities).filter(
      (a) => a.sessions > 0 || a.volunteerMinutes > 0,
    ),
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
    highlights: linesOf(texts?.annualHighlights),
    notes: chooseNotes(data, period, options.impactNoteIds),
    notDone: linesOf(texts?.annualNotDone),
    signers: { chairName, treasurerName },
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
  const count = (n: number, one: string, many: string) =>
    n === 1 ? t(one) : t(many, { count: n });
  const boardValue = b.namedMembers.length
    ? b.otherMembers
      ? t('namesAndOthers', {
          names: b.namedMembers.join(', '),
          others: count(b.otherMembers, 'othersOne', 'others'),
        })
      : b.namedMembers.join(', ')
    : b.otherMembers
      ? count(b.otherMembers, 'membersCountOne', 'membersCount')
      : undefined;
  const boardRows: [string, string | undefined][] = [
    [t('chair'), b.chairName],
    [t('treasurer'), b.treasurerName],
    [t('boardMembers'), boardValue],
  ];
  const shownBoardRows = boardRows.filter((r): r is [string, string] => !!r[1]);
  const board = shownBoardRows.length
    ? section(t('boardHeading'), labelled(shownBoardRows), {
        text: t('boardNote'),
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
  const highlights = section(
    t('highlightsHeading'),
    highlightLines.length ? { ul: highlightLines, margin: [0, 0, 0, 4] } : none('noHighlights'),
  );
  const notDone = section(
    t('notDoneHeading'),
    model.notDone.length
      ? { ul: model.notDone.map((text) => ({ text })), margin: [0, 0, 0, 4] }
      : none('noNotDone'),
  );

  const signatures = section(
    t('signaturesHeading'),
    signatureLines(
      [
        { name: model.signers.chairName, role: common('signatureChair') },
        { name: model.signers.treasurerName, role: common('signatureTreasurer') },
      ],
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
      ...notDone,
      ...signatures,
    ],
  });
}
