import {
  Alert,
  Box,
  Button,
  Checkbox,
  FileButton,
  Group,
  List,
  Loader,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { applyExpenseImport, budgetLinesOfGrant, grantForImport } from '../../../../core/db';
import { formatDate, formatInteger, formatMoney, todayIso } from '../../../../core/format';
import {
  columnLetter,
  expenseImportFields,
  dataRowCount,
  formatExpenseImportErrors,
  formatImportFileError,
  guessExpenseMapping,
  ImportFileError,
  prepareExpenseImport,
  type ExpenseColumnMapping,
  type ExpenseImportField,
  type ExpenseImportRow,
} from '../../../../core/import';
import { db } from '../../db';
import { hasNativeDialogs, openFileNative, readPickedFile } from '../../platform';
import { AppModal } from '../../shared/AppModal';
import { notify } from '../../shared/notify';
import { PagedTable } from '../../shared/PagedTable';
import { useLanguage } from '../../shared/useLanguage';
import { readImportFile, type ImportFile } from '../memberImport/readImportFile';
import { errorReason } from '../../shared/errorReason';

type Step = 'pick' | 'mapping' | 'preview' | 'done';

const PREVIEW_ROWS = 5;
const FROM_COLUMN = '';

const accept = [
  '.csv',
  '.txt',
  '.xlsx',
  'text/csv',
  'text/plain',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
].join(',');

/** `mapping` with `column` feeding `field` (or nothing); a field has one column. */
function setColumnField(
  mapping: ExpenseColumnMapping,
  column: number,
  field: ExpenseImportField | undefined,
): ExpenseColumnMapping {
  const next: ExpenseColumnMapping = {};
  for (const f of Object.keys(mapping) as ExpenseImportField[]) {
    if (mapping[f] !== column && f !== field) next[f] = mapping[f];
  }
  if (field) next[field] = column;
  return next;
}

const fieldOfColumn = (mapping: ExpenseColumnMapping, column: number) =>
  (Object.keys(mapping) as ExpenseImportField[]).find((f) => mapping[f] === column);

/**
 * Import a grant's expenses from a CSV or XLSX file (a bank statement or the
 * treasurer's own sheet), in a dialog: pick the file, map its columns (and the
 * budget line, and whether amounts are outgoing payments), check every row,
 * then save all of them in one transaction, or nothing.
 */
export function ExpenseImportDialog({
  grantId,
  opened,
  onClose,
}: {
  grantId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const grant = useLiveQuery(() => grantForImport(db, grantId), [grantId]);
  const budgetLines = useLiveQuery(() => budgetLinesOfGrant(db, grantId), [grantId]);
  const [step, setStep] = useState<Step>('pick');
  const [file, setFile] = useState<ImportFile | null>(null);
  const [hasHeader, setHasHeader] = useState(true);
  const [mapping, setMapping] = useState<ExpenseColumnMapping>({});
  const [budgetLineId, setBudgetLineId] = useState(FROM_COLUMN);
  const [outgoingNegative, setOutgoingNegative] = useState(false);
  const [readError, setReadError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [importing, setImporting] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const resetInput = useRef<() => void>(null);

  useEffect(() => {
    if (moved.current) stepHeading.current?.focus();
  }, [step]);
  const go = (next: Step) => {
    moved.current = true;
    setStep(next);
  };

  const restart = () => {
    setFile(null);
    setDone(null);
    setReadError(null);
    go('pick');
  };
  const close = () => {
    onClose();
    moved.current = false;
    setStep('pick');
    setFile(null);
    setDone(null);
    setReadError(null);
  };

  const preview = useMemo(
    () =>
      step === 'preview' && file && grant && budgetLines
        ? prepareExpenseImport(file.rows, mapping, {
            grant,
            budgetLines,
            today: todayIso(),
            hasHeader,
            outgoingNegative,
            ...(budgetLineId ? { budgetLineId } : {}),
          })
        : null,
    [step, file, grant, budgetLines, mapping, hasHeader, outgoingNegative, budgetLineId],
  );

  const read = async (picked: { name: string; data: Uint8Array } | null) => {
    resetInput.current?.();
    if (!picked) return;
    setReading(true);
    setReadError(null);
    try {
      const read = await readImportFile(picked.name, picked.data);
      if (read.rows.length === 0) {
        setReadError(t('grantImport.dialog.emptyFile', { file: picked.name }));
        return;
      }
      setFile(read);
      setHasHeader(true);
      setMapping(guessExpenseMapping(read.rows[0] ?? []));
      setBudgetLineId(FROM_COLUMN);
      setOutgoingNegative(false);
      go('mapping');
    } catch (e) {
      setReadError(
        e instanceof ImportFileError
          ? formatImportFileError(e, lang)
          : t('grantImport.dialog.unexpectedReadError', {
              file: picked.name,
              reason: errorReason(e),
            }),
      );
    } finally {
      setReading(false);
    }
  };

  const runImport = async () => {
    if (!preview || !file) return;
    setImporting(true);
    try {
      const result = await applyExpenseImport(db, preview);
      if (!result.ok) {
        notify(t, {
          color: 'red',
          autoClose: false,
          message: t(`grantImport.refusals.${result.code}`),
        });
        return;
      }
      const message = t('grantImport.dialog.imported', {
        count: result.count,
        file: file.name,
      });
      notify(t, { color: 'teal', message });
      setDone(message);
      go('done');
    } catch (e) {
      notify(t, {
        color: 'red',
        autoClose: false,
        message: t('grantImport.dialog.importFailed', {
          reason: errorReason(e),
        }),
      });
    } finally {
      setImporting(false);
    }
  };

  const lineName = new Map((budgetLines ?? []).map((l) => [l.id, l.name]));
  const fileInfo = file && (
    <Text mb="md" fw={500}>
      {t('grantImport.dialog.fileInfo', {
        file: file.name,
        count: dataRowCount(file.rows, hasHeader),
      })}
    </Text>
  );

  let body: ReactNode;
  if (grant === undefined || budgetLines === undefined) {
    body = <Loader aria-label={t('ui.common.loading')} />;
  } else if (step === 'pick') {
    const label = t('grantImport.dialog.chooseFile');
    body = (
      <>
        <Text mb="md">{t('grantImport.dialog.pickHelp')}</Text>
        {budgetLines.length === 0 && (
          <Alert color="yellow" mb="md">
            {t('grantImport.dialog.noBudgetLines')}
          </Alert>
        )}
        <Group>
          {hasNativeDialogs() ? (
            <Button
              size="md"
              loading={reading}
              onClick={async () =>
                read(
                  await openFileNative([
                    {
                      name: t('grantImport.dialog.fileInputLabel'),
                      extensions: ['csv', 'txt', 'xlsx'],
                    },
                  ]),
                )
              }
            >
              {label}
            </Button>
          ) : (
            <FileButton
              accept={accept}
              resetRef={resetInput}
              onChange={async (f) => read(f ? await readPickedFile(f) : null)}
              inputProps={{ 'aria-label': t('grantImport.dialog.fileInputLabel') }}
            >
              {(props) => (
                <Button size="md" loading={reading} {...props}>
                  {label}
                </Button>
              )}
            </FileButton>
          )}
          {reading && <Loader size="sm" aria-label={t('grantImport.dialog.reading')} />}
        </Group>
        {readError && (
          <Alert color="red" title={t('grantImport.dialog.readFailedTitle')} mt="md" role="alert">
            {readError}
          </Alert>
        )}
      </>
    );
  } else if (step === 'mapping' && file) {
    const columns = Array.from(
      { length: file.rows.reduce((n, row) => Math.max(n, row.length), 0) },
      (_, c) => c,
    );
    const header = file.rows[0] ?? [];
    const first = hasHeader ? 1 : 0;
    const columnName = (c: number) =>
      hasHeader
        ? t('grantImport.dialog.columnSelect', {
            column: columnLetter(c),
            name: header[c]?.trim() || t('grantImport.dialog.unnamedColumn'),
          })
        : t('grantImport.dialog.columnTitle', { column: columnLetter(c) });
    const fieldOptions = [
      { value: '', label: t('grantImport.dialog.ignoreColumn') },
      ...expenseImportFields.map((f) => ({ value: f, label: t(`grantImport.fields.${f}`) })),
    ];
    body = (
      <>
        {fileInfo}
        <Checkbox
          size="md"
          mb="md"
          label={t('grantImport.dialog.hasHeader')}
          checked={hasHeader}
          onChange={(e) => setHasHeader(e.currentTarget.checked)}
        />
        <Title order={4} mb="xs">
          {t('grantImport.dialog.firstRowsTitle')}
        </Title>
        <Box
          role="region"
          aria-label={t('grantImport.dialog.firstRowsTitle')}
          tabIndex={0}
          mb="lg"
          style={{ overflowX: 'auto' }}
        >
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('grantImport.dialog.rowNumber')}</Table.Th>
                {columns.map((c) => (
                  <Table.Th key={c} scope="col">
                    {columnName(c)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {file.rows.slice(first, first + PREVIEW_ROWS).map((row, i) => (
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
        <SimpleGrid cols={{ base: 1, sm: 2 }} mb="lg">
          {columns.map((c) => (
            <NativeSelect
              key={c}
              size="md"
              label={columnName(c)}
              data={fieldOptions}
              value={fieldOfColumn(mapping, c) ?? ''}
              onChange={(e) =>
                setMapping(
                  setColumnField(
                    mapping,
                    c,
                    (e.currentTarget.value || undefined) as ExpenseImportField | undefined,
                  ),
                )
              }
            />
          ))}
        </SimpleGrid>
        <NativeSelect
          size="md"
          mb="md"
          label={t('grantImport.dialog.budgetLineFor')}
          data={[
            { value: FROM_COLUMN, label: t('grantImport.dialog.budgetLineFromColumn') },
            ...budgetLines.map((l) => ({ value: l.id, label: l.name })),
          ]}
          value={budgetLineId}
          onChange={(e) => setBudgetLineId(e.currentTarget.value)}
        />
        <Checkbox
          size="md"
          mb="lg"
          label={t('grantImport.dialog.outgoingNegative')}
          description={t('grantImport.dialog.outgoingNegativeHelp')}
          checked={outgoingNegative}
          onChange={(e) => setOutgoingNegative(e.currentTarget.checked)}
        />
        <Group>
          <Button size="md" variant="default" onClick={restart}>
            {t('grantImport.dialog.chooseAnother')}
          </Button>
          <Button size="md" onClick={() => go('preview')}>
            {t('grantImport.dialog.showPreview')}
          </Button>
        </Group>
      </>
    );
  } else if (step === 'preview' && file) {
    const back = (
      <Group mt="lg">
        <Button size="md" variant="default" onClick={() => go('mapping')} disabled={importing}>
          {t('grantImport.dialog.back')}
        </Button>
        <Button size="md" variant="default" onClick={restart} disabled={importing}>
          {t('grantImport.dialog.chooseAnother')}
        </Button>
        {preview?.canImport && (
          <Button size="md" onClick={() => void runImport()} loading={importing}>
            {t('grantImport.dialog.importButton', { count: preview.expenses.length })}
          </Button>
        )}
      </Group>
    );
    if (!preview) body = <Loader aria-label={t('ui.common.loading')} />;
    else if (!preview.canImport) {
      body = (
        <>
          {fileInfo}
          <Alert color="red" title={t('grantImport.dialog.cannotImportTitle')} mb="md" role="alert">
            {t('grantImport.dialog.cannotImportText')}
          </Alert>
          <Title order={4} mb="xs">
            {t('grantImport.dialog.errorsTitle')}
          </Title>
          <List spacing="xs">
            {formatExpenseImportErrors(preview, lang).map((line, i) => (
              <List.Item key={i}>{line}</List.Item>
            ))}
          </List>
          {back}
        </>
      );
    } else {
      const none = t('ui.common.none');
      body = (
        <>
          {fileInfo}
          <Stack gap={4} mb="md">
            <Text size="lg" fw={700}>
              {t('grantImport.dialog.ready', {
                count: preview.expenses.length,
                total: formatMoney(preview.totalCents, lang),
              })}
            </Text>
            {preview.outsidePeriodRows.length > 0 && (
              <Text>
                {t('grantImport.dialog.outsidePeriod', {
                  count: preview.outsidePeriodRows.length,
                })}
              </Text>
            )}
            {preview.blankRows.length > 0 && (
              <Text>
                {t('grantImport.dialog.blankRows', { rows: preview.blankRows.join(', ') })}
              </Text>
            )}
          </Stack>
          <PagedTable<ExpenseImportRow>
            caption={t('grantImport.dialog.savedAsTitle')}
            rows={preview.rows}
            rowKey={(r) => String(r.row)}
            pageSize={20}
            columns={[
              {
                key: 'row',
                header: t('grantImport.dialog.rowNumber'),
                numeric: true,
                cell: (r) => formatInteger(r.row, lang),
              },
              {
                key: 'date',
                header: t('grantImport.fields.date'),
                cell: (r) => formatDate(r.expense!.date, lang),
              },
              {
                key: 'amount',
                header: t('grantImport.fields.amount'),
                numeric: true,
                cell: (r) => formatMoney(r.expense!.amountCents, lang),
              },
              {
                key: 'budgetLine',
                header: t('grantImport.fields.budgetLine'),
                cell: (r) => lineName.get(r.expense!.budgetLineId) ?? none,
              },
              {
                key: 'payee',
                header: t('grantImport.fields.payee'),
                cell: (r) => r.expense!.payee ?? none,
              },
              {
                key: 'receiptRef',
                header: t('grantImport.fields.receiptRef'),
                cell: (r) => r.expense!.receiptRef ?? none,
              },
              {
                key: 'status',
                header: t('grantImport.dialog.status'),
                cell: (r) => (r.outsidePeriod ? t('grantImport.dialog.outsidePeriodFlag') : ''),
              },
            ]}
          />
          {back}
        </>
      );
    }
  } else if (step === 'done' && done) {
    body = (
      <>
        <Alert color="teal" mb="lg">
          {done}
        </Alert>
        <Button size="md" onClick={close}>
          {t('grantImport.dialog.close')}
        </Button>
      </>
    );
  }

  return (
    <AppModal opened={opened} onClose={close} title={t('grantImport.dialog.title')} size="xl">
      <Title order={3} mb="md" ref={stepHeading} tabIndex={-1}>
        {t(`grantImport.dialog.steps.${step}`)}
      </Title>
      {body}
    </AppModal>
  );
}

/** "Import expenses from a file…": opens ExpenseImportDialog for the grant. */
export function ImportExpensesButton({ grantId }: { grantId: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button size="md" variant="default" onClick={() => setOpened(true)}>
        {t('grantImport.dialog.openButton')}
      </Button>
      <ExpenseImportDialog grantId={grantId} opened={opened} onClose={() => setOpened(false)} />
    </>
  );
}
