import { Alert, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentProfile, Repository } from '../../../../core/db';
import { formatDataFileIssues, type ParsedDataFile } from '../../../../core/dataFile';
import { formatInteger } from '../../../../core/format';
import type { MergePlan } from '../../../../core/merge';
import type { AppInfo } from '../../../../shared/ipc';
import { db } from '../../db';
import { DataFilePicker } from '../../shared/DataFilePicker';
import { FileJobBusyError, useFileJob } from '../../shared/FileJob';
import {
  applyMergePlan,
  checkMergeFile,
  restoreDataFile,
  undoMerge,
} from '../../shared/dataFileActions';
import { notifyWithUndo } from '../../shared/notify';
import { AppModal } from '../../shared/AppModal';
import { PageTitle } from '../../shared/PageTitle';
import { useLanguage } from '../../shared/useLanguage';
import { RetentionSetting } from '../person/RetentionSetting';
import { AppearanceSection } from './AppearanceSection';
import { BackupSection } from './BackupSection';
import { ProfileForm } from '../profile/ProfileForm';
import { OfficialsSection } from '../officials/OfficialsSection';
import { exportAsFileJob } from '../../shared/exportAndSay';
import { keepDataFileWorkerReady } from '../../dataFile/checkDataFileInWorker';
import { Loading } from '../../shared/Loading';

