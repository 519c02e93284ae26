import {
  activityFiguresOf,
  memberRollupsOf,
  minutesByMonthOf,
  periodFiguresOf,
  rollupsForReport,
  rollupsOfActivities,
  type ActivityFigures,
  type MonthTotals,
  type Period,
  type ReportRollups,
  hadActivity,
} from '../figures';
import { letterheadOf, type Letterhead } from '../pdf';
import type { Dataset, ImpactSource, Language, ReportTextField } from '../schemas';
import { advocacyVoiceTypes, chooseReportNotes, reportNoteRules } from '../impact';
import { signersOn } from '../officials';
import { sessionsReachingPeople } from './encounters';
import { chooseReportTexts, reportTextFieldsOf } from './reportTexts';
import { reportIndicators, type ReportIndicator } from './reportIndicators';
import { ReportError } from './ReportError';

export type AdvocacyReportOptions = {
  period: Period;
  /** Only this municipality's activities (matched case-insensitively, trimmed). */
  municipality?: string;
  /** Notes chosen by hand; without them the newest consented voices are taken. */
  impactNoteIds?: string[];
  printedOn: string;
  /** The language of the PDF: its own texts are printed, or the Finnish ones marked so. */
  lang?: Language;
};

/** The headline figures of the advocacy summary. */
export type AdvocacyFigures = {
  /**
   * Sum of session participants of activities that reach people (not board
   * meetings or other internal work): encounters, not distinct people.
   */
  peopleReached: number;
  sessions: number;
  /** Distinct people with hours. */
  volunteers: number;
  volunteerMinutes: number;
  volunteerValueCents: number;
  hourValueCents: number;
  hourValueSource: string;
  /** Members on the period's last day; with a municipality, those living there. */
  members: number;
};

/** A consented quote or story, without any person's name. */
export type AdvocacyVoice = {
  id: string;
  date: string;
  type: VoiceType;
  source: ImpactSource;
  text: string;
};

export type AdvocacyContact = {
  name: string;
  chairName?: string;
  email?: string;
  phone?: string;
  website?: string;
  /** Street address and postal code with post office, as printed lines. */
  address: string[];
};

export type AdvocacyReport = {
  letterhead: Letterhead;
  period: Period;
  /** The municipality as the data spells it; undefined for the whole association. */
  municipality?: string;
  figures: AdvocacyFigures;
  /** Paragraphs of the association's own "what we do" text. */
  whatWeDo: string[];
  /** Activities with sessions or hours in the period, by name. */
  activities: ActivityFigures[];
  voices: AdvocacyVoice[];
  /** Volunteer minutes per month of the period (of the municipality's activities): the one chart. */
  months: MonthTotals[];
  /** The period's indicators (of the municipality's activities when one is chosen). */
  indicators: ReportIndicator[];
  messages: string[];
  asks: string[];
  /** The language the texts were chosen for. */
  textsLanguage: Language;
  /** Texts with none of their own in that language, printed from Finnish (marked so). */
  textsInFinnish: ReportTextField[];
  contact: AdvocacyContact;
  printedOn: string;
};

/** The advocacy summary is one page: at most this many indicators. */
const maxIndicators = 3;

/**
 * The indicators a council member should see first: feedback shares with the
 * most answers behind them (a share of no answers says nothing), then the
 * measured ones in their order.
 */
function strongestIndicators(all: ReportIndicator[]): ReportIndicator[] {
  const answered = all
    .filter((i) => i.kind === 'feedback' && (i.answers ?? 0) > 0)
    .sort((a, b) => (b.answers ?? 0) - (a.answers ?? 0));
  const measured = all.filter((i) => i.kind !== 'feedback');
  return [...answered.slice(0, 2), ...measured, ...answered.slice(2)].slice(0, maxIndicators);
}

type VoiceType = (typeof advocacyVoiceTypes)[number];
// The strongest voices only (a highlight first): two keep the summary on one page.
const maxVoices = reportNoteRules.advocacy.max;

const normalise = (s: string) => s.trim().toLocaleLowerCase('fi');

/** Distinct municipalities of live activities, sorted the Finnish way, for the UI's choice. */
export function advocacyMunicipalities(data: Pick<Dataset, 'activities'>): string[] {
  const byKey = new Map<string, string>();
  for (const a of data.activities) {
    const name = a.municipality?.trim();
    if (a.deletedAt || !name) continue;
    // The first spelling wins, so 'Tampere' and 'tampere ' are one choice.
    if (!byKey.has(normalise(name))) byKey.set(normalise(name), name);
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, 'fi'));
}

/**
 * The dataset narrowed to one municipality: its live activities, their
 * sessions, hours and impact notes, and the people living there. Hours without
 * an activity belong to no municipality and drop out.
 */
function scopeToMunicipality(data: Dataset, municipality: string): Dataset {
  const key = normalise(municipality);
  const activities = data.activities.filter(
    (a) => !a.deletedAt && normalise(a.municipality ?? '') === key,
  );
  const ids = new Set(activities.map((a) => a.id));
  return {
    ...data,
    activities,
    sessions: data.sessions.filter((s) => ids.has(s.activityId)),
    hours: data.hours.filter((h) => !!h.activityId && ids.has(h.activityId)),
    impactNotes: data.impactNotes.filter((n) => !!n.activityId && ids.has(n.activityId)),
    people: data.people.filter((p) => normalise(p.homeMunicipality) === key),
  };
}

