import { Button, Group, Paper, Stack, Tabs, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Repository } from '../../../../core/db';
import { reportTextFieldsOf, textSetOf, type ReportKind } from '../../../../core/reports';
import {
  languageCodes,
  REPORT_TEXTS_SOURCE_LANGUAGE,
  type AssociationProfile,
  type Language,
  type ReportTextField,
} from '../../../../core/schemas';
import { db } from '../../db';
import { errorReason } from '../../shared/errorReason';

type Edited = Partial<Record<Language, Partial<Record<ReportTextField, string>>>>;

/**
 * The report's own texts, one tab per language. A tab other than Finnish can
 * start from the Finnish text (copied into its empty fields, to translate).
 * Saved into the profile, ready for next time.
 */
export function ReportTextsEditor({
  profile,
  kind,
  reportLang,
}: {
  profile: AssociationProfile;
  kind: ReportKind;
  reportLang: Language;
}) {
  const { t } = useTranslation();
  const fields = reportTextFieldsOf[kind];
  const [edited, setEdited] = useState<Edited>({});
  // The tab follows the PDF language until the user picks another one.
  const [tab, setTab] = useState<Language | null>(null);
  const active = tab ?? reportLang;
  const valueOf = (lang: Language, field: ReportTextField) => {
    const own = textSetOf(profile, lang)[field];
    return edited[lang]?.[field] ?? (typeof own === 'string' ? own : '');
  };
  const set = (lang: Language, field: ReportTextField, value: string) =>
    setEdited((e) => ({ ...e, [lang]: { ...e[lang], [field]: value } }));
  const hasAny = (lang: Language) => fields.some((f) => valueOf(lang, f).trim() !== '');

  const startFromFinnish = (lang: Language) => {
    for (const field of fields) {
      const source = valueOf(REPORT_TEXTS_SOURCE_LANGUAGE, field);
      if (source.trim() && !valueOf(lang, field).trim()) set(lang, field, source);
    }
    notifications.show({ message: t('reportTexts.copied') });
  };

  const save = async () => {
    const current = profile.reportTexts ?? {};
    const next: Record<string, unknown> = { ...current };
    for (const lang of languageCodes) {
      if (!edited[lang]) continue;
      next[lang] = { ...textSetOf(profile, lang), ...edited[lang] };
    }
    try {
      await new Repository(db, 'profile').update(profile.id, { reportTexts: next });
      setEdited({});
      notifications.show({ color: 'green', message: t('reportsPage.textsSaved') });
    } catch (error) {
      notifications.show({
        color: 'red',
        message: t('reportsPage.failed', {
          reason: errorReason(error),
        }),
      });
    }
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="report-texts">
      <Title order={2} size="h3" id="report-texts" mb="xs">
        {t('reportsPage.texts')}
      </Title>
      <Text size="sm" mb="sm">
        {t('reportsPage.textsHelp')}
      </Text>
      <Tabs value={active} onChange={(v) => v && setTab(v as Language)} keepMounted={false}>
        <Tabs.List aria-label={t('reportTexts.languageTabs')} mb="sm">
          {languageCodes.map((lang) => (
            <Tabs.Tab key={lang} value={lang}>
              {t(hasAny(lang) ? 'reportTexts.tab' : 'reportTexts.tabEmpty', {
                language: t(`ui.languages.${lang}`),
              })}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {languageCodes.map((lang) => (
          <Tabs.Panel key={lang} value={lang}>
            <Stack gap="sm">
              {lang !== REPORT_TEXTS_SOURCE_LANGUAGE && (
                <Group gap="sm" align="center">
                  <Button
                    variant="outline"
                    onClick={() => startFromFinnish(lang)}
                    disabled={!hasAny(REPORT_TEXTS_SOURCE_LANGUAGE)}
                  >
                    {t('reportTexts.startFromFinnish')}
                  </Button>
                  <Text size="sm">{t('reportTexts.startFromFinnishHelp')}</Text>
                </Group>
              )}
              {fields.map((field) => (
                <Textarea
                  key={field}
                  label={t(`reportTexts.fields.${field}`)}
                  lang={lang}
                  autosize
                  minRows={2}
                  maxRows={8}
                  value={valueOf(lang, field)}
                  onChange={(e) => set(lang, field, e.currentTarget.value)}
                />
              ))}
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>
      <Group mt="sm">
        <Button variant="outline" onClick={() => void save()}>
          {t('reportsPage.saveTexts')}
        </Button>
      </Group>
    </Paper>
  );
}
