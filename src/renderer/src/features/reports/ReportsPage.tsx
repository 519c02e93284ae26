import { Alert, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { monthsWithEntries, reportChoices } from '../../../../core/db';
import { todayIso } from '../../../../core/format';
import { reportPreview, type ReportChoice } from '../../../../core/reports';
import { isCalendarDate, type Language } from '../../../../core/schemas';
import { annualReportYears, shownAnnualYear } from '../../../../core/dates';
import { db } from '../../db';
import { PageTitle } from '../../shared/PageTitle';
import { useLanguage } from '../../shared/useLanguage';
import { ReportTextsEditor } from '../profile/ReportTextsEditor';
import { MissingReportTexts } from './MissingReportTexts';
import { ReportChoiceSection } from './ReportChoiceSection';
import { ReportNotePicker } from './ReportNotePicker';
import { ReportPdfButton } from './ReportPdfButton';
import { ReportPreviewSection } from './ReportPreviewSection';
import { reportFailureReason } from './reportFailureReason';
import {
  loadReportPageChoice,
  saveReportPageChoice,
  type ReportPageChoice,
} from './reportPageChoice';
import { useBuiltReport } from './useBuiltReport';
import { Loading } from '../../shared/Loading';

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
  const [choice, setChoice] = useState<ReportPageChoice>(() => {
    const saved = loadReportPageChoice(today);
    return grantParam ? { ...saved, kind: 'grant', grantId: grantParam } : saved;
  });
  // Followed again when a link changes the grant while the page is open.
  const [seenParam, setSeenParam] = useState(grantParam);
  if (grantParam !== seenParam) {
    setSeenParam(grantParam);
    if (grantParam) setChoice((c) => ({ ...c, kind: 'grant', grantId: grantParam }));
  }
  const [noteIds, setNoteIds] = useState<string[] | undefined>(undefined);

  useEffect(() => saveReportPageChoice(choice), [choice]);
  const profile = choices?.profile;

  const reportLang: Language = choice.lang || lang;
  // The year box shows the year the summary covers: the chosen one when it has
  // records (or is the current fiscal year), else the current fiscal year.
  const startMonth = profile?.fiscalYearStartMonth ?? 1;
  const annualYears = annualReportYears(months ?? [], today, startMonth);
  const annualYear = shownAnnualYear(choice.year, annualYears, startMonth, today);
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
  const ready = choices !== undefined && months !== undefined;
  const { built, fresh } = useBuiltReport(choices, reportChoice, ready && datesValid);

  if (!choices || !months || !profile) return <Loading />;
  const update = (patch: Partial<ReportPageChoice>) => {
    setChoice((c) => ({ ...c, ...patch }));
    setNoteIds(undefined);
  };
  const request = built && 'request' in built ? built.request : null;
  const preview = request ? reportPreview(request) : null;
  const period = preview?.period ?? null;

  return (
    <>
      <PageTitle>{t('ui.reports.title')}</PageTitle>
      <Text mb="md">{t('reportsPage.intro')}</Text>
      <Stack gap="lg">
        <ReportChoiceSection
          choice={choice}
          choices={choices}
          annualYears={annualYears}
          annualYear={annualYear}
          reportLang={reportLang}
          datesValid={datesValid}
          onChange={update}
          onLanguage={(l) => setChoice((c) => ({ ...c, lang: l }))}
        />
        <MissingReportTexts profile={profile} kind={choice.kind} reportLang={reportLang} />
        <ReportTextsEditor profile={profile} kind={choice.kind} reportLang={reportLang} />
        {period && (
          <ReportNotePicker
            notes={choices.impactNotes}
            period={period}
            kind={choice.kind}
            noteIds={noteIds}
            autoNoteIds={preview?.noteIds ?? []}
            onChange={setNoteIds}
          />
        )}
        {built && 'error' in built && (
          <Alert color="red" role="alert" title={t('reportsPage.preview')}>
            {t('reportsPage.cannotPreview', { reason: reportFailureReason(built.error, lang) })}
          </Alert>
        )}
        {request && preview && <ReportPreviewSection kind={request.kind} preview={preview} />}
        <ReportPdfButton
          request={request}
          fresh={fresh}
          period={period}
          reportLang={reportLang}
          associationName={profile.name}
        />
      </Stack>
    </>
  );
}
