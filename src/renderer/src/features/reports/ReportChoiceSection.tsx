import { Group, Paper, Radio, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportChoices } from '../../../../core/db';
import {
  advocacyMunicipalities,
  grantReportOptions,
  reportKinds,
  type ReportKind,
} from '../../../../core/reports';
import { languageCodes, type Language } from '../../../../core/schemas';
import { DateField } from '../../shared/DateField';
import type { ReportPageChoice } from './reportPageChoice';

type Props = {
  choice: ReportPageChoice;
  choices: ReportChoices;
  /** The years the annual summary can cover, and the one the year box shows. */
  annualYears: number[];
  annualYear: number;
  reportLang: Language;
  datesValid: boolean;
  /** A change of report, grant, year, period or municipality (it resets the note choice). */
  onChange: (patch: Partial<ReportPageChoice>) => void;
  onLanguage: (lang: Language | '') => void;
};

/** Which report, and for which grant, year or period and municipality, in which language. */
export function ReportChoiceSection({
  choice,
  choices,
  annualYears,
  annualYear,
  reportLang,
  datesValid,
  onChange,
  onLanguage,
}: Props) {
  const { t } = useTranslation();
  const grants = grantReportOptions(choices, choice.grantId || undefined);
  const funders = new Map(choices.funders.map((f) => [f.id, f.name]));
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="report-choice">
      <Title order={2} size="h3" id="report-choice" mb="sm">
        {t('reportsPage.report')}
      </Title>
      <Radio.Group
        value={choice.kind}
        onChange={(v) => onChange({ kind: v as ReportKind })}
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
              value={grants.some((g) => g.id === choice.grantId) ? choice.grantId : grants[0]!.id}
              onChange={(v) => onChange({ grantId: v ?? '' })}
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
            onChange={(v) => v && onChange({ year: Number(v) })}
            data={annualYears.map(String)}
          />
        )}
        {choice.kind === 'advocacy' && (
          <>
            <DateField
              label={t('reportsPage.from')}
              value={choice.from}
              onChange={(v) => onChange({ from: v })}
              error={datesValid ? undefined : t('reportsPage.badPeriod')}
            />
            <DateField
              label={t('reportsPage.to')}
              value={choice.to}
              onChange={(v) => onChange({ to: v })}
            />
            <Select
              label={t('reportsPage.municipality')}
              w={220}
              allowDeselect={false}
              value={choice.municipality}
              onChange={(v) => onChange({ municipality: v ?? '' })}
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
          onChange={(v) => onLanguage((v as Language) ?? '')}
          data={languageCodes.map((code) => ({
            value: code,
            label: t(`ui.languages.${code}`),
          }))}
        />
      </Group>
    </Paper>
  );
}
