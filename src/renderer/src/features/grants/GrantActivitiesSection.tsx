import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Activity } from '../../../../core/schemas';
import { GrantSection } from './GrantSection';

/** The activities linked to the grant, each a link to the Activities page. */
export function GrantActivitiesSection({ activities }: { activities: Activity[] }) {
  const { t } = useTranslation();
  return (
    <GrantSection title={t('grantsPage.activities.title')} id="grant-activities-title">
      {activities.length === 0 ? (
        <Text>{t('grantsPage.activities.empty')}</Text>
      ) : (
        <List>
          {activities.map((a) => (
            <List.Item key={a.id}>
              <Anchor component={Link} to="/activities">
                {a.name}
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
    </GrantSection>
  );
}
