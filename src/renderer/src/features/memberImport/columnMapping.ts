import type { ColumnMapping, ImportField } from '../../../../core/import';

/** The field a column feeds in `mapping`, or undefined when it is not imported. */
export function fieldOfColumn(mapping: ColumnMapping, column: number): ImportField | undefined {
  return (Object.keys(mapping) as ImportField[]).find((f) => mapping[f] === column);
}

/**
 * `mapping` with `column` feeding `field` (or nothing). A field has one
 * column, so a field chosen for a second column leaves its first one.
 */
export function setColumnField(
  mapping: ColumnMapping,
  column: number,
  field: ImportField | undefined,
): ColumnMapping {
  const next: ColumnMapping = {};
  for (const f of Object.keys(mapping) as ImportField[]) {
    if (mapping[f] !== column && f !== field) next[f] = mapping[f];
  }
  if (field) next[field] = column;
  return next;
}
