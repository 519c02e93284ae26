import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { chooseReportTexts, reportTextFieldsOf, type ReportKind } from '../../../../core/reports';
import type { AssociationProfile, Language } from '../../../../core/schemas';

type Props = { profile: AssociationProfile; kind: ReportKind; reportLang: Language };

/** Texts the PDF will print from Finnish, told before it is made. */
export function MissingReportTexts({ profile, kind, reportLang }: Props) {
  const { t } = useTranslation();
  const missing = chooseReportTexts(profile, reportLang, reportTextFieldsOf[kind]).fromFinnish;
  if (missing.length === 0) return null;
  return (
    <Alert color="orange" variant="light">
      <Text fw={700}>{t('reportTexts.missingTitle')}</Text>
      <Text>
        {t('reportTexts.missingNotice', {
          fields: missing.map((f) => t(`reportTexts.fields.${f}`)).join(', '),
        })}
      </Text>
    </Alert>
  );
}
