import { Button, Checkbox, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dataRowCount, importFields, type ColumnMapping } from '../../../../core/import';
import { ImportColumnMapping } from '../../shared/import/ImportColumnMapping';
import type { ImportFile } from './readImportFile';

/** The line that names the file: its name, count of data rows and how it was read. */
export function FileInfo({ file, hasHeader }: { file: ImportFile; hasHeader: boolean }) {
  const { t } = useTranslation();
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

      <ImportColumnMapping
        rows={file.rows}
        hasHeader={hasHeader}
        fields={importFields}
        fieldLabel={(f) => t(`memberImport.fields.${f}`)}
        mapping={mapping}
        onMappingChange={onMappingChange}
        headingOrder={3}
        texts={{
          firstRowsTitle: t('memberImport.page.firstRowsTitle'),
          rowNumber: t('memberImport.page.rowNumber'),
          ignoreColumn: t('memberImport.ignoreColumn'),
          columnTitle: (column) => t('memberImport.page.columnTitle', { column }),
          columnSelect: (column, name) => t('memberImport.page.columnSelect', { column, name }),
          unnamedColumn: t('memberImport.page.unnamedColumn'),
        }}
        between={
          <>
            <Title order={3} mb="xs">
              {t('memberImport.page.mappingTitle')}
            </Title>
            <Text mb="md" maw={720}>
              {t('memberImport.page.mappingHelp')}
            </Text>
          </>
        }
      />
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
