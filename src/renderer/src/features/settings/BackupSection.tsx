import { Alert, Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { backupOverdue } from '../../../../core/backup/overdue';
import type { ParsedDataFile } from '../../../../core/dataFile';
import { formatFileSize, formatMoment } from '../../../../core/format';
import type { BackupEntry, BackupStatus } from '../../../../shared/ipc';
import { onAutoBackup, writeBackupNow } from '../../backup/autoBackup';
import { browserFolderTarget, desktopTarget, type BackupTarget } from '../../backup/backupTarget';
import {
  chooseBrowserBackupFolder,
  folderBackupsSupported,
  folderPermission,
  storedBackupFolder,
} from '../../backup/browserFolder';
import { lastSavedCopy, onSavedCopy } from '../../backup/lastSavedCopy';
import { storagePersisted } from '../../backup/startup';
import { DataFileErrors, useDataFileCheck } from '../../shared/DataFilePicker';
import type { FileJob } from '../../shared/FileJob';
import { notify } from '../../shared/notify';
import { useLanguage } from '../../shared/useLanguage';
import { EncryptionSetting } from './EncryptionSetting';

/** How many of the newest backups the list shows. */
const LISTED = 10;

type Restore = { job: FileJob; onValid: (file: ParsedDataFile) => void };

/**
 * Settings → Backups. In the desktop app: the folder, the latest automatic
 * backup, and the newest backups, each restorable through the same check and
 * confirmation as a picked file (`onValid`). In a browser: the same for a
 * folder picked through the File System Access API where the browser has it,
 * when a copy was last saved, and whether the browser keeps the data. Then
 * the passphrase for encrypted exports and backups.
 */
export function BackupSection({ job, onValid }: Restore) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="settings-backups">
      <Title order={2} size="h3" id="settings-backups" mb="md">
        {t('backups.title')}
      </Title>
      {window.api ? (
        <DesktopBackups job={job} onValid={onValid} />
      ) : (
        <BrowserBackups job={job} onValid={onValid} />
      )}
      <EncryptionSetting />
    </Card>
  );
}

function DesktopBackups(restore: Restore) {
  const { t } = useTranslation();
  const api = window.api!;
  const [target] = useState(() => desktopTarget(api));
  return (
    <>
      <Text mb="sm">{t('backups.autoText')}</Text>
      <BackupFolder
        target={target}
        restore={restore}
        change={async () => (await api.backupChooseFolder()) !== null}
      />
    </>
  );
}

/** Say what went wrong with an automatic backup, in the user's language. */
function useBackupFailures(refresh: () => void) {
  const { t } = useTranslation();
  useEffect(
    () =>
      onAutoBackup((result) => {
        if (!result.ok) {
          notify(t, {
            color: 'red',
            autoClose: false,
            message: t('backups.failed', {
              reason: t(`fileWrite.${result.failure}`, {
                file: result.folder,
                reason: result.failure,
              }),
            }),
          });
        }
        refresh();
      }),
    [refresh, t],
  );
}

/**
 * A backup folder: where it is, the latest backup, "back up now", and the
 * newest backups, each restorable. `change` lets the user choose another
 * folder (true when she did).
 */