/** Association details, export and restore of the data file, about. */
export function SettingsPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  // The profile only (null before one is made); export and merge read the rest on a click.
  const profile = useLiveQuery(async () => (await currentProfile(db)) ?? null, []);
  const [pending, setPending] = useState<ParsedDataFile | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [mergeReport, setMergeReport] = useState<{ summary: string; conflicts: string[] } | null>(
    null,
  );
  const [mergeErrors, setMergeErrors] = useState<string[]>([]);
  const [mergePlan, setMergePlan] = useState<Extract<MergePlan, { ok: true }> | null>(null);
  const job = useFileJob();
  // Export and restore start at once, in a data-file worker started ahead of time.
  useEffect(() => keepDataFileWorkerReady(), []);
  const mergeNow = async (plan: Extract<MergePlan, { ok: true }>) => {
    setMergePlan(null);
    const done = await job.run((report) => applyMergePlan(plan, lang, report));
    if (!done) {
      setMergeErrors([t('ui.settings.mergeBackupCancelled')]);
      return;
    }
    setMergeReport({
      summary: t('ui.settings.merged', {
        added: formatInteger(plan.added, lang),
        updated: formatInteger(plan.updated, lang),
      }),
      conflicts: plan.conflicts,
    });
    notifyWithUndo(t, {
      color: 'teal',
      message: t('ui.settings.mergeDone'),
      undoLabel: t('ui.settings.mergeUndo'),
      onUndo: async (id) => {
        try {
          await job.run(() => undoMerge(plan));
        } catch (e) {
          // Another file is being restored or merged: the undo waits for the user to ask again.
          if (!(e instanceof FileJobBusyError)) throw e;
          notifications.show({ message: t('progress.busy'), color: 'yellow' });
          return;
        }
        notifications.hide(id);
        setMergeReport({ summary: t('ui.settings.mergeUndone'), conflicts: [] });
      },
    });
  };
  useEffect(() => {
    void window.api?.appInfo().then(setInfo);
  }, []);
  if (profile === undefined) return <Loading />;

  return (
    <>
      <PageTitle>{t('ui.settings.title')}</PageTitle>
      <Stack gap="xl">
        <Card withBorder padding="lg" component="section" aria-labelledby="settings-profile">
          <Title order={2} size="h3" id="settings-profile" mb="md">
            {t('ui.settings.profileSection')}
          </Title>
          {profile && (
            <ProfileForm
              // Keyed on the record, not its updatedAt: saving the retention period below
              // must not reset what the user is typing here.
              key={profile.id}
              profile={profile}
              language={lang}
              submitLabel={t('ui.profile.saveProfile')}
              onSubmit={async (input) => {
                await new Repository(db, 'profile').update(profile.id, input);
                notifications.show({ message: t('ui.common.saved'), color: 'teal' });
              }}
            />
          )}
        </Card>

        {profile && <OfficialsSection />}

        {profile && <RetentionSetting key={profile.id} profile={profile} />}

        <AppearanceSection />

        <Card withBorder padding="lg" component="section" aria-labelledby="settings-data">
          <Title order={2} size="h3" id="settings-data" mb="md">
            {t('ui.settings.dataSection')}
          </Title>
          <Title order={3} size="h4" mb="xs">
            {t('ui.settings.exportTitle')}
          </Title>
          <Text mb="sm">{t('ui.settings.exportText')}</Text>
          <Group mb="xl">
            <Button disabled={job.busy} onClick={() => void exportAsFileJob(job, t)}>
              {t('ui.settings.exportButton')}
            </Button>
          </Group>
          <Title order={3} size="h4" mb="xs">
            {t('ui.settings.importTitle')}
          </Title>
          <Text mb="sm">{t('ui.settings.importText')}</Text>
          <DataFilePicker label={t('ui.settings.importButton')} job={job} onValid={setPending} />
          {error && (
            <Alert color="red" mt="md" role="alert">
              {error}
            </Alert>
          )}
          <Title order={3} size="h4" mt="xl" mb="xs">
            {t('ui.settings.mergeTitle')}
          </Title>
          <Text mb="sm">{t('ui.settings.mergeText')}</Text>
          <DataFilePicker
            label={t('ui.settings.mergeButton')}
            job={job}
            checkFile={checkMergeFile(lang)}
            onValid={(plan: MergePlan) => {
              setMergeReport(null);
              if (!plan.ok) {
                setMergeErrors(formatDataFileIssues(plan.issues, lang));
                return;
              }
              setMergeErrors([]);
              if (plan.added + plan.updated === 0) {
                setMergeReport({
                  summary: t('ui.settings.mergeNothing'),
                  conflicts: plan.conflicts,
                });
                return;
              }
              setMergePlan(plan);
            }}
          />
          {mergeReport && (
            <Alert color="teal" mt="md" role="status">
              <Text>{mergeReport.summary}</Text>
              {mergeReport.conflicts.length > 0 && (
                <>
                  <Text mt="xs">
                    {t('ui.settings.mergeConflicts', { count: mergeReport.conflicts.length })}
                  </Text>
                  <List size="sm" mt="xs">
                    {mergeReport.conflicts.map((line, i) => (
                      <List.Item key={i}>{line}</List.Item>
                    ))}
                  </List>
                </>
              )}
            </Alert>
          )}
          {mergeErrors.length > 0 && (
            <Alert color="red" mt="md" role="alert" title={t('ui.settings.mergeInvalid')}>
              <List size="sm">
                {mergeErrors.map((line, i) => (
                  <List.Item key={i}>{line}</List.Item>
                ))}
              </List>
            </Alert>
          )}
        </Card>

        <BackupSection job={job} onValid={setPending} />

        <Card withBorder padding="lg" component="section" aria-labelledby="settings-about">
          <Title order={2} size="h3" id="settings-about" mb="md">
            {t('ui.settings.about')}
          </Title>
          <Text>{t('ui.settings.version', { version: info?.version ?? '0.1.0' })}</Text>
          <Text>{t('ui.settings.storage')}</Text>
          {info && (
            <Text size="sm" c="gray.7">
              {info.userDataPath}
            </Text>
          )}
        </Card>
      </Stack>

      <AppModal
        opened={mergePlan !== null}
        onClose={() => setMergePlan(null)}
        title={t('ui.settings.mergeConfirmTitle')}
      >
        {mergePlan && (
          <>
            <Text mb="sm">
              {mergePlan.fromName
                ? t('ui.settings.mergeFrom', {
                    name: mergePlan.fromName,
                    businessId: mergePlan.fromBusinessId || t('ui.common.none'),
                  })
                : t('ui.settings.mergeFromUnknown')}
            </Text>
            {mergePlan.otherAssociation && (
              <Alert color="yellow" mb="sm" title={t('ui.settings.mergeOtherTitle')}>
                {t('ui.settings.mergeOtherText', {
                  theirs: mergePlan.fromBusinessId ?? '',
                  ours: profile?.businessId ?? '',
                })}
              </Alert>
            )}
            <Text mb="sm">
              {t('ui.settings.mergeWillDo', {
                added: formatInteger(mergePlan.added, lang),
                updated: formatInteger(mergePlan.updated, lang),
                conflicts: mergePlan.conflicts.length,
              })}
            </Text>
            {mergePlan.conflicts.length > 0 && (
              <List size="sm" mb="sm">
                {mergePlan.conflicts.slice(0, 10).map((line, i) => (
                  <List.Item key={i}>{line}</List.Item>
                ))}
              </List>
            )}
            <Text mb="lg">{t('ui.settings.mergeBackupFirst')}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setMergePlan(null)}>
                {t('ui.common.cancel')}
              </Button>
              <Button onClick={() => void mergeNow(mergePlan)}>
                {t('ui.settings.mergeConfirmButton')}
              </Button>
            </Group>
          </>
        )}
      </AppModal>
      <AppModal
        opened={pending !== null}
        onClose={() => setPending(null)}
        title={t('ui.settings.importConfirmTitle')}
      >
        {pending && (
          <>
            {pending.checksum === 'missing' && (
              <Alert color="yellow" mb="sm">
                {t('dataFile.noChecksum')}
              </Alert>
            )}
            <Text mb="lg">
              {t('ui.settings.importConfirmText', {
                people: pending.dataset.people.length,
                hours: pending.dataset.hours.length,
              })}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPending(null)}>
                {t('ui.common.cancel')}
              </Button>
              <Button
                color="red"
                onClick={async () => {
                  const file = pending;
                  setPending(null);
                  try {
                    await job.run((report) => restoreDataFile(file, lang, report));
                    setError(null);
                    notifications.show({
                      message: t('ui.settings.imported', {
                        people: file.dataset.people.length,
                        hours: file.dataset.hours.length,
                      }),
                      color: 'teal',
                    });
                  } catch {
                    setError(t('ui.settings.importInvalid'));
                  }
                }}
              >
                {t('ui.settings.importConfirmButton')}
              </Button>
            </Group>
          </>
        )}
      </AppModal>
    </>
  );
}
