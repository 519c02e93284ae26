import type { Language } from '../../../core/schemas';
import { backupDataFile } from '../shared/dataFileActions';
import { writeBackupNow } from './autoBackup';
import { currentBackupTarget } from './backupTarget';

/**
 * Save the current data before a restore, merge, member import or the demo
 * replaces or changes it: into the backup folder when there is one (the
 * desktop app's, or one chosen in the browser), without a dialog; else, or
 * when that folder refuses the write, through the save dialog or a download.
 * `saved: false` when the user cancelled the dialog: the caller then writes
 * nothing.
 */
export async function backUpFirst(lang: Language): Promise<{ saved: boolean; name: string }> {
  const target = await currentBackupTarget().catch(() => null);
  if (target) {
    const result = await writeBackupNow(target).catch(() => null);
    if (result?.ok) return { saved: true, name: result.backup.name };
  }
  return backupDataFile(lang);
}
