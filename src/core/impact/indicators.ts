import { translate, type MessageKeyUnder } from '../i18n';
import type {
  Dataset,
  FeedbackPerspective,
  FeedbackTally,
  IndicatorKind,
  Language,
  Provenance,
} from '../schemas';
import { statementText } from './feedbackForm';

const locales: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** How many answered at all: the sum of the five counts. */
export function answerCount(counts: readonly number[]): number {
  return counts.reduce((a, b) => a + b, 0);
}

/**
 * The share (0–1) answering 4 or 5, or null when nobody answered: a share of
 * zero answers is "no answers", never 0 % and never NaN.
 */
export function shareAgreeing(counts: readonly number[]): number | null {
  const n = answerCount(counts);
  return n === 0 ? null : ((counts[3] ?? 0) + (counts[4] ?? 0)) / n;
}

/** The mean answer on the 1–5 scale, or null when nobody answered. */
export function meanAnswer(counts: readonly number[]): number | null {
  const n = answerCount(counts);
  return n === 0 ? null : counts.reduce((a, c, i) => a + c * (i + 1), 0) / n;
}

/** Counts of answers 1–5 added up, cell by cell. */
export function addCounts(rows: readonly (readonly number[])[]): number[] {
  const sum = [0, 0, 0, 0, 0];
  for (const r of rows) for (let i = 0; i < 5; i++) sum[i]! += r[i] ?? 0;
  return sum;
}

const strength: Record<Provenance, number> = { collected: 0, sample: 1, estimate: 2 };

/** The weakest provenance of several figures added up: one estimate makes the sum an estimate. */
export function weakestProvenance(list: readonly Provenance[]): Provenance {
  return list.reduce<Provenance>((w, p) => (strength[p] > strength[w] ? p : w), 'collected');
}

/** One indicator over one period: what a table row, a chart bar and a report line show. */
export type IndicatorFigure = {
  /** Same for the same indicator in every period: a form's statement, or a value's name. */
  key: string;
  kind: 'feedback' | IndicatorKind;
  /** The statement in the chosen language, or the indicator's name. */
  name: string;
  activityId?: string;
  perspective?: FeedbackPerspective;
  /** The span the figures come from: the earliest `from` and latest `to` of their rows. */
  from: string;
  to: string;
  provenance: Provenance;
  /** Feedback: how many answered, the share answering 4–5 and the mean (null: no answers). */
  answers?: number;
  share?: number | null;
  mean?: number | null;
  /** A count (added up over the period), or the value after. */
  value?: number;
  /** Before/after: the value before. */
  before?: number;
};

type IndicatorData = Pick<Dataset, 'feedbackForms' | 'feedbackTallies' | 'indicatorValues'>;

const inPeriod = (to: string, period: { from: string; to: string }) =>
  to >= period.from && to <= period.to;

/**
 * The indicators of a period, derived from the rows whose `to` falls in it:
 * each feedback statement of each form (its tallies added up: answers, share
 * answering 4–5, mean — never typed twice), each counted indicator added up,
 * and each before/after indicator from its latest measurement. Rows in the
 * trash, and forms of activities not in `activityIds` (when given), are left
 * out. Feedback first (participants, volunteers, partners), then by name.
 */
