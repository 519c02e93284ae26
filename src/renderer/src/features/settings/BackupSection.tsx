import { Alert, Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { backupOverdue } from '../../../../core/backup/overdue';
import type { ParsedDataFile } from '../../../../core/dataFile';
import { formatFileSize, formatMoment } from '../../../../core/format';
import type { BackupEntry, BackupStatus } from '../../../../shared/ipc';
import { onAutoBackup } from '../../backup/autoBackup';
import { lastSavedCopy, onSavedCopy } from '../../backup/lastSavedCopy';
import { storagePersisted } from '../../backup/startup';
import { DataFileErrors, useDataFileCheck } from '../../shared/DataFilePicker';
import type { FileJob } from '../../shared/FileJob';
import { notify } from '../../shared/notify';
import { useLanguage } from '../../shared/useLanguage';
import { EncryptionSetting } from './EncryptionSetting';

/** How many of the newest backups the list shows. */
const LISTED = 10;

/**
 * Settings → Backups. In the desktop app: the folder, the latest automatic
 * backup, and the newest backups, each restorable through the same check and
 * confirmation as a picked file (`onValid`). In a browser: when a copy was
 * last saved, and whether the browser keeps the data.
 */
export function BackupSection({
  job,
  onValid,
}: {
  job: FileJob;
  onValid: (file: ParsedDataFile) => void;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="settings-backups">
      <Title order={2} size="h3" id="settings-backups" mb="md">
        {t('backups.title')}
      </Title>
      {window.api ? <DesktopBackups job={job} onValid={onValid} /> : <BrowserBackups />}
      <EncryptionSetting />
    </Card>
  );
}

function DesktopBackups({
  job,
  onValid,
}: {
  job: FileJob;
  onValid: (file: ParsedDataFile) => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const refresh = useCallback(() => {
    void window.api?.backupStatus().then(setStatus);
  }, []);
  useEffect(() => {
    refresh();
    return onAutoBackup((result) => {
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
    });
  }, [refresh, t]);

  const fileCheck = useDataFileCheck(job, onValid);
  const { check } = fileCheck;
  const restore = async (backup: BackupEntry) => {
    const data = await window.api?.backupRead({ name: backup.name });
    if (data) await check({ name: backup.name, data });
  };

  if (!status) return null;
  const newest = status.backups[0];
  const when = (b: BackupEntry) => formatMoment(new Date(b.takenAt), lang);
  return (
    <>
      <Text mb="sm">{t('backups.autoText')}</Text>
      <Text fw={600}>{t('backups.folder')}</Text>
      <Group mb="md" wrap="wrap">
        <Text style={{ overflowWrap: 'anywhere' }}>{status.folder}</Text>
        <Button
          variant="default"
          onClick={async () => {
            const next = await window.api?.backupChooseFolder();
            if (!next) return;
            setStatus(next);
            notify(t, {
              color: 'teal',
              message: t('backups.folderChanged', { folder: next.folder }),
            });
          }}
        >
          {t('backups.changeFolder')}
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
                    onClick={() => void restore(b)}
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

function BrowserBackups() {
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
      <Text mb="sm">{t('backups.browserText')}</Text>
      <Text mb="sm">
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
