import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { feesOfYears, markFeesUnpaid, markStatementPayments } from '../../../../core/db';
import { formatDate, formatMoney } from '../../../../core/format';
import { columnLetter, formatImportFileError, ImportFileError } from '../../../../core/import';
import {
  guessStatementMapping,
  matchStatement,
  statementFields,
  type StatementField,
  type StatementMapping,
  type StatementRow,
} from '../../../../core/invoices';
import type { Dataset } from '../../../../core/schemas';
import { db } from '../../db';
import { AppModal } from '../../shared/AppModal';
import { notify, notifyWithUndo } from '../../shared/notify';
import { PagedTable } from '../../shared/PagedTable';
import { SpreadsheetFileButton } from '../../shared/SpreadsheetFileButton';
import { useLanguage } from '../../shared/useLanguage';
import { readImportFile, type ImportFile } from '../memberImport/readImportFile';
import { errorReason } from '../../shared/errorReason';

const NO_COLUMN = '';

/**
 * Payments back in from the bank: a statement (CSV or XLSX) read, its columns
 * mapped, every row matched to a fee by its exact reference and amount in
 * core (matchStatement), and the matches marked paid in one transaction, with
 * undo. Rows that match nothing or the wrong amount are listed; a row that
 * cannot be read stops the whole import.
 */
