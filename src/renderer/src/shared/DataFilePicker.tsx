import { Alert, Button, FileButton, List } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDataFileIssues, type ParsedDataFile } from '../../../core/dataFile';
import { parseDataFileInWorker } from '../dataFile/checkDataFileInWorker';
import { dataFileFilters, hasNativeDialogs, openFileNative, readPickedFile } from '../platform';
import type { FileJob } from './FileJob';
import { useLanguage } from './useLanguage';

/**
 * Picks a data file (native dialog in Electron, file input in a browser),
 * validates all of it in a worker, with progress shown through `job`, and
 * hands a valid file on; shows every problem otherwise. Disabled while `job`
 * runs, so a second file cannot be started meanwhile.
 */
export function DataFilePicker({
  label,
  job,
  onValid,
}: {
  label: string;
  job: FileJob;
  onValid: (file: ParsedDataFile) => void;
}) {
  const { t } = useTranslation();
  const { check, errors } = useDataFileCheck(job, onValid);

  return (
    <>
      {hasNativeDialogs() ? (
        <Button
          variant="default"
          disabled={job.busy}
          onClick={async () => check(await openFileNative(dataFileFilters))}
        >
          {label}
        </Button>
      ) : (
        <FileButton
          accept="application/json,.json"
          onChange={async (file) => check(file ? await readPickedFile(file) : null)}
          disabled={job.busy}
          inputProps={{ 'aria-label': t('ui.settings.fileLabel') }}
        >
          {(props) => (
            <Button variant="default" {...props} disabled={job.busy}>
              {label}
            </Button>
          )}
        </FileButton>
      )}
      <DataFileErrors errors={errors} />
    </>
  );
}

/**
 * Checks a data file's bytes in the worker, with progress through `job`, and
 * hands a valid file to `onValid`; `errors` are the problems of the last
 * invalid one, in the user's language. Shared by the picker and the backup list.
 */
export function useDataFileCheck(job: FileJob, onValid: (file: ParsedDataFile) => void) {
  const lang = useLanguage();
  const [errors, setErrors] = useState<string[]>([]);
  const check = async (picked: { name: string; data: Uint8Array } | null) => {
    if (!picked) return;
    const result = await job.run((report) =>
      parseDataFileInWorker(picked.data, (done, total) =>
        report({ phase: 'validating', done, total }),
      ),
    );
    if (result.ok) {
      setErrors([]);
      onValid(result.file);
    } else {
      setErrors(formatDataFileIssues(result.issues, lang));
    }
  };
  return { check, errors };
}

/** The problems of a refused data file, one per line. */
export function DataFileErrors({ errors }: { errors: string[] }) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  return (
    <Alert color="red" title={t('ui.settings.importInvalid')} mt="md" role="alert">
      <List size="sm">
        {errors.map((e, i) => (
          <List.Item key={i}>{e}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