export function indicatorsOfPeriod(
  data: IndicatorData,
  period: { from: string; to: string },
  lang: Language,
  activityIds?: ReadonlySet<string>,
): IndicatorFigure[] {
  const keep = (activityId: string | undefined) =>
    !activityIds || (activityId !== undefined && activityIds.has(activityId));
  const out: IndicatorFigure[] = [];
  const perspectiveOrder = ['participant', 'volunteer', 'partner'];
  const forms = data.feedbackForms
    .filter((f) => !f.deletedAt && keep(f.activityId))
    .sort(
      (a, b) => perspectiveOrder.indexOf(a.perspective) - perspectiveOrder.indexOf(b.perspective),
    );
  for (const form of forms) {
    const tallies = data.feedbackTallies.filter(
      (t) => !t.deletedAt && t.formId === form.id && inPeriod(t.to, period),
    );
    if (tallies.length === 0) continue;
    for (const s of form.statements) {
      const rows = tallies.flatMap((t) =>
        t.counts.filter((c) => c.statementId === s.id).map((c) => ({ t, counts: c.counts })),
      );
      if (rows.length === 0) continue;
      const counts = addCounts(rows.map((r) => r.counts));
      out.push({
        key: `feedback:${form.id}:${s.id}`,
        kind: 'feedback',
        name: statementText(s, lang),
        activityId: form.activityId,
        perspective: form.perspective,
        from: rows.map((r) => r.t.from).sort()[0]!,
        to: rows
          .map((r) => r.t.to)
          .sort()
          .at(-1)!,
        provenance: weakestProvenance(rows.map((r) => r.t.provenance)),
        answers: answerCount(counts),
        share: shareAgreeing(counts),
        mean: meanAnswer(counts),
      });
    }
  }
  const values = data.indicatorValues.filter(
    (v) => !v.deletedAt && inPeriod(v.to, period) && (!activityIds || keep(v.activityId)),
  );
  const byName = new Map<string, typeof values>();
  for (const v of values) {
    const key = `${v.kind}:${v.name.trim().toLocaleLowerCase('fi')}`;
    byName.set(key, [...(byName.get(key) ?? []), v]);
  }
  const named: IndicatorFigure[] = [];
  for (const [key, rows] of byName) {
    const sorted = [...rows].sort((a, b) => a.to.localeCompare(b.to));
    const latest = sorted.at(-1)!;
    const base = {
      key: `value:${key}`,
      kind: latest.kind,
      name: latest.name,
      activityId: rows.every((r) => r.activityId === latest.activityId)
        ? latest.activityId
        : undefined,
      from: sorted.map((r) => r.from).sort()[0]!,
      to: latest.to,
    };
    named.push(
      latest.kind === 'count'
        ? {
            ...base,
            provenance: weakestProvenance(rows.map((r) => r.provenance)),
            value: rows.reduce((a, r) => a + r.value, 0),
          }
        : { ...base, provenance: latest.provenance, value: latest.value, before: latest.before },
    );
  }
  named.sort((a, b) => a.name.localeCompare(b.name, locales[lang]));
  return [...out, ...named];
}

/** One indicator's figures period by period: the Impact page's chart and table. */
export type IndicatorSeries = {
  key: string;
  name: string;
  kind: IndicatorFigure['kind'];
  points: IndicatorFigure[];
};

/**
 * Every indicator over time: feedback statements month by month (the month of
 * each tally's `to`), measured indicators one point per measurement period.
 * Months without any tally have no point; a month whose tallies hold no
 * answers to a statement has a point with `share: null`.
 */
export function indicatorSeries(data: IndicatorData, lang: Language): IndicatorSeries[] {
  const series = new Map<string, IndicatorSeries>();
  const add = (f: IndicatorFigure) => {
    const s = series.get(f.key) ?? { key: f.key, name: f.name, kind: f.kind, points: [] };
    s.points.push(f);
    series.set(f.key, s);
  };
  const months = new Set(
    data.feedbackTallies.filter((t) => !t.deletedAt).map((t) => t.to.slice(0, 7)),
  );
  for (const m of [...months].sort()) {
    const period = { from: `${m}-01`, to: `${m}-31` };
    for (const f of indicatorsOfPeriod({ ...data, indicatorValues: [] }, period, lang)) add(f);
  }
  const periods = new Set(
    data.indicatorValues.filter((v) => !v.deletedAt).map((v) => `${v.from}|${v.to}`),
  );
  for (const p of [...periods].sort((a, b) => a.slice(11).localeCompare(b.slice(11)))) {
    const [from, to] = p.split('|') as [string, string];
    const rows = data.indicatorValues.filter((v) => v.from === from && v.to === to);
    for (const f of indicatorsOfPeriod(
      { feedbackForms: [], feedbackTallies: [], indicatorValues: rows },
      { from: to, to },
      lang,
    ))
      add({ ...f, from });
  }
  return [...series.values()];
}

/**
 * An indicator's figure as text: "78 % answered 4–5 (23 answers), mean 4.1",
 * "no answers", a count, or "before 7, after 4". `translate` keys under
 * `indicators.figure`.
 */
export function indicatorFigureText(f: IndicatorFigure, lang: Language): string {
  const t = (key: MessageKeyUnder<'indicators.figure'>, params?: Record<string, string | number>) =>
    translate(lang, `indicators.figure.${key}`, params);
  const num = (n: number, digits = 0) =>
    new Intl.NumberFormat(locales[lang], {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(n);
  if (f.kind === 'feedback') {
    if (!f.answers || f.share == null || f.mean == null) return t('noAnswers');
    return t('feedback', {
      share: num(Math.round(f.share * 100)),
      count: f.answers,
      mean: num(f.mean, 1),
    });
  }
  if (f.kind === 'beforeAfter')
    return t('beforeAfter', {
      before: num(f.before ?? 0, 1).replace(/[,.]0$/, ''),
      after: num(f.value ?? 0, 1).replace(/[,.]0$/, ''),
    });
  return num(f.value ?? 0);
}

/** How many people answered a tally: the most answers any one statement got. */
export function tallyAnswers(tally: Pick<FeedbackTally, 'counts'>): number {
  return Math.max(0, ...tally.counts.map((c) => answerCount(c.counts)));
}
