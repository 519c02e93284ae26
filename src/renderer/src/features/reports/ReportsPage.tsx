import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  Loader,
  Paper,
  Progress,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ReportIndicatorList } from '../impact/ReportIndicatorList';
import {
  monthsWithEntries,
  reportChoices,
  reportInput,
  type ReportChoices,
} from '../../../../core/db';
import type { Period } from '../../../../core/figures';
import {
  formatDate,
  formatInteger,
  formatMinutes,
  formatMoney,
  todayIso,
} from '../../../../core/format';
import {
  advocacyMunicipalities,
  chooseReportTexts,
  grantReportOptions,
  hoursByMonthChartSvg,
  ReportError,
  reportErrorText,
  reportKinds,
  reportNoteOptions,
  reportPeriod,
  reportPreview,
  reportRequest,
  reportTextFieldsOf,
  type PreviewFigure,
  type ReportChoice,
  type ReportKind,
  type ReportPdfRequest,
} from '../../../../core/reports';
import {
  emptyDataset,
  isCalendarDate,
  languageCodes,
  type Dataset,
  type ImpactNote,
  type Language,
} from '../../../../core/schemas';
import { annualReportYears, shownAnnualYear } from '../../../../core/dates';
import { db } from '../../db';
import { pdfFileName, savePdf } from '../../pdf/makePdf';
import { Figure } from '../../shared/Figure';
import { DateField } from '../../shared/DateField';
import { useEmptyPeriodConfirm } from './useEmptyPeriodConfirm';
import { PageTitle } from '../../shared/PageTitle';
import { useLanguage } from '../../shared/useLanguage';
import { ReportTextsEditor } from '../profile/ReportTextsEditor';

const STORAGE_KEY = 'talkoot.reports.lastChoice';

type Choice = {
  kind: ReportKind;
  year: number;
  from: string;
  to: string;
  grantId: string;
  municipality: string;
  lang: Language | '';
};

function loadChoice(today: string): Choice {
  const fallback: Choice = {
    kind: 'grant',
    year: Number(today.slice(0, 4)) - 1,
    from: `${today.slice(0, 4)}-01-01`,
    to: today,
    grantId: '',
    municipality: '',
    lang: '',
  };
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<Choice>;
    return {
      ...fallback,
      ...saved,
      kind: (reportKinds as readonly string[]).includes(saved.kind ?? '') ? saved.kind! : 'grant',
    };
  } catch {
    return fallback;
  }
}

/** The report of one choice (and period), or why it cannot be made. */
type Built = { key: string } & ({ request: ReportPdfRequest } | { error: unknown });

/** The small tables as the report models take them, without any hours or sessions. */
function choiceTables(c: ReportChoices): Dataset {
  return {
    ...emptyDataset(),
    profile: c.profile ? [c.profile] : [],
    grants: c.grants,
    funders: c.funders,
    activities: c.activities,
    impactNotes: c.impactNotes,
  };
}

/** Why a report cannot be made, in the user's language. */
function reasonOf(error: unknown, lang: Language) {
  if (error instanceof ReportError) return reportErrorText(error, lang);
  return error instanceof Error ? error.message : String(error);
}