/**
 * The report rollups narrowed to the scoped dataset: the hours and sessions of
 * its activities (hours without an activity belong to no municipality) and the
 * member rollups of the people living there, built from their rows.
 */
function scopeRollups(rollups: ReportRollups, scoped: Dataset): ReportRollups {
  const ids = new Set(scoped.activities.map((a) => a.id));
  return {
    ...rollupsOfActivities(rollups, (activityId) => ids.has(activityId)),
    members: memberRollupsOf(scoped.people),
  };
}

/**
 * Headline figures for a period, for the whole association or one
 * municipality; taken from periodFiguresOf over the (narrowed) rollups so that
 * they agree with every other report. Without `rollups` they are built from
 * `data`'s rows.
 */
export function advocacyFigures(
  data: Dataset,
  period: Period,
  municipality?: string,
  rollups?: ReportRollups,
): AdvocacyFigures {
  const all = rollupsForReport(data, period, rollups);
  const r = municipality?.trim() ? scopeRollups(all, scopeToMunicipality(data, municipality)) : all;
  const profile = data.profile.find((p) => !p.deletedAt);
  const f = periodFiguresOf(r, r.members, profile);
  // Participants count as reached only where the activity reaches people (encounters.ts).
  const reached = periodFiguresOf(
    { ...r, sessions: sessionsReachingPeople(r.sessions, data.activities) },
    r.members,
    profile,
  );
  return {
    peopleReached: reached.participants,
    sessions: f.sessions,
    volunteers: f.volunteers,
    volunteerMinutes: f.volunteerMinutes,
    volunteerValueCents: f.volunteerValueCents,
    hourValueCents: f.hourValueCents,
    hourValueSource: f.hourValueSource,
    members: f.membersAtEnd,
  };
}

/**
 * The voices to print: only consented quotes and stories, ever
 * (`chooseReportNotes`). Notes chosen by hand keep their order; otherwise the
 * period's, highlights first, then newest (the scoped dataset already holds
 * only the municipality's notes).
 */
function chooseVoices(scoped: Dataset, all: Dataset, options: AdvocacyReportOptions) {
  const { from, to } = options.period;
  const chosen = chooseReportNotes(options.impactNoteIds ? all.impactNotes : scoped.impactNotes, {
    chosenIds: options.impactNoteIds,
    accepts: reportNoteRules.advocacy.accepts,
    inScope: (n) => n.date >= from && n.date <= to,
    max: maxVoices,
  });
  return chosen.map(({ id, date, type, source, text }): AdvocacyVoice => ({
    id,
    date,
    type: type as VoiceType,
    source,
    text,
  }));
}

/**
 * The figures, texts and voices of an advocacy summary (vaikuttamistyön
 * yhteenveto). Figures and the activities table come from `rollups` (of the
 * period; built from `data`'s rows when absent); with a municipality, `data`
 * must hold the people, whose home municipality scopes the member count.
 */
export function advocacyReportModel(
  data: Dataset,
  options: AdvocacyReportOptions,
  rollups?: ReportRollups,
): AdvocacyReport {
  const profile = data.profile.find((p) => !p.deletedAt);
  if (!profile) throw new ReportError('noProfile');
  const { period } = options;
  if (period.from > period.to) throw new ReportError('badPeriod');
  const asked = options.municipality?.trim() || undefined;
  const municipality = asked
    ? (advocacyMunicipalities(data).find((m) => normalise(m) === normalise(asked)) ?? asked)
    : undefined;
  const scoped = municipality ? scopeToMunicipality(data, municipality) : data;
  const all = rollupsForReport(data, period, rollups);
  const scopedRollups = municipality ? scopeRollups(all, scoped) : all;
  const texts = chooseReportTexts(profile, options.lang ?? 'fi', reportTextFieldsOf.advocacy);
  const [chair] = signersOn(data, options.printedOn, ['chair']);
  return {
    letterhead: letterheadOf(profile),
    period: { from: period.from, to: period.to },
    municipality,
    figures: advocacyFigures(data, period, municipality, all),
    whatWeDo: texts.lines.whatWeDo,
    activities: activityFiguresOf(scopedRollups, scoped.activities).filter(hadActivity),
    voices: chooseVoices(scoped, data, options),
    months: minutesByMonthOf(scopedRollups.hours, period),
    indicators: strongestIndicators(
      reportIndicators(
        data,
        period,
        options.lang ?? 'fi',
        municipality ? new Set(scoped.activities.map((a) => a.id)) : undefined,
      ),
    ),
    messages: texts.lines.advocacyMessages,
    asks: texts.lines.advocacyAsks,
    textsLanguage: options.lang ?? 'fi',
    textsInFinnish: texts.fromFinnish,
    contact: {
      name: profile.name,
      // The chair in office on the printing day, named only with consent.
      chairName: chair?.name,
      email: profile.email || undefined,
      phone: profile.phone || undefined,
      website: profile.website || undefined,
      address: [
        profile.streetAddress,
        [profile.postalCode, profile.postOffice].filter(Boolean).join(' '),
      ].filter((line): line is string => !!line),
    },
    printedOn: options.printedOn,
  };
}
