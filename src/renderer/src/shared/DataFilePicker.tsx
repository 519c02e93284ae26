import { Alert, Button, FileButton, List } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParsedDataFile } from '../../../core/dataFile';
import { dataFileFilters, hasNativeDialogs, openFileNative, readPickedFile } from '../platform';
import { checkDataFile } from './dataFileActions';
import { useLanguage } from './useLanguage';

/**
 * Picks a data file (native dialog in Electron, file input in a browser),
 * validates all of it and hands a valid file on; shows every problem otherwise.
 */
export function DataFilePicker({
  label,
  onValid,
}: {
  label: string;
  onValid: (file: ParsedDataFile) => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [errors, setErrors] = useState<string[]>([]);

  const check = (picked: { name: string; data: Uint8Array } | null) => {
    if (!picked) return;
    const result = checkDataFile(picked.data, lang);
    if (result.ok) {
      setErrors([]);
      onValid(result.file);
    } else {
      setErrors(result.messages);
    }
  };

  return (
    <>
      {hasNativeDialogs() ? (
        <Button
          variant="default"
          onClick={async () => check(await openFileNative(dataFileFilters))}
        >
          {label}
        </Button>
      ) : (
        <FileButton
          accept="application/json,.json"
          onChange={async (file) => check(file ? await readPickedFile(file) : null)}
          inputProps={{ 'aria-label': t('ui.settings.fileLabel') }}
        >
          {(props) => (
            <Button variant="default" {...props}>
              {label}
            </Button>
          )}
        </FileButton>
      )}
      {errors.length > 0 && (
        <Alert color="red" title={t('ui.settings.importInvalid')} mt="md" role="alert">
          <List size="sm">
            {errors.map((e, i) => (
              <List.Item key={i}>{e}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </>
  );
}
