import {
  Box,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  columnLetter,
  dataRowCount,
  importFields,
  type ColumnMapping,
  type ImportField,
} from '../../../../core/import';
import { formatInteger } from '../../../../core/format';
import { useLanguage } from '../../shared/useLanguage';
import { fieldOfColumn, setColumnField } from './columnMapping';
import type { ImportFile } from './readImportFile';

/** How many of the file's first rows the mapping step shows. */
const PREVIEW_ROWS = 5;

/** The line that names the file: its name, count of data rows and how it was read. */
export function FileInfo({ file, hasHeader }: { file: ImportFile; hasHeader: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const encodings = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16LE', 'windows-1252': 'Windows-1252' };
  const format =
    file.format.kind === 'xlsx'
      ? t('memberImport.page.formatXlsx')
      : t('memberImport.page.formatCsv', { encoding: encodings[file.format.encoding] });
  const dataRows = dataRowCount(file.rows, hasHeader);
  return (
    <Text mb="md" fw={500}>
      {t('memberImport.page.fileInfo', {
        file: file.name,
        count: dataRows,
        rows: formatInteger(dataRows, lang),
        format,
      })}
    </Text>
  );
}

/**
 * Step 2: the file's first rows as the spreadsheet shows them, and a choice
 * per column of the field it feeds (prefilled by guessMapping).
 */
export function MappingStep({
  file,
  hasHeader,
  onHasHeaderChange,
  mapping,
  onMappingChange,
  onBack,
  onNext,
}: {
  file: ImportFile;
  hasHeader: boolean;
  onHasHeaderChange: (value: boolean) => void;
  mapping: ColumnMapping;
  onMappingChange: (mapping: ColumnMapping) => void;
  onBack: () => void;
  onNext: () => void;
}) {
  const { t } = useTranslation();
  const columns = Array.from(
    { length: file.rows.reduce((n, row) => Math.max(n, row.length), 0) },
    (_, c) => c,
  );
  const header = file.rows[0] ?? [];
  const first = hasHeader ? 1 : 0;
  const shown = file.rows.slice(first, first + PREVIEW_ROWS);
  const columnName = (c: number) => {
    const title = t('memberImport.page.columnTitle', { column: columnLetter(c) });
    if (!hasHeader) return title;
    const name = header[c]?.trim() || t('memberImport.page.unnamedColumn');
    return t('memberImport.page.columnSelect', { column: columnLetter(c), name });
  };
  const fieldOptions = [
    { value: '', label: t('memberImport.ignoreColumn') },
    ...importFields.map((f) => ({ value: f, label: t(`memberImport.fields.${f}`) })),
  ];

  return (
    <>
      <FileInfo file={file} hasHeader={hasHeader} />
      <Checkbox
        size="md"
        mb="lg"
        label={t('memberImport.page.hasHeader')}
        checked={hasHeader}
        onChange={(e) => onHasHeaderChange(e.currentTarget.checked)}
      />

      <Title order={3} mb="sm">
        {t('memberImport.page.firstRowsTitle')}
      </Title>
      {/* Scrolls sideways for a wide file; focusable so the keyboard can scroll it too. */}
      <Box
        component="div"
        role="region"
        aria-label={t('memberImport.page.firstRowsTitle')}
        tabIndex={0}
        mb="xl"
        style={{ overflowX: 'auto' }}
      >
        <Table striped withTableBorder captionSide="top" miw={600}>
          <Table.Caption className="visually-hidden">
            {t('memberImport.page.firstRowsTitle')}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('memberImport.page.rowNumber')}</Table.Th>
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

      <Title order={3} mb="xs">
        {t('memberImport.page.mappingTitle')}
      </Title>
      <Text mb="md" maw={720}>
        {t('memberImport.page.mappingHelp')}
      </Text>
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
                setColumnField(
                  mapping,
                  c,
                  (e.currentTarget.value || undefined) as ImportField | undefined,
                ),
              )
            }
          />
        ))}
      </SimpleGrid>
      <Group>
        <Button size="md" variant="default" onClick={onBack}>
          {t('memberImport.page.chooseAnother')}
        </Button>
        <Button size="md" onClick={onNext}>
          {t('memberImport.page.showPreview')}
        </Button>
      </Group>
    </>
  );
}