/** Choose a report, its period and language; preview its figures; save the PDF. */
export function ReportsPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  // The choosers read the small tables and the months that have entries, never the hours.
  const choices = useLiveQuery(() => reportChoices(db), []);
  const months = useLiveQuery(() => monthsWithEntries(db), []);
  const today = todayIso();
  // A grant page links here as #/reports?grant=<id>: that grant's report is chosen.
  const [searchParams] = useSearchParams();
  const grantParam = searchParams.get('grant');
  const [choice, setChoice] = useState<Choice>(() => {
    const saved = loadChoice(today);
    return grantParam ? { ...saved, kind: 'grant', grantId: grantParam } : saved;
  });
  // Followed again when a link changes the grant while the page is open.
  const [seenParam, setSeenParam] = useState(grantParam);
  if (grantParam !== seenParam) {
    setSeenParam(grantParam);
    if (grantParam) setChoice((c) => ({ ...c, kind: 'grant', grantId: grantParam }));
  }
  const [noteIds, setNoteIds] = useState<string[] | undefined>(undefined);
  const [progress, setProgress] = useState<number | null>(null);

  useEffect(() => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(choice));
  }, [choice]);
  const profile = choices?.profile;

  const reportLang: Language = choice.lang || lang;
  // The year box shows the year the summary covers: the chosen one when it has
  // records (or is the current fiscal year), else the current fiscal year.
  const startMonth = profile?.fiscalYearStartMonth ?? 1;
  const annualYears = annualReportYears(months ?? [], today, startMonth);
  const annualYear = shownAnnualYear(choice.year, annualYears, startMonth, today);
  const emptyCheck = useEmptyPeriodConfirm();
  const datesValid =
    choice.kind !== 'advocacy' ||
    (isCalendarDate(choice.from) && isCalendarDate(choice.to) && choice.from <= choice.to);
  const reportChoice: ReportChoice = {
    kind: choice.kind,
    lang: reportLang,
    printedOn: today,
    year: choice.kind === 'annual' ? annualYear : undefined,
    period:
      choice.kind === 'advocacy' && datesValid ? { from: choice.from, to: choice.to } : undefined,
    grantId: choice.kind === 'grant' ? choice.grantId || undefined : undefined,
    municipality: choice.kind === 'advocacy' ? choice.municipality || undefined : undefined,
    impactNoteIds: noteIds,
  };
  const choiceKey = JSON.stringify(reportChoice);
  // The period the report covers, told before reading: only its hours and sessions are read.
  const reportedPeriod = choices ? reportPeriod(choiceTables(choices), reportChoice) : undefined;
  const periodKey = JSON.stringify(reportedPeriod ?? null);
  const builtKey = `${choiceKey}|${periodKey}`;
  // The report's own model, so the preview shows exactly what the PDF will print. Read
  // again only when the choice changes or a write touches what the report read.
  const ready = choices !== undefined && months !== undefined;
  const built = useLiveQuery(async (): Promise<Built | null> => {
    if (!ready || !datesValid) return null;
    const c = JSON.parse(choiceKey) as ReportChoice;
    const p = JSON.parse(periodKey) as Period | null;
    // Without a period the report cannot be made; the models tell why from the small tables.
    // With one, the figures come from the period's rollups: no hour entry is read for them.
    const input = p
      ? await reportInput(db, c, p)
      : { data: choiceTables(await reportChoices(db)), rollups: undefined };
    const key = `${choiceKey}|${periodKey}`;
    try {
      return { key, request: reportRequest(input.data, c, input.rollups) };
    } catch (error) {
      return { key, error };
    }
  }, [choiceKey, periodKey, datesValid, ready]);

  if (!choices || !months || !profile) return <Loader aria-label={t('ui.common.loading')} />;
  const update = (patch: Partial<Choice>) => {
    setChoice((c) => ({ ...c, ...patch }));
    setNoteIds(undefined);
  };
  // The last report read stays shown while the next one is read; only a fresh one is saved.
  const fresh = !!built && built.key === builtKey;
  const request = built && 'request' in built ? built.request : null;
  const preview = request ? reportPreview(request) : null;
  const period = preview?.period ?? null;
  const grants = grantReportOptions(choices, choice.grantId || undefined);
  const funders = new Map(choices.funders.map((f) => [f.id, f.name]));
  // Every note of the period: the ones the report may print, then the others with why not.
  const noteOptions = period ? reportNoteOptions(choices.impactNotes, period, choice.kind) : [];
  const notes = noteOptions.filter((o) => !o.blockedBy).map((o) => o.note);
  const blockedNotes = noteOptions.filter((o) => !!o.blockedBy);
  const noteLabel = (n: ImpactNote) =>
    `${formatDate(n.date, lang)} · ${t(`ui.impact.types.${n.type}`)}${n.highlight ? ` (${t('impactPage.picker.highlight')})` : ''}: ${n.text.length > 120 ? `${n.text.slice(0, 117)}…` : n.text}`;
  // Texts the PDF will print from Finnish, told before it is made.
  const missingTexts = chooseReportTexts(
    profile,
    reportLang,
    reportTextFieldsOf[choice.kind],
  ).fromFinnish;
  const shownValue = (f: PreviewFigure) =>
    f.unit === 'minutes'
      ? formatMinutes(f.value, lang)
      : f.unit === 'cents'
        ? formatMoney(f.value, lang)
        : formatInteger(f.value, lang);

  const make = async () => {
    if (!request || !fresh) return;
    try {
      setProgress(0);
      const name = pdfFileName(
        t(`reportsPage.kinds.${request.kind}`, { lng: reportLang }),
        profile.name,
        period ? `${period.from}_${period.to}` : '',
      );
      const result = await savePdf(request, name, setProgress);
      if (result.saved) {
        notifications.show({
          color: 'green',
          message: t('reportsPage.saved', { name: result.name }),
        });
      }
    } catch (error) {
      notifications.show({
        color: 'red',
        message: t('reportsPage.failed', { reason: reasonOf(error, lang) }),
      });
    } finally {
      setProgress(null);
    }
  };

  return (
    <>
      <PageTitle>{t('ui.reports.title')}</PageTitle>
      <Text mb="md">{t('reportsPage.intro')}</Text>
      <Stack gap="lg">
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="report-choice">
          <Title order={2} size="h3" id="report-choice" mb="sm">
            {t('reportsPage.report')}
          </Title>
          <Radio.Group
            value={choice.kind}
            onChange={(v) => update({ kind: v as ReportKind })}
            label={t('reportsPage.report')}
            labelProps={{ className: 'visually-hidden' }}
            mb="md"
          >
            <Stack gap="xs">
              {reportKinds.map((k) => (
                <Radio
                  key={k}
                  value={k}
                  label={t(`reportsPage.kinds.${k}`)}
                  description={t(`reportsPage.kindHelp.${k}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
          <Group align="end" gap="md">
            {choice.kind === 'grant' &&
              (grants.length === 0 ? (
                <Text>{t('reportsPage.noGrants')}</Text>
              ) : (
                <Select
                  label={t('reportsPage.grant')}
                  w={440}
                  maw="100%"
                  allowDeselect={false}
                  value={
                    grants.some((g) => g.id === choice.grantId) ? choice.grantId : grants[0]!.id
                  }
                  onChange={(v) => update({ grantId: v ?? '' })}
                  data={grants.map((g) => ({
                    value: g.id,
                    label: `${g.name} – ${funders.get(g.funderId) ?? ''} (${t(`ui.grants.statuses.${g.status}`)})`,
                  }))}
                />
              ))}
            {choice.kind === 'annual' && (
              <Select
                label={t('reportsPage.year')}
                w={140}
                allowDeselect={false}
                value={String(annualYear)}
                onChange={(v) => v && update({ year: Number(v) })}
                data={annualYears.map(String)}
              />
            )}
            {choice.kind === 'advocacy' && (
              <>
                <DateField
                  label={t('reportsPage.from')}
                  value={choice.from}
                  onChange={(v) => update({ from: v })}
                  error={datesValid ? undefined : t('reportsPage.badPeriod')}
                />
                <DateField
                  label={t('reportsPage.to')}
                  value={choice.to}
                  onChange={(v) => update({ to: v })}
                />
                <Select
                  label={t('reportsPage.municipality')}
                  w={220}
                  allowDeselect={false}
                  value={choice.municipality}
                  onChange={(v) => update({ municipality: v ?? '' })}
                  data={[
                    { value: '', label: t('reportsPage.allMunicipalities') },
                    ...advocacyMunicipalities(choices).map((m) => ({ value: m, label: m })),
                  ]}
                />
              </>
            )}
            <Select
              label={t('reportsPage.language')}
              w={160}
              allowDeselect={false}
              value={reportLang}
              onChange={(v) => setChoice((c) => ({ ...c, lang: (v as Language) ?? '' }))}
              data={languageCodes.map((code) => ({
                value: code,
                label: t(`ui.languages.${code}`),
              }))}
            />
          </Group>
        </Paper>

        {missingTexts.length > 0 && (
          <Alert color="orange" variant="light">
            <Text fw={700}>{t('reportTexts.missingTitle')}</Text>
            <Text>
              {t('reportTexts.missingNotice', {
                fields: missingTexts.map((f) => t(`reportTexts.fields.${f}`)).join(', '),
              })}
            </Text>
          </Alert>
        )}
        <ReportTextsEditor profile={profile} kind={choice.kind} reportLang={reportLang} />

        {period && (
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="report-notes">
            <Title order={2} size="h3" id="report-notes" mb="xs">
              {t('reportsPage.notes')}
            </Title>
            <Text size="sm" mb="sm">
              {t('reportsPage.notesHelp')}
            </Text>
            {notes.length === 0 ? (
              <Text>{t('reportsPage.noNotes')}</Text>
            ) : (
              <>
                {!noteIds && (
                  <Text size="sm" mb="xs" fs="italic">
                    {t('reportsPage.notesAuto')}
                  </Text>
                )}
                <Checkbox.Group
                  value={noteIds ?? preview?.noteIds ?? []}
                  onChange={(ids) => setNoteIds(ids.length ? ids : undefined)}
                  label={t('reportsPage.notes')}
                  labelProps={{ className: 'visually-hidden' }}
                >
                  <Stack gap={6}>
                    {notes.map((n) => (
                      <Checkbox key={n.id} value={n.id} label={noteLabel(n)} />
                    ))}
                  </Stack>
                </Checkbox.Group>
              </>
            )}
            {blockedNotes.length > 0 && (
              <>
                <Title order={3} size="h5" mt="md" mb={4} id="report-notes-blocked">
                  {t('impactPage.picker.blockedHeading')}
                </Title>
                <List size="sm" spacing={4} aria-labelledby="report-notes-blocked">
                  {blockedNotes.map(({ note, blockedBy }) => (
                    <List.Item key={note.id}>
                      {noteLabel(note)}{' '}
                      <Text span size="sm" fw={700} c="var(--mantine-color-error)">
                        —{' '}
                        {t(
                          blockedBy === 'noConsent'
                            ? 'impactPage.picker.blockedNoConsent'
                            : 'impactPage.picker.blockedNotForReport',
                        )}
                      </Text>
                    </List.Item>
                  ))}
                </List>
              </>
            )}
          </Paper>
        )}

        {built && 'error' in built && (
          <Alert color="red" role="alert" title={t('reportsPage.preview')}>
            {t('reportsPage.cannotPreview', { reason: reasonOf(built.error, lang) })}
          </Alert>
        )}

        {request && preview && (
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="report-preview">
            <Title order={2} size="h3" id="report-preview" mb="sm">
              {t('reportsPage.previewHeading', {
                report: t(`reportsPage.kinds.${request.kind}`),
                period: `${formatDate(preview.period.from, lang)}–${formatDate(preview.period.to, lang)}`,
              })}
            </Title>
            <SimpleGrid component="dl" cols={{ base: 2, md: 4 }} m={0} mb="md">
              {preview.figures.map((f) => (
                <Figure
                  key={f.key}
                  label={t(`reportsPage.figures.${f.key}`)}
                  value={shownValue(f)}
                />
              ))}
            </SimpleGrid>
            {preview.months && (
              <div
                className="report-chart"
                // The same SVG string the PDF embeds; it carries its own <title> and role="img".
                dangerouslySetInnerHTML={{ __html: hoursByMonthChartSvg(preview.months, lang) }}
              />
            )}
            <ReportIndicatorList indicators={preview.indicators} />
          </Paper>
        )}

        <Group align="center">
          <Button
            size="md"
            onClick={() =>
              // An annual or advocacy summary of a period with nothing recorded asks first.
              void (request && request.kind !== 'grant' && period
                ? emptyCheck.confirmFirst(period, make)
                : make())
            }
            loading={progress !== null}
            disabled={!request || !fresh}
          >
            {t('reportsPage.make')}
          </Button>
          <Text role="status" size="sm">
            {progress !== null
              ? t('reportsPage.making', { percent: Math.round(progress * 100) })
              : ''}
          </Text>
        </Group>
        {progress !== null && <Progress value={progress * 100} aria-hidden />}
        {emptyCheck.dialog}
      </Stack>
    </>
  );
}
