import { Alert, Button, FileButton, List } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatDataFileIssues,
  type DataFileIssue,
  type ParsedDataFile,
} from '../../../core/dataFile';
import { decryptFile, isEncryptedFile } from '../../../core/crypto/encryptedFile';
import { sessionPassphrase } from '../backup/passphrase';
import { parseDataFileInWorker } from '../dataFile/checkDataFileInWorker';
import { PassphraseDialog } from '../dataFile/PassphraseDialog';
import { openDataFileFilters, hasNativeDialogs, openFileNative, readPickedFile } from '../platform';
import type { FileJob, FileJobProgress } from './FileJob';
import { useLanguage } from './useLanguage';

/** A picked file's bytes checked in a worker: what the check found, or the file's problems. */
export type FileCheck<T> = (
  bytes: Uint8Array,
  report: (p: FileJobProgress) => void,
) => Promise<{ ok: true; value: T } | { ok: false; issues: DataFileIssue[] }>;

/** The check of a file to restore: all of it validated in the data-file worker. */
export const checkDataFile: FileCheck<ParsedDataFile> = async (bytes, report) => {
  const result = await parseDataFileInWorker(bytes, (done, total) =>
    report({ phase: 'validating', done, total }),
  );
  return result.ok ? { ok: true, value: result.file } : result;
};

/**
 * Picks a data file (native dialog in Electron, file input in a browser),
 * checks all of it in a worker (`checkFile`: by default validates it as a
 * file to restore), with progress shown through `job`, and hands what the
 * check found on; shows every problem of the file otherwise. Disabled while
 * `job` runs, so a second file cannot be started meanwhile.
 */
export function DataFilePicker<T = ParsedDataFile>({
  label,
  job,
  onValid,
  checkFile,
}: {
  label: string;
  job: FileJob;
  onValid: (checked: T) => void;
  checkFile?: FileCheck<T>;
}) {
  const { t } = useTranslation();
  const fileCheck = useDataFileCheck(job, onValid, checkFile);
  const { check } = fileCheck;

  return (
    <>
      {hasNativeDialogs() ? (
        <Button
          variant="default"
          disabled={job.busy}
          onClick={async () => check(await openFileNative(openDataFileFilters))}
        >
          {label}
        </Button>
      ) : (
        <FileButton
          accept="application/json,.json,.encrypted"
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
      <DataFileErrors check={fileCheck} />
    </>
  );
}

type Picked = { name: string; data: Uint8Array };

/**
 * Checks a data file's bytes in the worker (`checkFile`, by default
 * `checkDataFile`), with progress through `job`, and hands what a valid
 * file's check found to `onValid`; `errors` are the problems of the last
 * invalid one, in the user's language. An encrypted file is opened first:
 * with this session's passphrase when it fits, else `locked` holds it until
 * the user gives its passphrase (`unlock`). Shared by the picker, the backup
 * list and the restore offered at start.
 */
export function useDataFileCheck<T = ParsedDataFile>(
  job: FileJob,
  onValid: (checked: T) => void,
  checkFile?: FileCheck<T>,
) {
  const lang = useLanguage();
  // Without a check of its own, T is ParsedDataFile (the default above).
  const checkBytes = checkFile ?? (checkDataFile as unknown as FileCheck<T>);
  const [errors, setErrors] = useState<string[]>([]);
  const [locked, setLocked] = useState<Picked | null>(null);
  const validate = async (picked: Picked) => {
    const result = await job.run((report) => checkBytes(picked.data, report));
    if (result.ok) {
      setErrors([]);
      onValid(result.value);
    } else {
      setErrors(formatDataFileIssues(result.issues, lang));
    }
  };
  const check = async (picked: Picked | null) => {
    if (!picked) return;
    if (!isEncryptedFile(picked.data)) return validate(picked);
    const known = sessionPassphrase();
    const opened = known ? await decryptFile(picked.data, known) : null;
    if (opened?.ok) return validate({ name: picked.name, data: opened.plain });
    setErrors([]);
    setLocked(picked);
  };
  /** Try `passphrase` on the locked file: null when it opened (and was checked), else why not. */
  const unlock = async (passphrase: string) => {
    if (!locked) return null;
    const opened = await decryptFile(locked.data, passphrase);
    if (!opened.ok) return opened.code;
    setLocked(null);
    await validate({ name: locked.name, data: opened.plain });
    return null;
  };
  return { check, errors, locked, unlock, cancelUnlock: () => setLocked(null) };
}

export type DataFileCheck = Pick<
  ReturnType<typeof useDataFileCheck>,
  'errors' | 'locked' | 'unlock' | 'cancelUnlock'
>;

/** The passphrase dialog of a locked file, and the problems of a refused one, one per line. */
export function DataFileErrors({ check }: { check: DataFileCheck }) {
  const { t } = useTranslation();
  const { errors } = check;
  const dialog = (
    <PassphraseDialog
      fileName={check.locked?.name ?? null}
      unlock={check.unlock}
      onCancel={check.cancelUnlock}
    />
  );
  if (errors.length === 0) return dialog;
  return (
    <>
      {dialog}
      <Alert color="red" title={t('ui.settings.importInvalid')} mt="md" role="alert">
        <List size="sm">
          {errors.map((e, i) => (
            <List.Item key={i}>{e}</List.Item>
          ))}
        </List>
      </Alert>
    </>
  );
}
