import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { exportDataFile } from './dataFileActions';
import { errorReason } from './errorReason';

/**
 * Export the data file (Settings' button and the File menu) and say how it
 * went: the saved file's name, or why it failed (kept until closed).
 * `onProgress` hears how many records of the file are written.
 */
export async function exportAndSay(
  t: TFunction,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  try {
    const result = await exportDataFile(undefined, onProgress);
    if (result.saved) {
      notifications.show({
        message: t('ui.settings.exported', { name: result.name }),
        color: 'teal',
      });
    }
  } catch (e) {
    notifications.show({
      message: t('ui.settings.exportFailed', { reason: errorReason(e) }),
      color: 'red',
      autoClose: false,
    });
  }
}
