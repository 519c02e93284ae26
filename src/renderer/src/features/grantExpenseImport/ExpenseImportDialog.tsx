import { Alert, Button, Checkbox, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { applyExpenseImport, budgetLinesOfGrant, grantForImport } from '../../../../core/db';
import { formatDate, formatInteger, formatMoney, todayIso } from '../../../../core/format';
import {
  expenseImportFields,
  dataRowCount,
  formatExpenseImportErrors,
  guessExpenseMapping,
  prepareExpenseImport,
  type ExpenseColumnMapping,
  type ExpenseImportRow,
} from '../../../../core/import';
import { db } from '../../db';
import { AppModal } from '../../shared/AppModal';
import { ImportColumnMapping } from '../../shared/import/ImportColumnMapping';
import { ImportErrorList } from '../../shared/import/ImportErrorList';
import { ImportFilePicker } from '../../shared/import/ImportFilePicker';
import { useImportSteps } from '../../shared/import/useImportSteps';
import { notify } from '../../shared/notify';
import { PagedTable } from '../../shared/PagedTable';
import { useLanguage } from '../../shared/useLanguage';
import type { ImportFile } from '../memberImport/readImportFile';
import { errorReason } from '../../shared/errorReason';
import { Loading } from '../../shared/Loading';

type Step = 'pick' | 'mapping' | 'preview' | 'done';

const FROM_COLUMN = '';

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
  const { step, go, reset, headingRef: stepHeading } = useImportSteps<Step>('pick');
  const [file, setFile] = useState<ImportFile | null>(null);
  const [hasHeader, setHasHeader] = useState(true);
  const [mapping, setMapping] = useState<ExpenseColumnMapping>({});
  const [budgetLineId, setBudgetLineId] = useState(FROM_COLUMN);
  const [outgoingNegative, setOutgoingNegative] = useState(false);
  const [importing, setImporting] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const restart = () => {
    setFile(null);
    setDone(null);
    go('pick');
  };
  const close = () => {
    onClose();
    reset();
    setFile(null);
    setDone(null);
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

  const onRead = (read: ImportFile) => {
    setFile(read);
    setHasHeader(true);
    setMapping(guessExpenseMapping(read.rows[0] ?? []));
    setBudgetLineId(FROM_COLUMN);
    setOutgoingNegative(false);
    go('mapping');
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
    body = <Loading />;
  } else if (step === 'pick') {
    body = (
      <ImportFilePicker
        texts={{
          help: t('grantImport.dialog.pickHelp'),
          chooseFile: t('grantImport.dialog.chooseFile'),
          filterName: t('grantImport.dialog.fileInputLabel'),
          inputLabel: t('grantImport.dialog.fileInputLabel'),
          reading: t('grantImport.dialog.reading'),
          readFailedTitle: t('grantImport.dialog.readFailedTitle'),
          emptyFile: (name) => t('grantImport.dialog.emptyFile', { file: name }),
          unexpectedReadError: (name, reason) =>
            t('grantImport.dialog.unexpectedReadError', { file: name, reason }),
        }}
        notice={
          budgetLines.length === 0 && (
            <Alert color="yellow" mb="md">
              {t('grantImport.dialog.noBudgetLines')}
            </Alert>
          )
        }
        onRead={onRead}
      />
    );
  } else if (step === 'mapping' && file) {
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
        <ImportColumnMapping
          rows={file.rows}
          hasHeader={hasHeader}
          fields={expenseImportFields}
          fieldLabel={(f) => t(`grantImport.fields.${f}`)}
          mapping={mapping}
          onMappingChange={setMapping}
          headingOrder={4}
          texts={{
            firstRowsTitle: t('grantImport.dialog.firstRowsTitle'),
            rowNumber: t('grantImport.dialog.rowNumber'),
            ignoreColumn: t('grantImport.dialog.ignoreColumn'),
            columnTitle: (column) => t('grantImport.dialog.columnTitle', { column }),
            columnSelect: (column, name) => t('grantImport.dialog.columnSelect', { column, name }),
            unnamedColumn: t('grantImport.dialog.unnamedColumn'),
          }}
        />
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
    if (!preview) body = <Loading />;
    else if (!preview.canImport) {
      body = (
        <>
          {fileInfo}
          <ImportErrorList
            title={t('grantImport.dialog.cannotImportTitle')}
            text={t('grantImport.dialog.cannotImportText')}
            errorsTitle={t('grantImport.dialog.errorsTitle')}
            lines={formatExpenseImportErrors(preview, lang)}
            headingOrder={4}
          />
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
