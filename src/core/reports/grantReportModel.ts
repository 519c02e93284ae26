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
import { letterheadOf, type Letterhead } from '../pdf';
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
import { chooseReportNotes, reportNoteRules } from '../impact';
import { reportNote, type ReportNote } from './reportNote';
import { reportIndicators, type ReportIndicator } from './reportIndicators';
import { ReportError } from './ReportError';
import { signersOn, type Signer } from '../officials';
import { chooseReportTexts, reportTextFieldsOf } from './reportTexts';

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
    letterhead: letterheadOf(profile),
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
      volunteers: new Set(scoped.volunteers.flatMap((v) => v.people)).size,
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
