import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ImportFilePicker } from '../../shared/import/ImportFilePicker';
import type { ImportFile } from './readImportFile';

/** Step 1: pick a CSV or XLSX file of members and read it into rows. */
export function PickFileStep({ onRead }: { onRead: (file: ImportFile) => void }) {
  const { t } = useTranslation();
  return (
    <ImportFilePicker
      texts={{
        help: t('memberImport.page.pickHelp'),
        chooseFile: t('memberImport.page.chooseFile'),
        filterName: t('memberImport.page.fileFilterName'),
        inputLabel: t('memberImport.page.fileInputLabel'),
        reading: t('memberImport.page.reading'),
        readFailedTitle: t('memberImport.page.readFailedTitle'),
        emptyFile: (file) => t('memberImport.page.emptyFile', { file }),
        unexpectedReadError: (file, reason) =>
          t('memberImport.page.unexpectedReadError', { file, reason }),
      }}
      afterError={<Text mt="xs">{t('memberImport.page.nothingChanged')}</Text>}
      onRead={onRead}
    />
  );
}
