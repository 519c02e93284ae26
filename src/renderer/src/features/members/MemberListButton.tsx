import { errorReason } from '../../shared/errorReason';
import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../core/format';
import { memberListModel } from '../../../../core/reports';
import type { Dataset } from '../../../../core/schemas';
import { pdfFileName, savePdf } from '../../pdf/makePdf';
import { useLanguage } from '../../shared/useLanguage';
import { notify } from '../../shared/notify';

/**
 * Make and save the statutory list of members (Associations Act §11) of
 * today: name and home municipality of every member, whatever the page shows.
 */
export function MemberListButton({ data }: { data: Pick<Dataset, 'profile' | 'people'> }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [progress, setProgress] = useState<number | null>(null);

  const make = async () => {
    const today = todayIso();
    try {
      const model = memberListModel(data, { date: today, printedOn: today });
      setProgress(0);
      const result = await savePdf(
        { kind: 'memberList', lang, model },
        pdfFileName(t('memberList.title'), today),
        setProgress,
      );
      if (result.saved) {
        notify(t, {
          color: 'green',
          message: t('memberRegister.memberList.saved', { name: result.name }),
        });
      }
    } catch (error) {
      const reason = errorReason(error);
      notify(t, {
        color: 'red',
        title: t('ui.common.error'),
        message: t('memberRegister.memberList.failed', { reason }),
      });
    } finally {
      setProgress(null);
    }
  };

  return (
    <>
      <Button size="md" variant="default" onClick={() => void make()} loading={progress !== null}>
        {t('memberRegister.memberList.button')}
      </Button>
      <Text role="status" size="sm" className={progress === null ? 'visually-hidden' : undefined}>
        {progress !== null
          ? t('memberRegister.memberList.making', { percent: Math.round(progress * 100) })
          : ''}
      </Text>
    </>
  );
}
