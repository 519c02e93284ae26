import { hourKinds, type HourKind } from '../schemas';
import { addSmall, emptySmallSum, type SmallCount, type SmallSum } from './smallCount';
import type { SummaryFile, SummaryIndicator } from './summaryFile';

/** Figures summed over associations; people counts as SmallSum, never reconstructed. */
export type CombinedFigures = {
  associations: number;
  sessions: number;
  encountersCounted: SmallSum;
  encountersEstimated: SmallSum;
  newParticipants: SmallSum;
  volunteers: SmallSum;
  minutesByKind: Record<HourKind, number>;
  totalMinutes: number;
  valueCents: number;
};

export type CombinedGroup = CombinedFigures & { key: string };

export type CombinedSummary = {
  year: number;
  /** The summaries combined, one per association and year (the newest kept). */
  included: { name: string; businessId?: string; homeMunicipality: string; exportedAt: string }[];
  /** Earlier summaries of an association's year replaced by a newer one. */
  replaced: { name: string; exportedAt: string }[];
  /** Other years sent, left out of this year's figures. */
  otherYears: { name: string; year: number }[];
  members: { total: SmallSum; joined: SmallSum; left: SmallSum };
  totals: CombinedFigures;
  byMunicipality: CombinedGroup[];
  byCounty: CombinedGroup[];
  byActivityType: CombinedGroup[];
  byTheme: CombinedGroup[];
  /** The indicators each included association sent, by association: listed, never averaged. */
  indicators: (SummaryIndicator & { association: string })[];
};

const emptyFigures = (): CombinedFigures => ({
  associations: 0,
  sessions: 0,
  encountersCounted: emptySmallSum(),
  encountersEstimated: emptySmallSum(),
  newParticipants: emptySmallSum(),
  volunteers: emptySmallSum(),
  minutesByKind: Object.fromEntries(hourKinds.map((k) => [k, 0])) as Record<HourKind, number>,
  totalMinutes: 0,
  valueCents: 0,
});

type ActivityLike = {
  sessions: number;
  encounters: { counted: SmallCount; estimated: SmallCount };
  newParticipants: SmallCount;
  volunteers: SmallCount;
  minutesByKind: Record<HourKind, number>;
  totalMinutes: number;
  valueCents: number;
};

function add(into: CombinedFigures, a: ActivityLike): void {
  into.sessions += a.sessions;
  into.encountersCounted = addSmall(into.encountersCounted, a.encounters.counted);
  into.encountersEstimated = addSmall(into.encountersEstimated, a.encounters.estimated);
  into.newParticipants = addSmall(into.newParticipants, a.newParticipants);
  into.volunteers = addSmall(into.volunteers, a.volunteers);
  for (const k of hourKinds) into.minutesByKind[k] += a.minutesByKind[k];
  into.totalMinutes += a.totalMinutes;
  into.valueCents += a.valueCents;
}

/** Who sent a summary: the business ID when there is one, else the name as typed. */
const senderKey = (f: SummaryFile) =>
  f.association.businessId?.trim() || `name:${f.association.name.trim().toLocaleLowerCase('fi')}`;

