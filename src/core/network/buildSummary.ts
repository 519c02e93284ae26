import {
  membershipFigures,
  paidMembershipTypes,
  periodFiguresOf,
  rollupsOfActivities,
  type ReportRollups,
} from '../figures';
import { publishableNotes } from '../impact';
import { reportIndicators } from '../reports/reportIndicators';
import type { Dataset } from '../schemas';
import { ReportError } from '../reports/ReportError';
import { suppressSmall } from './smallCount';
import {
  SUMMARY_FORMAT,
  SUMMARY_FORMAT_VERSION,
  summaryFileSchema,
  type PaidMembershipType,
  type SummaryActivity,
  type SummaryFile,
} from './summaryFile';

export type SummaryOptions = {
  year: number;
  /** When the file is made, as an ISO timestamp. */
  exportedAt: string;
  /** Consented notes the user chose to share as quotes; others are never read. */
  quoteIds?: readonly string[];
};

/**
 * One association's figures of a year as a `talkoot-summary` file: figures
 * only, from the same rollups as the annual summary (`rollups` must cover
 * `rollups.period`, the fiscal year). No person appears: counts of people are
 * suppressed under 5 (`suppressSmall`), activities are named by their own
 * names, and a quote is only ever a consented note's text. Validated against
 * the strict schema before it is returned, so nothing else can slip in.
 */
export function summaryOf(
  data: Pick<Dataset, 'profile' | 'activities' | 'impactNotes'> &
    Partial<Pick<Dataset, 'feedbackForms' | 'feedbackTallies' | 'indicatorValues'>>,
  rollups: ReportRollups,
  options: SummaryOptions,
): SummaryFile {
  const profile = data.profile.find((p) => !p.deletedAt);
  if (!profile) throw new ReportError('noProfile');
  const { period } = rollups;
  const all = periodFiguresOf(rollups, rollups.members, profile);
  const m = membershipFigures(rollups.members, period);
  const atEnd = Object.fromEntries(
    paidMembershipTypes.map((t) => [t, suppressSmall(m.byType[t].atEnd)]),
  ) as Record<PaidMembershipType, ReturnType<typeof suppressSmall>>;

  const activities: SummaryActivity[] = [];
  for (const a of data.activities) {
    if (a.deletedAt) continue;
    const own = rollupsOfActivities(rollups, (activityId) => activityId === a.id);
    if (own.hours.length === 0 && own.sessions.length === 0) continue;
    const f = periodFiguresOf(own, [], profile);
    let counted = 0;
    let estimated = 0;
    let newParticipants = 0;
    for (const s of own.sessions) {
      if (s.countMethod === 'estimated') estimated += s.participants;
      else counted += s.participants;
      newParticipants += s.newParticipants;
    }
    if (f.sessions === 0 && f.volunteerMinutes === 0) continue;
    activities.push({
      name: a.name,
      type: a.type,
      themes: [...a.themes],
      ...(a.municipality ? { municipality: a.municipality } : {}),
      sessions: f.sessions,
      encounters: { counted: suppressSmall(counted), estimated: suppressSmall(estimated) },
      newParticipants: suppressSmall(newParticipants),
      volunteers: suppressSmall(f.volunteers),
      minutesByKind: f.minutesByKind,
      totalMinutes: f.volunteerMinutes,
      valueCents: f.volunteerValueCents,
    });
  }
  activities.sort((x, y) => x.name.localeCompare(y.name, 'fi'));

  const indicators = reportIndicators(data, period, profile.defaultLanguage).map((i) => {
    const answers = i.answers === undefined ? undefined : suppressSmall(i.answers);
    const hidden = answers === '<5';
    return {
      name: i.name,
      kind: i.kind,
      ...(i.activityName ? { activity: i.activityName } : {}),
      ...(i.perspective ? { perspective: i.perspective } : {}),
      from: i.from,
      to: i.to,
      provenance: i.provenance,
      ...(answers !== undefined ? { answers } : {}),
      ...(i.share !== undefined && !hidden ? { share: i.share } : {}),
      ...(i.mean !== undefined && !hidden ? { mean: i.mean } : {}),
      ...(i.value !== undefined ? { value: i.value } : {}),
      ...(i.before !== undefined ? { before: i.before } : {}),
    };
  });

  const wanted = new Set(options.quoteIds ?? []);
  const quotes = publishableNotes(data.impactNotes)
    .filter((n) => wanted.has(n.id))
    .sort((x, y) => x.date.localeCompare(y.date))
    .map((n) => ({ date: n.date, text: n.text.trim() }));

  return summaryFileSchema.parse({
    format: SUMMARY_FORMAT,
    formatVersion: SUMMARY_FORMAT_VERSION,
    exportedAt: options.exportedAt,
    generator: 'Talkoot',
    association: {
      name: profile.name,
      ...(profile.businessId ? { businessId: profile.businessId } : {}),
      homeMunicipality: profile.homeMunicipality,
      ...(profile.wellbeingCounty ? { wellbeingCounty: profile.wellbeingCounty } : {}),
    },
    year: options.year,
    period,
    members: {
      atEnd,
      total: suppressSmall(m.membersAtEnd),
      joined: suppressSmall(m.joined),
      left: suppressSmall(m.left),
    },
    volunteers: suppressSmall(all.volunteers),
    minutesByKind: all.minutesByKind,
    totalMinutes: all.volunteerMinutes,
    valueCents: all.volunteerValueCents,
    hourValueCents: all.hourValueCents,
    activities,
    indicators,
    quotes,
  });
}

/** The few figures the app shows beside a summary before it is saved. */
export function summaryHeadline(file: SummaryFile): {
  activities: number;
  sessions: number;
  totalMinutes: number;
} {
  return {
    activities: file.activities.length,
    sessions: file.activities.reduce((s, a) => s + a.sessions, 0),
    totalMinutes: file.totalMinutes,
  };
}

/**
 * The notes an association may choose to share as quotes in its summary of
 * `period`: consented (`publishableNotes`), dated in the period, highlights
 * first, then newest first. Notes without consent are never offered.
 */
export function shareableQuotes<
  N extends Pick<
    Dataset['impactNotes'][number],
    'id' | 'date' | 'text' | 'highlight' | 'consentToPublish' | 'deletedAt'
  >,
>(notes: readonly N[], period: { from: string; to: string }): N[] {
  return publishableNotes(notes)
    .filter((n) => n.date >= period.from && n.date <= period.to)
    .sort((a, b) => Number(b.highlight) - Number(a.highlight) || b.date.localeCompare(a.date));
}
