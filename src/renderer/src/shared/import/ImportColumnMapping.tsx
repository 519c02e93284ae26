import { Box, NativeSelect, SimpleGrid, Table, Title, type TitleOrder } from '@mantine/core';
import { columnLetter } from '../../../../core/import';
import { fieldOfColumn, setColumnField, type FieldColumns } from './columnMapping';

/** How many of the file's first rows the mapping step shows. */
const PREVIEW_ROWS = 5;

/** The words of one import's mapping step, in the user's language. */
export type ImportColumnMappingTexts = {
  firstRowsTitle: string;
  rowNumber: string;
  ignoreColumn: string;
  /** "Column B" (a file without a header row). */
  columnTitle: (column: string) => string;
  /** "Column B: Amount" (the header row names it). */
  columnSelect: (column: string, name: string) => string;
  unnamedColumn: string;
};

/**
 * The file's first rows as the spreadsheet shows them, and a choice per
 * column of the field it feeds. `between` stands between the two (a heading
 * and help for the choices).
 */
export function ImportColumnMapping<F extends string>({
  rows,
  hasHeader,
  fields,
  fieldLabel,
  mapping,
  onMappingChange,
  texts,
  headingOrder,
  between,
}: {
  rows: string[][];
  hasHeader: boolean;
  fields: readonly F[];
  fieldLabel: (field: F) => string;
  mapping: FieldColumns<F>;
  onMappingChange: (mapping: FieldColumns<F>) => void;
  texts: ImportColumnMappingTexts;
  headingOrder: TitleOrder;
  between?: React.ReactNode;
}) {
  const columns = Array.from(
    { length: rows.reduce((n, row) => Math.max(n, row.length), 0) },
    (_, c) => c,
  );
  const header = rows[0] ?? [];
  const first = hasHeader ? 1 : 0;
  const shown = rows.slice(first, first + PREVIEW_ROWS);
  const columnName = (c: number) =>
    hasHeader
      ? texts.columnSelect(columnLetter(c), header[c]?.trim() || texts.unnamedColumn)
      : texts.columnTitle(columnLetter(c));
  const fieldOptions = [
    { value: '', label: texts.ignoreColumn },
    ...fields.map((f) => ({ value: f, label: fieldLabel(f) })),
  ];
  return (
    <>
      <Title order={headingOrder} mb="sm">
        {texts.firstRowsTitle}
      </Title>
      {/* Scrolls sideways for a wide file; focusable so the keyboard can scroll it too. */}
      <Box
        component="div"
        role="region"
        aria-label={texts.firstRowsTitle}
        tabIndex={0}
        mb="xl"
        style={{ overflowX: 'auto' }}
      >
        <Table striped withTableBorder captionSide="top" miw={600}>
          <Table.Caption className="visually-hidden">{texts.firstRowsTitle}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{texts.rowNumber}</Table.Th>
              {columns.map((c) => (
                <Table.Th key={c} scope="col">
                  {columnName(c)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row, i) => (
              <Table.Tr key={first + i}>
                <Table.Th scope="row">{first + i + 1}</Table.Th>
                {columns.map((c) => (
                  <Table.Td key={c}>{row[c] ?? ''}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      {between}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} mb="xl">
        {columns.map((c) => (
          <NativeSelect
            key={c}
            size="md"
            label={columnName(c)}
            data={fieldOptions}
            value={fieldOfColumn(mapping, c) ?? ''}
            onChange={(e) =>
              onMappingChange(
                setColumnField(mapping, c, (e.currentTarget.value || undefined) as F | undefined),
              )
            }
          />
        ))}
      </SimpleGrid>
    </>
  );
}
