import { Button, Group, List, Radio, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatInteger, formatMoney } from '../../../../core/format';
import {
  applyMemberImport,
  formatImportDuplicates,
  formatImportErrors,
  type MemberImportPreview,
  type MemberImportRow,
} from '../../../../core/import';
import { emptyDataset } from '../../../../core/schemas';
import { ImportErrorList } from '../../shared/import/ImportErrorList';
import { PagedTable } from '../../shared/PagedTable';
import { useLanguage } from '../../shared/useLanguage';
import { FileInfo } from './MappingStep';
import type { ImportFile } from './readImportFile';

/** The rows of the file that are probable duplicates, each once. */
export function duplicateRows(preview: MemberImportPreview): number[] {
  return [...new Set(preview.duplicates.map((d) => d.row))];
}

/**
 * Step 3: what the import would do. With errors, every one of them by row and
 * no way to import; otherwise the count, the probable duplicates with the
 * choice to leave them out, and the people as they will be saved.
 */
export function PreviewStep({
  file,
  hasHeader,
  preview,
  skipDuplicates,
  onSkipDuplicatesChange,
  importing,
  onImport,
  onBackToMapping,
  onChooseAnother,
}: {
  file: ImportFile;
  /** The first row names the columns: not counted as data. */
  hasHeader: boolean;
  preview: MemberImportPreview;
  skipDuplicates: boolean;
  onSkipDuplicatesChange: (value: boolean) => void;
  importing: boolean;
  onImport: () => void;
  onBackToMapping: () => void;
  onChooseAnother: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const none = t('ui.common.none');
  const back = (
    <Group>
      <Button size="md" variant="default" onClick={onBackToMapping}>
        {t('memberImport.page.backToMapping')}
      </Button>
      <Button size="md" variant="default" onClick={onChooseAnother}>
        {t('memberImport.page.chooseAnother')}
      </Button>
    </Group>
  );

  if (!preview.canImport) {
    return (
      <>
        <FileInfo file={file} hasHeader={hasHeader} />
        <ImportErrorList
          title={t('memberImport.page.cannotImportTitle')}
          text={t('memberImport.page.cannotImportText')}
          errorsTitle={t('memberImport.errorsTitle')}
          lines={formatImportErrors(preview, lang)}
          headingOrder={3}
        />
        {back}
      </>
    );
  }

  const duplicates = duplicateRows(preview);
  const skipRows = skipDuplicates ? duplicates : [];
  const added = applyMemberImport(emptyDataset(), preview, { skipRows });
  const skipped = new Set(skipRows);
  const rows = preview.rows.filter((r) => !skipped.has(r.row));

  return (
    <>
      <FileInfo file={file} hasHeader={hasHeader} />
      <Stack gap={4} mb="lg">
        <Text size="lg" fw={700}>
          {t('memberImport.readyToImport', { people: formatInteger(added.people.length, lang) })}
        </Text>
        <Text>
          {t('memberImport.page.feesToRecord', { fees: formatInteger(added.fees.length, lang) })}
        </Text>
        {preview.blankRows.length > 0 && (
          <Text>{t('memberImport.page.blankRows', { rows: preview.blankRows.join(', ') })}</Text>
        )}
      </Stack>

      {duplicates.length > 0 && (
        <section aria-labelledby="member-import-duplicates">
          <Title order={3} mb="xs" id="member-import-duplicates">
            {t('memberImport.duplicatesTitle')}
          </Title>
          <Text mb="sm" maw={720}>
            {t('memberImport.page.duplicatesIntro')}
          </Text>
          <List mb="md" spacing="xs">
            {formatImportDuplicates(preview, lang).map((line, i) => (
              <List.Item key={i}>{line}</List.Item>
            ))}
          </List>
          <Radio.Group
            mb="xl"
            label={t('memberImport.page.duplicateChoice')}
            value={skipDuplicates ? 'skip' : 'import'}
            onChange={(v) => onSkipDuplicatesChange(v === 'skip')}
          >
            <Stack mt="xs" gap="sm">
              <Radio
                size="md"
                value="skip"
                label={t('memberImport.page.skipDuplicates', {
                  rows: formatInteger(duplicates.length, lang),
                })}
              />
              <Radio size="md" value="import" label={t('memberImport.page.importDuplicates')} />
            </Stack>
          </Radio.Group>
        </section>
      )}

      <Title order={3} mb="sm">
        {t('memberImport.page.savedAsTitle')}
      </Title>
      <PagedTable<MemberImportRow>
        caption={t('memberImport.page.savedAsTitle')}
        rows={rows}
        rowKey={(r) => String(r.row)}
        pageSize={20}
        columns={[
          {
            key: 'row',
            header: t('memberImport.page.rowNumber'),
            numeric: true,
            cell: (r) => r.row,
          },
          {
            key: 'fullName',
            header: t('memberImport.fields.fullName'),
            cell: (r) => r.person!.fullName,
          },
          {
            key: 'homeMunicipality',
            header: t('memberImport.fields.homeMunicipality'),
            cell: (r) => r.person!.homeMunicipality,
          },
          {
            key: 'email',
            header: t('memberImport.fields.email'),
            cell: (r) => r.person!.email ?? none,
          },
          {
            key: 'membership',
            header: t('memberImport.fields.membership'),
            cell: (r) => t(`ui.members.types.${r.person!.membership}`),
          },
          {
            key: 'joinedOn',
            header: t('memberImport.fields.joinedOn'),
            cell: (r) => (r.person!.joinedOn ? formatDate(r.person!.joinedOn, lang) : none),
          },
          {
            key: 'fee',
            header: t('memberImport.fields.feeAmount'),
            numeric: true,
            cell: (r) => (r.fee ? formatMoney(r.fee.amountCents, lang) : none),
          },
        ]}
      />

      {added.people.length === 0 && (
        <Text mt="md" role="status">
          {t('memberImport.page.nothingToImport')}
        </Text>
      )}
      <Group mt="xl">
        <Button size="md" variant="default" onClick={onBackToMapping} disabled={importing}>
          {t('memberImport.page.backToMapping')}
        </Button>
        <Button size="md" variant="default" onClick={onChooseAnother} disabled={importing}>
          {t('memberImport.page.chooseAnother')}
        </Button>
        {added.people.length > 0 && (
          <Button size="md" onClick={onImport} loading={importing}>
            {t('memberImport.page.importButton', {
              people: formatInteger(added.people.length, lang),
            })}
          </Button>
        )}
      </Group>
    </>
  );
}