export const BankStatementSection = memo(function BankStatementSection({
  people,
  thisYear,
}: {
  /** Everyone, the trash included: a payment may be for a fee of someone deleted since. */
  people: Dataset['people'];
  thisYear: number;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [opened, setOpened] = useState(false);
  const [file, setFile] = useState<ImportFile | null>(null);
  const [hasHeader, setHasHeader] = useState(true);
  const [mapping, setMapping] = useState<StatementMapping>({});
  const [reading, setReading] = useState(false);
  const [readError, setReadError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  // Read only while the dialog is open: the fees a payment can be for (two years back, one ahead).
  const fees = useLiveQuery(
    () => (opened ? feesOfYears(db, thisYear - 2, thisYear + 1) : undefined),
    [opened, thisYear],
  );
  const preview = useMemo(
    () =>
      file && fees ? matchStatement(file.rows, mapping, { fees, people }, { hasHeader }) : null,
    [file, mapping, fees, people, hasHeader],
  );

  const close = () => {
    setOpened(false);
    setFile(null);
    setReadError(null);
  };

  const read = async (picked: { name: string; data: Uint8Array } | null) => {
    if (!picked) return;
    setReading(true);
    setReadError(null);
    try {
      const read = await readImportFile(picked.name, picked.data);
      setFile(read);
      setHasHeader(true);
      setMapping(guessStatementMapping(read.rows[0] ?? []));
    } catch (e) {
      setReadError(
        e instanceof ImportFileError
          ? formatImportFileError(e, lang)
          : t('invoices.statement.failed', { reason: errorReason(e) }),
      );
    } finally {
      setReading(false);
    }
  };

  const save = async () => {
    if (!preview?.canImport || preview.payments.length === 0) return;
    setSaving(true);
    try {
      const changed = await markStatementPayments(db, preview.payments);
      const ids = changed.map((f) => f.id);
      close();
      notifyWithUndo(t, {
        color: 'teal',
        message: t('invoices.statement.done', { count: changed.length }),
        undoLabel: t('invoices.statement.undo'),
        onUndo: async (id) => {
          await markFeesUnpaid(db, ids);
          notify(t, { id, color: 'teal', message: t('invoices.statement.undone') });
        },
      });
    } catch (e) {
      notify(t, {
        color: 'red',
        title: t('ui.common.error'),
        message: t('invoices.statement.failed', {
          reason: errorReason(e),
        }),
      });
    } finally {
      setSaving(false);
    }
  };

  const header = file?.rows[0] ?? [];
  const columnChoices = [
    { value: NO_COLUMN, label: t('invoices.statement.noColumn') },
    ...header.map((name, i) => ({
      value: String(i),
      label: hasHeader && name.trim() ? `${columnLetter(i)}: ${name}` : columnLetter(i),
    })),
  ];
  const setColumn = (field: StatementField, value: string) =>
    setMapping((m) => {
      const next = { ...m };
      if (value === NO_COLUMN) delete next[field];
      else next[field] = Number(value);
      return next;
    });

  return (
    <section aria-labelledby="statement-title">
      <Title order={2} size="h3" id="statement-title" mt="xl" mb="xs">
        {t('invoices.statement.title')}
      </Title>
      <Text mb="md" maw={900}>
        {t('invoices.statement.intro')}
      </Text>
      <Button size="md" variant="default" onClick={() => setOpened(true)}>
        {t('invoices.statement.open')}
      </Button>
      <AppModal
        opened={opened}
        onClose={close}
        title={t('invoices.statement.dialogTitle')}
        size="xl"
      >
        <Stack gap="md">
          <Group>
            <SpreadsheetFileButton
              label={t('invoices.statement.pick')}
              filterName={t('invoices.statement.title')}
              loading={reading}
              onPicked={(f) => void read(f)}
            />
            {file && <Text>{t('invoices.statement.file', { name: file.name })}</Text>}
          </Group>
          {readError && <Alert color="red">{readError}</Alert>}
          {file && preview && (
            <>
              <Checkbox
                size="md"
                label={t('invoices.statement.hasHeader')}
                checked={hasHeader}
                onChange={(e) => setHasHeader(e.currentTarget.checked)}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {statementFields.map((field) => (
                  <NativeSelect
                    key={field}
                    size="md"
                    label={t('invoices.statement.column', {
                      field: t(`invoices.statement.fields.${field}`),
                    })}
                    data={columnChoices}
                    value={mapping[field] === undefined ? NO_COLUMN : String(mapping[field])}
                    onChange={(e) => setColumn(field, e.currentTarget.value)}
                  />
                ))}
              </SimpleGrid>
              {preview.errors.length > 0 ? (
                <Alert color="red" title={t('invoices.statement.stopped')}>
                  <List>
                    {preview.errors.slice(0, 20).map((e, i) => (
                      <List.Item key={i}>
                        {t(`invoices.statement.errors.${e.code}`, {
                          row: e.row ?? '',
                          value: e.value ?? '',
                        })}
                      </List.Item>
                    ))}
                  </List>
                </Alert>
              ) : (
                <Text role="status" fw={700}>
                  {preview.payments.length === 0
                    ? t('invoices.statement.nothing')
                    : t('invoices.statement.willMark', { count: preview.payments.length })}{' '}
                  {preview.unchanged > 0 &&
                    t('invoices.statement.notMarked', { count: preview.unchanged })}
                </Text>
              )}
              <PagedTable<StatementRow>
                caption={t('invoices.statement.dialogTitle')}
                rows={preview.rows}
                rowKey={(r) => String(r.row)}
                columns={[
                  { key: 'row', header: t('invoices.statement.headers.row'), cell: (r) => r.row },
                  {
                    key: 'date',
                    header: t('invoices.statement.headers.date'),
                    cell: (r) => (r.date ? formatDate(r.date, lang) : ''),
                  },
                  {
                    key: 'amount',
                    header: t('invoices.statement.headers.amount'),
                    cell: (r) =>
                      r.amountCents !== undefined ? formatMoney(r.amountCents, lang) : '',
                  },
                  {
                    key: 'reference',
                    header: t('invoices.statement.headers.reference'),
                    cell: (r) => r.reference,
                  },
                  {
                    key: 'payer',
                    header: t('invoices.statement.headers.payer'),
                    cell: (r) => r.payer,
                  },
                  {
                    key: 'member',
                    header: t('invoices.statement.headers.member'),
                    cell: (r) =>
                      r.feeId
                        ? t('invoices.statement.feeOf', {
                            name: r.memberName ?? '',
                            amount: formatMoney(r.feeCents ?? 0, lang),
                          })
                        : '',
                  },
                  {
                    key: 'outcome',
                    header: t('invoices.statement.headers.outcome'),
                    cell: (r) => (r.outcome ? t(`invoices.statement.outcomes.${r.outcome}`) : ''),
                  },
                ]}
              />
              <Group justify="flex-end">
                <Button variant="default" size="md" onClick={close}>
                  {t('ui.common.cancel')}
                </Button>
                <Button
                  size="md"
                  loading={saving}
                  disabled={!preview.canImport || preview.payments.length === 0}
                  onClick={() => void save()}
                >
                  {t('invoices.statement.confirm', { count: preview.payments.length })}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </AppModal>
    </section>
  );
});
