import { Anchor, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Repository, personPageData } from '../../../../core/db';
import { personTotalsByYear, yearPeriod } from '../../../../core/figures';
import { formatDate, formatMinutes, todayIso } from '../../../../core/format';
import { CertificateError, volunteerCertificateModel } from '../../../../core/reports';
import { hourKinds, languageCodes, type Language, type Person } from '../../../../core/schemas';
import { db } from '../../db';
import { pdfFileName, savePdf } from '../../pdf/makePdf';
import { AppModal } from '../../shared/AppModal';
import { PageTitle } from '../../shared/PageTitle';
import { useLanguage } from '../../shared/useLanguage';
import { notify, notifyWithUndo } from '../../shared/notify';
import { PersonActivitiesSection } from './PersonActivitiesSection';
import { PersonEditForm } from './PersonEditForm';
import { PersonFeesSection } from './PersonFeesSection';
import { PersonPrivacySection } from './PersonPrivacySection';
import { errorReason } from '../../shared/errorReason';
import { Loading } from '../../shared/Loading';

const ALL_TIME = 'all';

/** After a change of page, move the focus to the main content (it has tabIndex -1). */
const focusMain = () => window.setTimeout(() => document.getElementById('main')?.focus(), 0);

/**
 * One person: their details (edited in a dialog, or moved to the trash),
 * volunteer hours by year and kind, their membership fees and activities,
 * their certificate, and the GDPR tools.
 */
