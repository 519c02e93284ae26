import { Alert, Anchor, Button, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { backupOverdue } from '../../../../core/backup/overdue';
import {
  folderBackupsSupported,
  folderPermission,
  storedBackupFolder,
} from '../../backup/browserFolder';
import { lastSavedCopy, onSavedCopy } from '../../backup/lastSavedCopy';

/**
 * On the home page: a reminder to save a copy of the data when the newest one
 * (an automatic backup in the desktop app, an exported file in a browser) is
 * over 7 days old or missing. Nothing when all is well.
 */
export function BackupReminder() {
  const { t } = useTranslation();
  const paused = usePausedFolder();
  // Desktop: unknown until main answers; browser: known at once.
  const [newest, setNewest] = useState<Date | null | undefined>(() =>
    window.api ? undefined : lastSavedCopy(),
  );
  useEffect(() => {
    const api = window.api;
    if (api) {
      void api.backupStatus().then((s) => {
        const at = s.backups[0]?.takenAt;
        setNewest(at ? new Date(at) : null);
      });
      return undefined;
    }
    return onSavedCopy(() => setNewest(lastSavedCopy()));
  }, []);
  if (paused) {
    return (
      <Alert color="orange" mb="md" role="note" aria-label={t('backups.title')}>
        <Text fw={700}>{t('backups.title')}</Text>
        <Text mb="xs">{t('backups.folderAllowText', { folder: paused.handle.name })}</Text>
        <Button variant="default" onClick={paused.allow}>
          {t('backups.allowFolder', { folder: paused.handle.name })}
        </Button>
      </Alert>
    );
  }
  // In the desktop app the first backup follows the first change: no reminder before it.
  if (newest === undefined || (window.api && newest === null)) return null;
  if (!backupOverdue(newest, new Date())) return null;
  return (
    <Alert color="orange" mb="md" role="note" aria-label={t('backups.title')}>
      <Text fw={700}>{t('backups.title')}</Text>
      <Text>{window.api ? t('backups.overdue') : t('backups.copyOverdue')}</Text>
      <Anchor component={Link} to="/settings">
        {t('backups.goToSettings')}
      </Anchor>
    </Alert>
  );
}

/**
 * In a browser, the chosen backup folder whose permission the browser wants
 * to ask again (after a restart): backups wait until the user allows it,
 * which the browser lets a page ask only after a click.
 */
function usePausedFolder(): { handle: FileSystemDirectoryHandle; allow: () => void } | null {
  const [handle, setHandle] = useState<FileSystemDirectoryHandle | null>(null);
  useEffect(() => {
    if (window.api || !folderBackupsSupported()) return;
    let live = true;
    void storedBackupFolder().then(async (h) => {
      if (h && live && (await folderPermission(h)) === 'prompt') setHandle(h);
    });
    return () => {
      live = false;
    };
  }, []);
  if (!handle) return null;
  return {
    handle,
    allow: () => void folderPermission(handle, true).then((p) => p !== 'prompt' && setHandle(null)),
  };
}
