import {
  Alert,
  Button,
  Card,
  Container,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { recordCount, Repository, replaceDataset } from '../../../../core/db';
import { restoreDataFile } from '../../shared/dataFileActions';
import { backUpFirst } from '../../backup/backUpFirst';
import { AppModal } from '../../shared/AppModal';
import { todayIso } from '../../../../core/format';
import { db } from '../../db';
import { ProfileForm } from '../profile/ProfileForm';
import { DataFilePicker } from '../../shared/DataFilePicker';
import { useFileJob } from '../../shared/FileJob';
import { PageTitle } from '../../shared/PageTitle';
import { useLanguage } from '../../shared/useLanguage';
import { errorReason } from '../../shared/errorReason';

/** First run: create my association, try the demo, or restore a data file. */
export function WelcomePage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const navigate = useNavigate();
  const [mode, setMode] = useState<'choose' | 'create' | 'demo'>('choose');
  const job = useFileJob();
  // Records without a profile (a restored file had none, say): never replaced unasked.
  const existing = useLiveQuery(() => recordCount(db), []);
  const [confirmDemo, setConfirmDemo] = useState(false);
  const [demoError, setDemoError] = useState<string | null>(null);

  const openDemo = async () => {
    setMode('demo');
    const { generateDemoDataset } = await import('../../../../core/demo');
    await replaceDataset(db, generateDemoDataset({ seed: 1, today: todayIso() }));
    navigate('/');
  };
  const askDemo = () => {
    setDemoError(null);
    if (existing) setConfirmDemo(true);
    else void openDemo();
  };
  const backupThenDemo = async () => {
    setConfirmDemo(false);
    let backup: { saved: boolean };
    try {
      backup = await backUpFirst(lang);
    } catch (e) {
      setDemoError(t('ui.welcome.demoBackupFailed', { reason: errorReason(e) }));
      return;
    }
    if (!backup.saved) {
      setDemoError(t('ui.welcome.demoBackupCancelled'));
      return;
    }
    await openDemo();
  };

  if (mode === 'demo') {
    return (
      <Container size="sm" py="xl">
        <PageTitle>{t('ui.welcome.title')}</PageTitle>
        <Stack align="center" role="status">
          <Loader aria-hidden />
          <Text>{t('ui.welcome.demoLoading')}</Text>
        </Stack>
      </Container>
    );
  }

  if (mode === 'create') {
    return (
      <Container size="md" py="xl">
        <PageTitle>{t('ui.welcome.profileTitle')}</PageTitle>
        <ProfileForm
          language={lang}
          submitLabel={t('ui.profile.createProfile')}
          onSubmit={async (input) => {
            await new Repository(db, 'profile').create(input);
            navigate('/');
          }}
        />
        <Button variant="subtle" mt="md" onClick={() => setMode('choose')}>
          {t('ui.common.back')}
        </Button>
      </Container>
    );
  }

  return (
    <Container size="lg" py="xl">
      <PageTitle>{t('ui.welcome.title')}</PageTitle>
      <Text size="lg" mb="xl" maw={720}>
        {t('ui.welcome.intro')}
      </Text>
      {!!existing && (
        <Alert color="yellow" mb="xl" maw={720}>
          {t('ui.welcome.existingData', { count: existing })}
        </Alert>
      )}
      {demoError && (
        <Alert color="red" mb="xl" maw={720} role="alert">
          {demoError}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        <Card withBorder padding="lg" component="section" aria-labelledby="welcome-create">
          <Title order={2} size="h3" id="welcome-create" mb="sm">
            {t('ui.welcome.createTitle')}
          </Title>
          <Text mb="lg">{t('ui.welcome.createText')}</Text>
          <Button size="md" mt="auto" disabled={job.busy} onClick={() => setMode('create')}>
            {t('ui.welcome.createButton')}
          </Button>
        </Card>
        <Card withBorder padding="lg" component="section" aria-labelledby="welcome-demo">
          <Title order={2} size="h3" id="welcome-demo" mb="sm">
            {t('ui.welcome.demoTitle')}
          </Title>
          <Text mb="lg">{t('ui.welcome.demoText')}</Text>
          <Button size="md" mt="auto" variant="outline" disabled={job.busy} onClick={askDemo}>
            {t('ui.welcome.demoButton')}
          </Button>
        </Card>
        <Card withBorder padding="lg" component="section" aria-labelledby="welcome-restore">
          <Title order={2} size="h3" id="welcome-restore" mb="sm">
            {t('ui.welcome.restoreTitle')}
          </Title>
          <Text mb="lg">{t('ui.welcome.restoreText')}</Text>
          <DataFilePicker
            label={t('ui.welcome.restoreButton')}
            job={job}
            onValid={async (file) => {
              await job.run((report) => restoreDataFile(file, lang, report));
              navigate('/');
            }}
          />
        </Card>
      </SimpleGrid>
      <AppModal
        opened={confirmDemo}
        onClose={() => setConfirmDemo(false)}
        title={t('ui.welcome.demoReplaceTitle')}
      >
        <Text mb="lg">{t('ui.welcome.demoReplaceText')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirmDemo(false)}>
            {t('ui.common.cancel')}
          </Button>
          <Button color="red" onClick={backupThenDemo}>
            {t('ui.welcome.demoReplaceButton')}
          </Button>
        </Group>
      </AppModal>
    </Container>
  );
}