function BackupFolder({
  target,
  restore,
  change,
}: {
  target: BackupTarget;
  restore: Restore;
  change: () => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { job, onValid } = restore;
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [writing, setWriting] = useState(false);
  const refresh = useCallback(() => {
    void target.status().then(setStatus, () => setStatus({ folder: '', backups: [] }));
  }, [target]);
  useEffect(refresh, [refresh]);
  useBackupFailures(refresh);

  const fileCheck = useDataFileCheck(job, onValid);
  const { check } = fileCheck;
  const restoreBackup = async (backup: BackupEntry) => {
    const data = await target.read(backup.name);
    await check({ name: backup.name, data });
  };

  if (!status) return null;
  const newest = status.backups[0];
  const when = (b: BackupEntry) => formatMoment(new Date(b.takenAt), lang);
  return (
    <>
      <Text fw={600}>{t('backups.folder')}</Text>
      <Group mb="md" wrap="wrap">
        <Text style={{ overflowWrap: 'anywhere' }}>{status.folder}</Text>
        <Button
          variant="default"
          onClick={async () => {
            if (!(await change())) return;
            const next = await target.status();
            setStatus(next);
            notify(t, {
              color: 'teal',
              message: t('backups.folderChanged', { folder: next.folder }),
            });
          }}
        >
          {t('backups.changeFolder')}
        </Button>
        <Button
          variant="default"
          loading={writing}
          disabled={job.busy}
          onClick={async () => {
            setWriting(true);
            try {
              const result = await writeBackupNow(target);
              if (result.ok) notify(t, { color: 'teal', message: t('backups.written') });
            } finally {
              setWriting(false);
            }
          }}
        >
          {t('backups.backUpNow')}
        </Button>
      </Group>
      <Text mb="sm" role="status">
        {newest ? t('backups.last', { when: when(newest) }) : t('backups.none')}
      </Text>
      {newest && backupOverdue(new Date(newest.takenAt), new Date()) && (
        <Alert color="orange" mb="md" role="alert">
          {t('backups.overdue')}
        </Alert>
      )}
      {status.backups.length > 0 && (
        <Table striped withTableBorder captionSide="top">
          <Table.Caption>{t('backups.tableCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('backups.when')}</Table.Th>
              <Table.Th scope="col">{t('backups.size')}</Table.Th>
              <Table.Th scope="col">{t('backups.action')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {status.backups.slice(0, LISTED).map((b) => (
              <Table.Tr key={b.name}>
                <Table.Td>
                  {when(b)}
                  {b.encrypted ? ` (${t('backups.encrypted')})` : ''}
                </Table.Td>
                <Table.Td>{formatFileSize(b.size, lang)}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="default"
                    disabled={job.busy}
                    aria-label={t('backups.restoreLabel', { when: when(b) })}
                    onClick={() => void restoreBackup(b)}
                  >
                    {t('backups.restore')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <DataFileErrors check={fileCheck} />
    </>
  );
}

/**
 * In a browser with the File System Access API: pick a folder once; after a
 * restart the browser may want the user's leave again, which it asks only
 * after a click. Elsewhere only the reminder to export.
 */
function BrowserFolder(restore: Restore) {
  const { t } = useTranslation();
  const [handle, setHandle] = useState<FileSystemDirectoryHandle | null | undefined>(undefined);
  const [permission, setPermission] = useState<'granted' | 'denied' | 'prompt'>('prompt');
  useEffect(() => {
    void storedBackupFolder().then(async (h) => {
      if (h) setPermission(await folderPermission(h));
      setHandle(h);
    });
  }, []);
  const target = useMemoTarget(handle, permission);
  const choose = async () => {
    const h = await chooseBrowserBackupFolder();
    if (!h) return false;
    setPermission(await folderPermission(h, true));
    setHandle(h);
    return true;
  };

  if (handle === undefined) return null;
  if (!handle) {
    return (
      <>
        <Text mb="sm">{t('backups.folderPickText')}</Text>
        <Group mb="md">
          <Button variant="default" onClick={() => void choose()}>
            {t('backups.chooseFolder')}
          </Button>
        </Group>
      </>
    );
  }
  if (!target) {
    return (
      <>
        <Alert color="orange" mb="sm" role="alert">
          {t('backups.folderAllowText', { folder: handle.name })}
        </Alert>
        <Group mb="md">
          <Button
            variant="default"
            onClick={async () => setPermission(await folderPermission(handle, true))}
          >
            {t('backups.allowFolder', { folder: handle.name })}
          </Button>
          <Button variant="default" onClick={() => void choose()}>
            {t('backups.changeFolder')}
          </Button>
        </Group>
      </>
    );
  }
  return (
    <>
      <Text mb="sm">{t('backups.browserFolderText')}</Text>
      <BackupFolder key={handle.name} target={target} restore={restore} change={choose} />
    </>
  );
}

/** One target per granted folder, so the list is not read again on each render. */
function useMemoTarget(
  handle: FileSystemDirectoryHandle | null | undefined,
  permission: string,
): BackupTarget | null {
  return useMemo(
    () => (handle && permission === 'granted' ? browserFolderTarget(handle) : null),
    [handle, permission],
  );
}

function BrowserBackups(restore: Restore) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [last, setLast] = useState(lastSavedCopy);
  useEffect(() => {
    void storagePersisted().then(setPersisted);
    return onSavedCopy(() => setLast(lastSavedCopy()));
  }, []);
  return (
    <>
      {folderBackupsSupported() ? (
        <BrowserFolder {...restore} />
      ) : (
        <Text mb="sm">{t('backups.browserText')}</Text>
      )}
      <Text mt="md" mb="sm">
        {last ? t('backups.lastCopy', { when: formatMoment(last, lang) }) : t('backups.noCopy')}
      </Text>
      {backupOverdue(last, new Date()) && (
        <Alert color="orange" mb="sm" role="alert">
          {t('backups.copyOverdue')}
        </Alert>
      )}
      {persisted !== null && (
        <Text size="sm">{persisted ? t('backups.persisted') : t('backups.notPersisted')}</Text>
      )}
    </>
  );
}
