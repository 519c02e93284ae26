import { Alert, Button, Group, List, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { anonymiseStoredPerson, personRecords, type PersonRows } from '../../../../core/db';
import { formatDate, todayIso } from '../../../../core/format';
import {
  anonymisePerson,
  anonymiseEndsMembership,
  formerMembersPastRetention,
  retentionYearsOf,
} from '../../../../core/people';
import { PersonDataError, personDataModel } from '../../../../core/reports/personDataModel';
import { languageCodes, type Language, type Person } from '../../../../core/schemas';
import { db } from '../../db';
import { pdfFileName, savePdf } from '../../pdf/makePdf';
import { AppModal } from '../../shared/AppModal';
import { useLanguage } from '../../shared/useLanguage';
import { notify } from '../../shared/notify';
import { errorReason } from '../../shared/errorReason';

const emptyRows = { profile: [], people: [], hours: [], fees: [], activities: [] };
const errorText = (e: unknown) => errorReason(e);

/**
 * GDPR tools for one person: their own data as a PDF (right of access) and
 * anonymisation (right to erasure, or the end of the retention period), which
 * asks for confirmation first and cannot be undone.
 */
export function PersonPrivacySection({
  data,
  person,
}: {
  /** The person's page rows: their live hours, the profile. */
  data: Pick<PersonRows, 'people' | 'hours' | 'profile'>;
  person: Person;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [pdfLang, setPdfLang] = useState<Language | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [anonymising, setAnonymising] = useState(false);
  const justAnonymised = useRef(false);
  const notice = useRef<HTMLDivElement>(null);

  // The button that opened the dialog is gone once the person is anonymised: the notice takes the focus.
  useEffect(() => {
    if (person.anonymisedAt && justAnonymised.current) {
      justAnonymised.current = false;
      notice.current?.focus();
    }
  }, [person.anonymisedAt]);

  const heading = (
    <>
      <Title order={2} id="person-privacy" size="h3" mb="xs">
        {t('personPrivacy.privacy.title')}
      </Title>
      <Text mb="md">{t('personPrivacy.privacy.intro')}</Text>
    </>
  );

  if (person.anonymisedAt) {
    return (
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="person-privacy">
        {heading}
        <Alert ref={notice} tabIndex={-1} color="gray" variant="light">
          <Text>
            {t('personPrivacy.anonymise.anonymisedOn', {
              date: formatDate(person.anonymisedAt.slice(0, 10), lang),
            })}
          </Text>
          <Text mt="xs">{t('personPrivacy.data.notAvailable')}</Text>
        </Alert>
      </Paper>
    );
  }

  const dataLang = pdfLang ?? lang;
  const today = todayIso();
  const stillMember = anonymiseEndsMembership(person, today);
  const retentionYears = retentionYearsOf(data);
  const pastRetention = formerMembersPastRetention(data, today, retentionYears).some(
    (p) => p.id === person.id,
  );
  // The name the person will get, shown before confirming: the same function writes it.
  const newName = anonymisePerson(person, new Date().toISOString(), lang).fullName;

  const downloadData = async () => {
    try {
      // Everything stored about them, the trash included, read only now.
      const records = await personRecords(db, person.id);
      const model = personDataModel(records ?? emptyRows, {
        personId: person.id,
        printedOn: today,
      });
      setProgress(0);
      const name = pdfFileName(
        t('memberList.personData.title', { lng: dataLang }),
        person.fullName,
      );
      const result = await savePdf(
        { kind: 'personData', lang: dataLang, model },
        name,
        setProgress,
      );
      if (result.saved) {
        notify(t, {
          color: 'teal',
          message: t('personPrivacy.data.saved', { name: result.name }),
        });
      }
    } catch (error) {
      const reason =
        error instanceof PersonDataError
          ? t(`memberList.personData.errors.${error.code}`)
          : errorText(error);
      notify(t, {
        color: 'red',
        title: t('ui.common.error'),
        message: t('personPrivacy.data.failed', { reason }),
      });
    } finally {
      setProgress(null);
    }
  };

  const anonymise = async () => {
    setAnonymising(true);
    const oldName = person.fullName;
    try {
      const result = await anonymiseStoredPerson(db, person.id, undefined, lang);
      justAnonymised.current = true;
      setConfirming(false);
      notify(t, {
        color: 'teal',
        autoClose: 10_000,
        message: t('personPrivacy.anonymise.done', { name: oldName, newName: result.fullName }),
      });
    } catch (error) {
      notify(t, {
        color: 'red',
        title: t('ui.common.error'),
        message: t('personPrivacy.anonymise.failed', { error: errorText(error) }),
      });
    } finally {
      setAnonymising(false);
    }
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="person-privacy">
      {heading}
      <Stack gap="lg">
        <div>
          <Title order={3} size="h4" mb="xs">
            {t('personPrivacy.data.title')}
          </Title>
          <Text mb="sm">{t('personPrivacy.data.intro')}</Text>
          <Group align="end" gap="md">
            <Select
              label={t('personPrivacy.data.language')}
              value={dataLang}
              onChange={(v) => setPdfLang((v as Language | null) ?? null)}
              allowDeselect={false}
              data={languageCodes.map((code) => ({
                value: code,
                label: t(`ui.languages.${code}`),
              }))}
            />
            <Button size="md" onClick={() => void downloadData()} loading={progress !== null}>
              {t('personPrivacy.data.make')}
            </Button>
          </Group>
          <Text role="status" mt="sm" size="sm">
            {progress !== null
              ? t('personPrivacy.data.making', { percent: Math.round(progress * 100) })
              : ''}
          </Text>
        </div>
        <div>
          <Title order={3} size="h4" mb="xs">
            {t('personPrivacy.anonymise.title')}
          </Title>
          <Text mb="sm">{t('personPrivacy.anonymise.intro')}</Text>
          {pastRetention && (
            <Alert color="orange" variant="light" mb="sm">
              {t('personPrivacy.anonymise.pastRetention', { count: retentionYears })}
            </Alert>
          )}
          <Button
            size="md"
            color="red"
            variant="outline"
            aria-haspopup="dialog"
            onClick={() => setConfirming(true)}
          >
            {t('personPrivacy.anonymise.button')}
          </Button>
        </div>
      </Stack>

      <AppModal
        opened={confirming}
        onClose={() => !anonymising && setConfirming(false)}
        title={t('personPrivacy.anonymise.confirmTitle', { name: person.fullName })}
      >
        <Text mb="xs">{t('personPrivacy.anonymise.confirmIntro')}</Text>
        <List spacing="xs" mb="md">
          <List.Item>{t('personPrivacy.anonymise.removed', { newName })}</List.Item>
          <List.Item>{t('personPrivacy.anonymise.consents')}</List.Item>
          <List.Item>{t('personPrivacy.anonymise.hoursKept')}</List.Item>
          {stillMember && <List.Item>{t('personPrivacy.anonymise.membershipEnds')}</List.Item>}
        </List>
        <Alert color="red" variant="light" mb="lg">
          <Text fw={700}>{t('personPrivacy.anonymise.cannotUndo')}</Text>
        </Alert>
        <Group justify="flex-end">
          {/* The safe choice gets the focus when the dialog opens. */}
          <Button
            size="md"
            variant="default"
            data-autofocus
            onClick={() => setConfirming(false)}
            disabled={anonymising}
          >
            {t('ui.common.cancel')}
          </Button>
          <Button size="md" color="red" onClick={() => void anonymise()} loading={anonymising}>
            {t('personPrivacy.anonymise.confirm')}
          </Button>
        </Group>
      </AppModal>
    </Paper>
  );
}
