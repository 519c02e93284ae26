/** Which column (0-based) feeds each field of an import; a field left out is not imported. */
export type FieldColumns<F extends string> = Partial<Record<F, number>>;

/** The field a column feeds in `mapping`, or undefined when it is not imported. */
export function fieldOfColumn<F extends string>(
  mapping: FieldColumns<F>,
  column: number,
): F | undefined {
  return (Object.keys(mapping) as F[]).find((f) => mapping[f] === column);
}

/**
 * `mapping` with `column` feeding `field` (or nothing). A field has one
 * column, so a field chosen for a second column leaves its first one.
 */
export function setColumnField<F extends string>(
  mapping: FieldColumns<F>,
  column: number,
  field: F | undefined,
): FieldColumns<F> {
  const next: FieldColumns<F> = {};
  for (const f of Object.keys(mapping) as F[]) {
    if (mapping[f] !== column && f !== field) next[f] = mapping[f];
  }
  if (field) next[field] = column;
  return next;
}
