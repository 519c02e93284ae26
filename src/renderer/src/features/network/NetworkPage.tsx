import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../shared/PageTitle';
import { CombineSummariesSection } from './CombineSummariesSection';
import { ShareSummarySection } from './ShareSummarySection';

/**
 * Network summaries: an association shares its year's figures as a summary
 * file (no personal data), a coordinator combines the files received into the
 * regional summary. Both sides run the core functions the CLI runs.
 */
export function NetworkPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('network.page.title')}</PageTitle>
      <Text mb="md" maw={900}>
        {t('network.page.intro')}
      </Text>
      <ShareSummarySection />
      <CombineSummariesSection />
    </>
  );
}
