import { Alert, Button, FileButton, Group, Loader, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatImportFileError, ImportFileError } from '../../../../core/import';
import { hasNativeDialogs, openFileNative, readPickedFile } from '../../platform';
import { useLanguage } from '../../shared/useLanguage';
import { readImportFile, type ImportFile } from './readImportFile';
import { errorReason } from '../../shared/errorReason';

const accept = [
  '.csv',
  '.txt',
  '.xlsx',
  'text/csv',
  'text/plain',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
].join(',');

/**
 * Step 1: pick a CSV or XLSX file (native dialog in Electron, file input in a
 * browser) and read it into rows. A file that cannot be read is explained
 * here and nothing else happens.
 */
export function PickFileStep({ onRead }: { onRead: (file: ImportFile) => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  // Clears the file input, so that picking the same (corrected) file again is noticed.
  const resetInput = useRef<() => void>(null);

  const read = async (picked: { name: string; data: Uint8Array } | null) => {
    resetInput.current?.();
    if (!picked) return;
    setReading(true);
    setError(null);
    try {
      const file = await readImportFile(picked.name, picked.data);
      if (file.rows.length === 0) setError(t('memberImport.page.emptyFile', { file: picked.name }));
      else onRead(file);
    } catch (e) {
      setError(
        e instanceof ImportFileError
          ? formatImportFileError(e, lang)
          : t('memberImport.page.unexpectedReadError', {
              file: picked.name,
              reason: errorReason(e),
            }),
      );
    } finally {
      setReading(false);
    }
  };

  const label = t('memberImport.page.chooseFile');
  return (
    <>
      <Text mb="md" maw={720}>
        {t('memberImport.page.pickHelp')}
      </Text>
      <Group>
        {hasNativeDialogs() ? (
          <Button
            size="md"
            loading={reading}
            onClick={async () =>
              read(
                await openFileNative([
                  {
                    name: t('memberImport.page.fileFilterName'),
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
            onChange={async (file) => read(file ? await readPickedFile(file) : null)}
            inputProps={{ 'aria-label': t('memberImport.page.fileInputLabel') }}
          >
            {(props) => (
              <Button size="md" loading={reading} {...props}>
                {label}
              </Button>
            )}
          </FileButton>
        )}
        {reading && <Loader size="sm" aria-label={t('memberImport.page.reading')} />}
      </Group>
      {error && (
        <Alert color="red" title={t('memberImport.page.readFailedTitle')} mt="md" role="alert">
          <Text>{error}</Text>
          <Text mt="xs">{t('memberImport.page.nothingChanged')}</Text>
        </Alert>
      )}
    </>
  );
}
