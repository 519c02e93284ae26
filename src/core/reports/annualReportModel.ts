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
import { letterheadOf, type Letterhead } from '../pdf';
import {
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
import { chooseReportNotes, reportNoteRules } from '../impact';
import { reportNote, type ReportNote } from './reportNote';
import { reportIndicators, type ReportIndicator } from './reportIndicators';
import { ReportError } from './ReportError';
import {
  boardOfPeriod,
  hasOfficials,
  inOfficeOn,
  signersOn,
  type BoardRole,
  type Signer,
} from '../officials';
import { chooseReportTexts, reportTextFieldsOf } from './reportTexts';

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
    letterhead: letterheadOf(profile),
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
