import { Alert, Group, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { formatImportFileError, ImportFileError } from '../../../../core/import';
import { readImportFile, type ImportFile } from '../../features/memberImport/readImportFile';
import { SpreadsheetFileButton } from '../SpreadsheetFileButton';
import { useLanguage } from '../useLanguage';
import { errorReason } from '../errorReason';
import { Loading } from '../Loading';

/** The words of one import's first step, in the user's language. */
export type ImportFilePickerTexts = {
  help: string;
  chooseFile: string;
  /** The file type's name in the native open dialog. */
  filterName: string;
  /** The browser's file input's name. */
  inputLabel: string;
  reading: string;
  readFailedTitle: string;
  emptyFile: (file: string) => string;
  unexpectedReadError: (file: string, reason: string) => string;
};

/**
 * The first step of an import: pick a CSV or XLSX file (native dialog in
 * Electron, file input in a browser) and read it into rows. A file that cannot
 * be read, or has no rows, is explained here and nothing else happens.
 */
export function ImportFilePicker({
  texts,
  notice,
  afterError,
  onRead,
}: {
  texts: ImportFilePickerTexts;
  /** Told before the button (a grant without budget lines). */
  notice?: ReactNode;
  /** Told under a read error (that nothing changed). */
  afterError?: ReactNode;
  onRead: (file: ImportFile) => void;
}) {
  const lang = useLanguage();
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);

  const read = async (picked: { name: string; data: Uint8Array } | null) => {
    if (!picked) return;
    setReading(true);
    setError(null);
    try {
      const file = await readImportFile(picked.name, picked.data);
      if (file.rows.length === 0) setError(texts.emptyFile(picked.name));
      else onRead(file);
    } catch (e) {
      setError(
        e instanceof ImportFileError
          ? formatImportFileError(e, lang)
          : texts.unexpectedReadError(picked.name, errorReason(e)),
      );
    } finally {
      setReading(false);
    }
  };

  return (
    <>
      <Text mb="md" maw={720}>
        {texts.help}
      </Text>
      {notice}
      <Group>
        <SpreadsheetFileButton
          label={texts.chooseFile}
          filterName={texts.filterName}
          inputLabel={texts.inputLabel}
          loading={reading}
          onPicked={(f) => void read(f)}
        />
        {reading && <Loading size="sm" label={texts.reading} />}
      </Group>
      {error && (
        <Alert color="red" title={texts.readFailedTitle} mt="md" role="alert">
          <Text>{error}</Text>
          {afterError}
        </Alert>
      )}
    </>
  );
}
