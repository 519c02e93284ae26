import { Alert, Button, Card, Center, Container, Group, List, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { backupSummary } from '../../../../core/backup/backupSummary';
import { isEncryptedFile } from '../../../../core/crypto/encryptedFile';
import type { ParsedDataFile } from '../../../../core/dataFile';
import { recordCount } from '../../../../core/db';
import { formatMoment } from '../../../../core/format';
import { allowAndLook, backupsAtStart, type BackupsAtStart } from '../../backup/backupsAtStart';
import { db } from '../../db';
import { DataFileErrors, useDataFileCheck } from '../../shared/DataFilePicker';
import { useFileJob } from '../../shared/FileJob';
import { PageTitle } from '../../shared/PageTitle';
import { restoreDataFile } from '../../shared/dataFileActions';
import { useLanguage } from '../../shared/useLanguage';
import { WelcomePage } from './WelcomePage';
import { errorReason } from '../../shared/errorReason';
import { Loading } from '../../shared/Loading';

/**
 * What the app shows without an association. An empty database next to
 * existing backups is not taken for a first run: the newest backup is offered
 * (its date and what it holds, read from the file first) instead of the
 * welcome page, and the user can still start afresh.
 */
export function StartPage() {
  const { t } = useTranslation();
  // Records without a profile are the welcome page's business (it warns of them).
  const records = useLiveQuery(() => recordCount(db), []);
  const [found, setFound] = useState<BackupsAtStart | undefined>(undefined);
  const [fresh, setFresh] = useState(false);
  const empty = records === 0;
  useEffect(() => {
    if (empty) void backupsAtStart().then(setFound);
  }, [empty]);

  if (records === undefined || (empty && found === undefined && !fresh)) {
    return (
      <Center h="60vh">
        <Loading />
      </Center>
    );
  }
  if (!empty || fresh || !found || found.kind === 'none') return <WelcomePage />;
  if (found.kind === 'needsPermission') {
    return (
      <Container size="md" py="xl">
        <PageTitle>{t('restoreOffer.allowTitle')}</PageTitle>
        <Text size="lg" mb="lg">
          {t('restoreOffer.allowText', { folder: found.handle.name })}
        </Text>
        <Group>
          <Button size="md" onClick={async () => setFound(await allowAndLook(found.handle))}>
            {t('restoreOffer.allow', { folder: found.handle.name })}
          </Button>
          <Button size="md" variant="default" onClick={() => setFresh(true)}>
            {t('restoreOffer.fresh')}
          </Button>
        </Group>
      </Container>
    );
  }
  return <RestoreOffer found={found} onFresh={() => setFresh(true)} />;
}

function RestoreOffer({
  found,
  onFresh,
}: {
  found: Extract<BackupsAtStart, { kind: 'found' }>;
  onFresh: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const navigate = useNavigate();
  const job = useFileJob();
  const [file, setFile] = useState<ParsedDataFile | null>(null);
  const [bytes, setBytes] = useState<Uint8Array | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fileCheck = useDataFileCheck(job, setFile);
  const { newest, target } = found;

  // Read and check the newest backup once, before anything is offered.
  useEffect(() => {
    let live = true;
    void target.read(newest.name).then(
      (data) => live && setBytes(data),
      (e: unknown) => live && setError(errorReason(e)),
    );
    return () => {
      live = false;
    };
  }, [target, newest.name]);
  const { check } = fileCheck;
  useEffect(() => {
    if (bytes) void check({ name: newest.name, data: bytes });
    // `check` is a new function each render: the file is checked once, when read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [bytes, newest.name]);

  const summary = file ? backupSummary(file.dataset) : null;
  const restore = async () => {
    if (!file) return;
    try {
      await job.run((report) => restoreDataFile(file, lang, report));
      navigate('/');
    } catch (e) {
      setError(t('restoreOffer.failed', { reason: errorReason(e) }));
    }
  };

  return (
    <Container size="md" py="xl">
      <PageTitle>{t('restoreOffer.title')}</PageTitle>
      <Text size="lg" mb="lg">
        {t('restoreOffer.text', { folder: found.folder })}
      </Text>
      <Card withBorder padding="lg" mb="lg" component="section" aria-labelledby="offer-newest">
        <Text fw={700} id="offer-newest" mb="xs">
          {t('restoreOffer.newest', { when: formatMoment(new Date(newest.takenAt), lang) })}
        </Text>
        {summary ? (
          <>
            {summary.associationName && (
              <Text mb="xs">
                {t('restoreOffer.association', { name: summary.associationName })}
              </Text>
            )}
            <Text>{t('restoreOffer.contains')}</Text>
            <List mb="xs">
              <List.Item>{t('restoreOffer.people', { count: summary.people })}</List.Item>
              <List.Item>{t('restoreOffer.hours', { count: summary.hours })}</List.Item>
              <List.Item>{t('restoreOffer.activities', { count: summary.activities })}</List.Item>
              <List.Item>{t('restoreOffer.grants', { count: summary.grants })}</List.Item>
            </List>
          </>
        ) : bytes && isEncryptedFile(bytes) && !job.busy ? (
          <Group>
            <Text>{t('restoreOffer.encrypted')}</Text>
            {!fileCheck.locked && (
              <Button
                variant="default"
                onClick={() => void check({ name: newest.name, data: bytes })}
              >
                {t('restoreOffer.unlock')}
              </Button>
            )}
          </Group>
        ) : (
          !error && fileCheck.errors.length === 0 && <Loading size="sm" />
        )}
        <DataFileErrors check={fileCheck} />
        {error && (
          <Alert color="red" mt="md" role="alert">
            {error}
          </Alert>
        )}
      </Card>
      <Group>
        <Button size="md" disabled={!file || job.busy} onClick={() => void restore()}>
          {t('restoreOffer.restore')}
        </Button>
        <Button size="md" variant="default" disabled={job.busy} onClick={onFresh}>
          {t('restoreOffer.fresh')}
        </Button>
      </Group>
      <Text size="sm" mt="sm">
        {t('restoreOffer.freshNote')}
      </Text>
    </Container>
  );
}