export function PersonPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { id } = useParams();
  // The person, their live hours and fees, the profile and the activities; null: no such person.
  const data = useLiveQuery(() => personPageData(db, id ?? ''), [id]);
  const [periodKey, setPeriodKey] = useState(ALL_TIME);
  const [pdfLang, setPdfLang] = useState<Language | null>(null);
  const [signer, setSigner] = useState<'chair' | 'treasurer'>('chair');
  const [progress, setProgress] = useState<number | null>(null);
  const [editing, setEditing] = useState(false);
  const navigate = useNavigate();

  // Still reading, or still the rows of the person shown before.
  if (data === undefined || (data && data.person.id !== id)) {
    return <Loading />;
  }
  if (!data) {
    return (
      <>
        <PageTitle>{t('ui.members.title')}</PageTitle>
        <Text mb="md">{t('person.notFound')}</Text>
        <Anchor component={Link} to="/members">
          {t('person.backToList')}
        </Anchor>
      </>
    );
  }
  const { person } = data;
  const profile = data.profile[0];
  const years = personTotalsByYear(data, person.id);
  const certificateLang = pdfLang ?? lang;

  const makeCertificate = async () => {
    const printedOn = todayIso();
    const period = periodKey === ALL_TIME ? undefined : yearPeriod(Number(periodKey));
    try {
      const model = volunteerCertificateModel(data, {
        personId: person.id,
        period,
        printedOn,
        signer: { role: signer },
      });
      setProgress(0);
      const name = pdfFileName(
        t('person.certificate.title', { lng: certificateLang }),
        person.fullName,
        periodKey === ALL_TIME ? '' : periodKey,
      );
      const result = await savePdf(
        { kind: 'certificate', lang: certificateLang, model },
        name,
        setProgress,
      );
      if (result.saved) {
        notifications.show({
          color: 'green',
          message: t('person.certificate.saved', { name: result.name }),
        });
      }
    } catch (error) {
      const reason =
        error instanceof CertificateError
          ? t(`person.certificate.errors.${error.code}`)
          : errorReason(error);
      notifications.show({ color: 'red', message: t('person.certificate.failed', { reason }) });
    } finally {
      setProgress(null);
    }
  };

  const people = new Repository(db, 'people');
  const undoTrash = async (trashed: Person, notificationId: string) => {
    try {
      await people.restore(trashed.id);
      notifications.hide(notificationId);
      notify(t, {
        color: 'teal',
        message: t('personPrivacy.trash.restored', { name: trashed.fullName }),
      });
      void navigate(`/people/${trashed.id}`);
      focusMain();
    } catch (error) {
      notify(t, {
        color: 'red',
        title: t('ui.common.error'),
        message: t('personPrivacy.trash.failed', {
          error: errorReason(error),
        }),
      });
    }
  };
  const moveToTrash = async () => {
    const trashed = person;
    try {
      await people.softDelete(trashed.id);
    } catch (error) {
      notify(t, {
        color: 'red',
        title: t('ui.common.error'),
        message: t('personPrivacy.trash.failed', {
          error: errorReason(error),
        }),
      });
      return;
    }
    void navigate('/members');
    // The button that was pressed is gone with the page; the new page's content takes the focus.
    focusMain();
    notifyWithUndo(t, {
      id: `person-trashed-${trashed.id}`,
      color: 'orange',
      message: t('personPrivacy.trash.deleted', { name: trashed.fullName }),
      undoLabel: t('personPrivacy.trash.undo'),
      onUndo: (id) => undoTrash(trashed, id),
    });
  };

  const detail = (label: string, value: string | undefined) => (
    <Group gap="xs" component="div" align="flex-start" wrap="nowrap">
      <Text component="dt" fw={600} style={{ flexShrink: 0 }}>
        {label}:
      </Text>
      <Text component="dd" m={0} style={{ whiteSpace: 'pre-wrap' }}>
        {value || t('ui.common.none')}
      </Text>
    </Group>
  );
  const yesNo = (given: boolean) =>
    given ? t('personPrivacy.details.given') : t('personPrivacy.details.notGiven');
  const postal = [person.postalCode, person.postOffice].filter(Boolean).join(' ');
  const address = [person.streetAddress, postal].filter(Boolean).join(', ');

  return (
    <>
      <Anchor component={Link} to="/members" mb="sm" display="inline-block">
        {t('person.backToList')}
      </Anchor>
      <PageTitle>{person.fullName}</PageTitle>
      <Stack gap="xl">
        <section aria-labelledby="person-details">
          <Title order={2} id="person-details" size="h3" mb="sm">
            {t('person.details')}
          </Title>
          <Stack component="dl" gap={4} m={0}>
            {detail(t('ui.members.homeMunicipality'), person.homeMunicipality)}
            {detail(t('ui.members.membership'), t(`ui.members.types.${person.membership}`))}
            {detail(t('ui.members.joinedOn'), person.joinedOn && formatDate(person.joinedOn, lang))}
            {detail(t('ui.members.leftOn'), person.leftOn && formatDate(person.leftOn, lang))}
            {person.leftOn && detail(t('personPrivacy.details.leftReason'), person.leftReason)}
            {detail(t('personPrivacy.details.email'), person.email)}
            {detail(t('personPrivacy.details.phone'), person.phone)}
            {detail(t('personPrivacy.details.address'), address)}
            {detail(t('personPrivacy.details.emailContact'), yesNo(person.consents.emailContact))}
            {detail(
              t('personPrivacy.details.nameInPublicMaterials'),
              yesNo(person.consents.nameInPublicMaterials),
            )}
            {detail(t('personPrivacy.details.notes'), person.notes)}
          </Stack>
          <Group mt="md">
            {!person.anonymisedAt && (
              <Button size="md" aria-haspopup="dialog" onClick={() => setEditing(true)}>
                {t('personPrivacy.edit.button')}
              </Button>
            )}
            <Button size="md" variant="outline" color="red" onClick={() => void moveToTrash()}>
              {t('personPrivacy.trash.button')}
            </Button>
          </Group>
          <AppModal
            opened={editing}
            onClose={() => setEditing(false)}
            title={t('personPrivacy.edit.title')}
            size="xl"
          >
            {editing && (
              <PersonEditForm
                key={person.updatedAt}
                person={person}
                onClose={() => setEditing(false)}
              />
            )}
          </AppModal>
        </section>

        <section aria-labelledby="person-hours">
          <Title order={2} id="person-hours" size="h3" mb="sm">
            {t('person.hoursByYear')}
          </Title>
          {years.length === 0 ? (
            <Text>{t('person.noHours')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table striped withTableBorder>
                <caption className="visually-hidden">{t('person.hoursByYearCaption')}</caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('ui.common.year')}</Table.Th>
                    {hourKinds.map((k) => (
                      <Table.Th key={k} scope="col" ta="right">
                        {t(`ui.hours.kinds.${k}`)}
                      </Table.Th>
                    ))}
                    <Table.Th scope="col" ta="right">
                      {t('ui.common.total')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {years.map((y) => (
                    <Table.Tr key={y.year}>
                      <Table.Th scope="row">{y.year}</Table.Th>
                      {hourKinds.map((k) => (
                        <Table.Td key={k} ta="right">
                          {y.byKind[k] ? formatMinutes(y.byKind[k], lang) : t('ui.common.none')}
                        </Table.Td>
                      ))}
                      <Table.Td ta="right" fw={700}>
                        {formatMinutes(y.totalMinutes, lang)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </section>

        <PersonFeesSection fees={data.fees} person={person} profile={profile} today={todayIso()} />

        <PersonActivitiesSection data={data} person={person} />

        {years.length > 0 && !person.anonymisedAt && (
          <Paper
            withBorder
            p="md"
            radius="md"
            component="section"
            aria-labelledby="person-certificate"
          >
            <Title order={2} id="person-certificate" size="h3" mb="xs">
              {t('person.certificate.title')}
            </Title>
            <Text mb="md">{t('person.certificate.intro')}</Text>
            <Group align="end" gap="md">
              <Select
                label={t('person.certificate.period')}
                value={periodKey}
                onChange={(v) => setPeriodKey(v ?? ALL_TIME)}
                allowDeselect={false}
                data={[
                  { value: ALL_TIME, label: t('person.certificate.allTime') },
                  ...years.map((y) => ({ value: String(y.year), label: String(y.year) })),
                ]}
              />
              <Select
                label={t('person.certificate.language')}
                value={certificateLang}
                onChange={(v) => setPdfLang((v as Language | null) ?? null)}
                allowDeselect={false}
                data={languageCodes.map((code) => ({
                  value: code,
                  label: t(`ui.languages.${code}`),
                }))}
              />
              <Select
                label={t('person.certificate.signer')}
                value={signer}
                onChange={(v) => setSigner(v === 'treasurer' ? 'treasurer' : 'chair')}
                allowDeselect={false}
                data={[
                  {
                    value: 'chair',
                    label: t('person.certificate.chair', {
                      name: profile?.chairName || t('ui.common.none'),
                    }),
                  },
                  {
                    value: 'treasurer',
                    label: t('person.certificate.treasurer', {
                      name: profile?.treasurerName || t('ui.common.none'),
                    }),
                  },
                ]}
              />
              <Button size="md" onClick={() => void makeCertificate()} loading={progress !== null}>
                {t('person.certificate.make')}
              </Button>
            </Group>
            <Text role="status" mt="sm" size="sm">
              {progress !== null
                ? t('person.certificate.making', { percent: Math.round(progress * 100) })
                : ''}
            </Text>
          </Paper>
        )}

        <PersonPrivacySection data={data} person={person} />
      </Stack>
    </>
  );
}
