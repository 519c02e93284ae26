import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { exportDataFile } from './dataFileActions';
import { errorReason } from './errorReason';
import { FileJobBusyError, type FileJob, type FileJobProgress } from './FileJob';

/**
 * Export the data file (Settings' button and the File menu) as the window's
 * file job, so its dialog shows how much of a big file is written and no
 * restore or merge starts meanwhile, and say how it went: the saved file's
 * name, or why it failed (kept until closed). While another file job runs,
 * it says so and does nothing.
 */
export async function exportAsFileJob(job: FileJob, t: TFunction): Promise<void> {
  try {
    await job.run((report) => exportAndSay(t, report));
  } catch (e) {
    if (!(e instanceof FileJobBusyError)) throw e;
    notifications.show({ message: t('progress.busy'), color: 'yellow' });
  }
}

async function exportAndSay(t: TFunction, report: (p: FileJobProgress) => void): Promise<void> {
  try {
    const result = await exportDataFile(undefined, report);
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
