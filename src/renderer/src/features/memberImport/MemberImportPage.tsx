import { Alert, Anchor, Button, Group, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { livePeople } from '../../../../core/db';
import { formatInteger, todayIso } from '../../../../core/format';
import { guessMapping, prepareMemberImport, type ColumnMapping } from '../../../../core/import';
import { db } from '../../db';
import { useImportSteps } from '../../shared/import/useImportSteps';
import { PageTitle } from '../../shared/PageTitle';
import { useLanguage } from '../../shared/useLanguage';
import { notify } from '../../shared/notify';
import { MappingStep } from './MappingStep';
import { PickFileStep } from './PickFileStep';
import { duplicateRows, PreviewStep } from './PreviewStep';
import type { ImportFile } from './readImportFile';
import { saveMemberImport } from './saveMemberImport';
import { backUpFirst } from '../../backup/backUpFirst';
import { errorReason } from '../../shared/errorReason';
import { Loading } from '../../shared/Loading';

type Step = 'pick' | 'mapping' | 'preview' | 'done';

/** What the finished import did, for the last step. */
type Done = { message: string; skipped: number };

/**
 * The member import wizard: pick a CSV/XLSX file, map its columns, check what
 * would be imported (errors block everything; probable duplicates can be
 * left out), then import it all in one transaction.
 */
export function MemberImportPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  // The duplicates check compares with the people in the register (not those in the trash).
  const people = useLiveQuery(() => livePeople(db), []);
  const { step, go, headingRef: stepHeading } = useImportSteps<Step>('pick');
  const [file, setFile] = useState<ImportFile | null>(null);
  const [hasHeader, setHasHeader] = useState(true);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [skipDuplicates, setSkipDuplicates] = useState(true);
  const [importing, setImporting] = useState(false);
  const [done, setDone] = useState<Done | null>(null);

  const preview = useMemo(
    () =>
      step === 'preview' && file && people
        ? prepareMemberImport(file.rows, mapping, { people }, { today: todayIso(), hasHeader })
        : null,
    [step, file, people, mapping, hasHeader],
  );

  const restart = () => {
    setFile(null);
    setDone(null);
    go('pick');
  };

  const runImport = async () => {
    if (!preview || !file) return;
    setImporting(true);
    const skipRows = skipDuplicates ? duplicateRows(preview) : [];
    // Back up first: an import adds many people at once, and the user must be able to go back.
    let backup: { saved: boolean };
    try {
      backup = await backUpFirst(lang);
    } catch (e) {
      const reason = errorReason(e);
      notify(t, {
        color: 'red',
        autoClose: false,
        message: t('backups.importBackupFailed', { reason }),
      });
      setImporting(false);
      return;
    }
    if (!backup.saved) {
      notify(t, { color: 'red', autoClose: false, message: t('backups.importBackupCancelled') });
      setImporting(false);
      return;
    }
    try {
      const saved = await saveMemberImport(db, preview, skipRows);
      const message = t('memberImport.page.imported', { count: saved.people, file: file.name });
      notify(t, { color: 'teal', message });
      setDone({ message, skipped: skipRows.length });
      go('done');
    } catch (e) {
      notify(t, {
        color: 'red',
        autoClose: false,
        message: t('memberImport.page.importFailed', {
          reason: errorReason(e),
        }),
      });
    } finally {
      setImporting(false);
    }
  };

  return (
    <>
      <PageTitle>{t('memberImport.title')}</PageTitle>
      <Text mb="lg" maw={720}>
        {t('memberImport.page.intro')}
      </Text>
      <Title order={2} mb="md" ref={stepHeading} tabIndex={-1}>
        {t(`memberImport.page.steps.${step}`)}
      </Title>

      {step === 'pick' && (
        <PickFileStep
          onRead={(read) => {
            setFile(read);
            setHasHeader(true);
            setMapping(guessMapping(read.rows[0] ?? []));
            go('mapping');
          }}
        />
      )}

      {step === 'mapping' && file && (
        <MappingStep
          file={file}
          hasHeader={hasHeader}
          onHasHeaderChange={setHasHeader}
          mapping={mapping}
          onMappingChange={setMapping}
          onBack={restart}
          onNext={() => {
            setSkipDuplicates(true);
            go('preview');
          }}
        />
      )}

      {step === 'preview' &&
        file &&
        (preview ? (
          <PreviewStep
            file={file}
            hasHeader={hasHeader}
            preview={preview}
            skipDuplicates={skipDuplicates}
            onSkipDuplicatesChange={setSkipDuplicates}
            importing={importing}
            onImport={() => void runImport()}
            onBackToMapping={() => go('mapping')}
            onChooseAnother={restart}
          />
        ) : (
          <Loading />
        ))}

      {step === 'done' && done && (
        <>
          <Alert color="teal" mb="lg">
            <Text>{done.message}</Text>
            {done.skipped > 0 && (
              <Text mt="xs">
                {t('memberImport.page.skippedDuplicates', {
                  rows: formatInteger(done.skipped, lang),
                })}
              </Text>
            )}
          </Alert>
          <Group>
            <Anchor component={Link} to="/members" size="lg" fw={500}>
              {t('memberImport.page.backToMembers')}
            </Anchor>
            <Button size="md" variant="default" onClick={restart}>
              {t('memberImport.page.importAnother')}
            </Button>
          </Group>
        </>
      )}
    </>
  );
}
