import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../core/format';
import { isPublishable } from '../../../../core/impact';
import type { ImpactNote } from '../../../../core/schemas';
import { useLanguage } from '../../shared/useLanguage';

/** Whether a note may be published, said plainly: with its consent's date and way, or "never in reports". */
export function NoteConsent({ note }: { note: ImpactNote }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (!isPublishable(note)) {
    return (
      <Text size="sm" fw={700} c="var(--mantine-color-error)">
        {t('impactPage.noConsent')}
      </Text>
    );
  }
  if (!note.consentGivenOn || !note.consentMethod) {
    return <Text size="sm">{t('impactPage.consentRowUndated')}</Text>;
  }
  return (
    <Text size="sm">
      {t('impactPage.consentRow', {
        method: t(`impactPage.methods.${note.consentMethod}`).toLocaleLowerCase(lang),
        date: formatDate(note.consentGivenOn, lang),
      })}
    </Text>
  );
}
