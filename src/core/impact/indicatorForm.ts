import {
  indicatorKinds,
  isCalendarDate,
  provenances,
  type IndicatorKind,
  type IndicatorValue,
  type OmitKeys,
  type Provenance,
} from '../schemas';

/** What the indicator value form holds: every field as typed. */
export type IndicatorFormValues = {
  name: string;
  kind: string;
  activityId: string;
  from: string;
  to: string;
  value: string;
  before: string;
  provenance: string;
  note: string;
};

/** A field error code: the key under `indicators.errors`. */
export type IndicatorFormError =
  'required' | 'invalidDate' | 'endBeforeStart' | 'notNumber' | 'tooLong';
export type IndicatorFormErrors = Partial<Record<keyof IndicatorFormValues, IndicatorFormError>>;

export type IndicatorValueInput = OmitKeys<
  IndicatorValue,
  'id' | 'createdAt' | 'updatedAt' | 'deletedAt'
>;

/** An empty form for the period from `from` to `to`. */
export function indicatorFormValues(from: string, to: string): IndicatorFormValues {
  return {
    name: '',
    kind: 'count',
    activityId: '',
    from,
    to,
    value: '',
    before: '',
    provenance: 'collected',
    note: '',
  };
}

/** A typed number ≥ 0, decimal comma or point; undefined when it is not one. */
function readNumber(typed: string): number | undefined {
  const s = typed.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(s)) return undefined;
  return Number(s);
}

/** Check the form and turn it into an indicator value's fields, or the field errors. */
export function readIndicatorForm(
  v: IndicatorFormValues,
): { ok: true; input: IndicatorValueInput } | { ok: false; errors: IndicatorFormErrors } {
  const errors: IndicatorFormErrors = {};
  const name = v.name.trim();
  if (!name) errors.name = 'required';
  else if (name.length > 200) errors.name = 'tooLong';
  if (!(indicatorKinds as readonly string[]).includes(v.kind)) errors.kind = 'required';
  for (const f of ['from', 'to'] as const) {
    if (!v[f]) errors[f] = 'required';
    else if (!isCalendarDate(v[f])) errors[f] = 'invalidDate';
  }
  if (!errors.from && !errors.to && v.from > v.to) errors.to = 'endBeforeStart';
  const value = readNumber(v.value);
  if (!v.value.trim()) errors.value = 'required';
  else if (value === undefined) errors.value = 'notNumber';
  const before = readNumber(v.before);
  if (v.kind === 'beforeAfter') {
    if (!v.before.trim()) errors.before = 'required';
    else if (before === undefined) errors.before = 'notNumber';
  }
  if (!(provenances as readonly string[]).includes(v.provenance)) errors.provenance = 'required';
  const note = v.note.trim();
  if (note.length > 1000) errors.note = 'tooLong';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      name,
      kind: v.kind as IndicatorKind,
      activityId: v.activityId || undefined,
      from: v.from,
      to: v.to,
      value: value!,
      before: v.kind === 'beforeAfter' ? before : undefined,
      provenance: v.provenance as Provenance,
      note: note || undefined,
    },
  };
}
