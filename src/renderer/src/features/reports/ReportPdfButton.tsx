import { Button, Group, Progress, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Period } from '../../../../core/figures';
import type { ReportPdfRequest } from '../../../../core/reports';
import type { Language } from '../../../../core/schemas';
import { pdfFileName, savePdf } from '../../pdf/makePdf';
import { useLanguage } from '../../shared/useLanguage';
import { reportFailureReason } from './reportFailureReason';
import { useEmptyPeriodConfirm } from './useEmptyPeriodConfirm';

type Props = {
  /** The report to save; null while it cannot be made. */
  request: ReportPdfRequest | null;
  /** Whether the request is for the choice shown (not the last one, still shown while reading). */
  fresh: boolean;
  period: Period | null;
  reportLang: Language;
  associationName: string;
};

/** "Save PDF", its progress, and the question before an empty period's summary. */
export function ReportPdfButton({ request, fresh, period, reportLang, associationName }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [progress, setProgress] = useState<number | null>(null);
  const emptyCheck = useEmptyPeriodConfirm();

  const make = async () => {
    if (!request || !fresh) return;
    try {
      setProgress(0);
      const name = pdfFileName(
        t(`reportsPage.kinds.${request.kind}`, { lng: reportLang }),
        associationName,
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
        message: t('reportsPage.failed', { reason: reportFailureReason(error, lang) }),
      });
    } finally {
      setProgress(null);
    }
  };

  return (
    <>
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
    </>
  );
}