/** The newer of two summaries of the same association and year; ties broken by content. */
function newer(a: SummaryFile, b: SummaryFile): SummaryFile {
  if (a.exportedAt !== b.exportedAt) return a.exportedAt > b.exportedAt ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

/**
 * The regional picture of `year` from the summaries sent: one summary per
 * association (the newest replaces earlier ones of the same year, matched by
 * business ID), totals by municipality (the activity's own, else the
 * association's home), wellbeing services county, activity type and theme.
 * Counts suppressed as "<5" stay suppressed: a sum carries how many were
 * hidden. The result does not depend on the order of the files, and a file
 * given twice counts once.
 */
export function combineSummaries(files: readonly SummaryFile[], year: number): CombinedSummary {
  const latest = new Map<string, SummaryFile>();
  const replaced: CombinedSummary['replaced'] = [];
  const otherYears = new Map<string, { name: string; year: number }>();
  for (const f of files) {
    if (f.year !== year) {
      otherYears.set(`${senderKey(f)}|${f.year}`, { name: f.association.name, year: f.year });
      continue;
    }
    const key = senderKey(f);
    const before = latest.get(key);
    latest.set(key, before ? newer(before, f) : f);
  }
  // What was replaced, told after all files are in, so the order of the files does not matter.
  const seen = new Set<string>();
  for (const f of files) {
    if (f.year !== year) continue;
    const kept = latest.get(senderKey(f))!;
    const id = `${senderKey(f)}|${f.exportedAt}|${JSON.stringify(f)}`;
    if (f !== kept && JSON.stringify(f) !== JSON.stringify(kept) && !seen.has(id)) {
      seen.add(id);
      replaced.push({ name: f.association.name, exportedAt: f.exportedAt });
    }
  }
  const kept = [...latest.values()].sort(
    (a, b) =>
      a.association.name.localeCompare(b.association.name, 'fi') ||
      senderKey(a).localeCompare(senderKey(b)),
  );

  const totals = emptyFigures();
  const groups = {
    byMunicipality: new Map<string, CombinedFigures & { senders: Set<string> }>(),
    byCounty: new Map<string, CombinedFigures & { senders: Set<string> }>(),
    byActivityType: new Map<string, CombinedFigures & { senders: Set<string> }>(),
    byTheme: new Map<string, CombinedFigures & { senders: Set<string> }>(),
  };
  const groupOf = (
    map: Map<string, CombinedFigures & { senders: Set<string> }>,
    key: string,
    sender: string,
  ) => {
    let g = map.get(key);
    if (!g) map.set(key, (g = { ...emptyFigures(), senders: new Set() }));
    g.senders.add(sender);
    return g;
  };
  const members = { total: emptySmallSum(), joined: emptySmallSum(), left: emptySmallSum() };
  for (const f of kept) {
    const sender = senderKey(f);
    members.total = addSmall(members.total, f.members.total);
    members.joined = addSmall(members.joined, f.members.joined);
    members.left = addSmall(members.left, f.members.left);
    totals.associations++;
    // Association-wide volunteers (distinct people over all its activities), not the activities' sum.
    totals.volunteers = addSmall(totals.volunteers, f.volunteers);
    for (const a of f.activities) {
      const { volunteers: _v, ...rest } = a;
      add(totals, { ...rest, volunteers: 0 });
      const municipality = a.municipality?.trim() || f.association.homeMunicipality;
      add(groupOf(groups.byMunicipality, municipality, sender), a);
      add(groupOf(groups.byCounty, f.association.wellbeingCounty?.trim() || '', sender), a);
      add(groupOf(groups.byActivityType, a.type, sender), a);
      for (const theme of new Set(a.themes.map((t) => t.trim())))
        add(groupOf(groups.byTheme, theme, sender), a);
    }
  }
  const list = (map: Map<string, CombinedFigures & { senders: Set<string> }>): CombinedGroup[] =>
    [...map.entries()]
      .map(([key, { senders, ...g }]) => ({ ...g, key, associations: senders.size }))
      .sort((a, b) => a.key.localeCompare(b.key, 'fi'));

  return {
    year,
    included: kept.map((f) => ({
      name: f.association.name,
      ...(f.association.businessId ? { businessId: f.association.businessId } : {}),
      homeMunicipality: f.association.homeMunicipality,
      exportedAt: f.exportedAt,
    })),
    replaced: replaced.sort(
      (a, b) => a.name.localeCompare(b.name, 'fi') || a.exportedAt.localeCompare(b.exportedAt),
    ),
    otherYears: [...otherYears.values()].sort(
      (a, b) => a.name.localeCompare(b.name, 'fi') || a.year - b.year,
    ),
    members,
    totals,
    byMunicipality: list(groups.byMunicipality),
    byCounty: list(groups.byCounty),
    byActivityType: list(groups.byActivityType),
    byTheme: list(groups.byTheme),
    indicators: kept.flatMap((f) =>
      (f.indicators ?? []).map((i) => ({ ...i, association: f.association.name })),
    ),
  };
}

/** What became of one summary file when `year` was combined. */
export type SummaryStatus = 'included' | 'replaced' | 'duplicate' | 'otherYear';

/**
 * The status of each of `files` in `combineSummaries(files, year)`: the one
 * kept for its association and year is included, an older one of the same
 * year replaced, one of another year left out.
 */
export function summaryStatuses(files: readonly SummaryFile[], year: number): SummaryStatus[] {
  const kept = new Map<string, SummaryFile>();
  for (const f of files) {
    if (f.year !== year) continue;
    const before = kept.get(senderKey(f));
    kept.set(senderKey(f), before ? newer(before, f) : f);
  }
  const counted = new Set<SummaryFile>();
  return files.map((f) => {
    if (f.year !== year) return 'otherYear';
    const k = kept.get(senderKey(f))!;
    // An identical copy of the kept file counts once: the first copy is "included".
    if (f === k || JSON.stringify(f) === JSON.stringify(k)) {
      if (counted.has(k)) return 'duplicate';
      counted.add(k);
      return 'included';
    }
    return 'replaced';
  });
}

/** The years the files cover, newest first: what the coordinator can combine. */
export function summaryYears(files: readonly SummaryFile[]): number[] {
  return [...new Set(files.map((f) => f.year))].sort((a, b) => b - a);
}
