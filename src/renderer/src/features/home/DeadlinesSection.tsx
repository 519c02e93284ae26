import { Anchor, Badge, Button, Group, List, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { deadlineDays, grantDeadlines } from '../../../../core/db';
import { formatDate } from '../../../../core/format';
import { deadlinesCalendar, type GrantDeadline } from '../../../../core/grants';
import { db } from '../../db';
import { saveFile } from '../../platform';
import { useLanguage } from '../../shared/useLanguage';
import { errorReason } from '../../shared/errorReason';
import { Loading } from '../../shared/Loading';

/** How far a deadline is, in words: overdue ones say so, not by colour alone. */
function When({ deadline }: { deadline: GrantDeadline }) {
  const { t } = useTranslation();
  if (deadline.overdue) {
    return (
      <Badge color="red" variant="light" radius="sm">
        {t('deadlines.overdue', { count: -deadline.daysLeft })}
      </Badge>
    );
  }
  return (
    <Text span size="sm" c="gray.7">
      {deadline.daysLeft === 0
        ? t('deadlines.today')
        : t('deadlines.daysLeft', { count: deadline.daysLeft })}
    </Text>
  );
}

/**
 * Grant deadlines of the next 60 days and the overdue ones, each a link to its
 * grant, read from the grants table alone; saved as an .ics file on request.
 */
export function DeadlinesSection({ today }: { today: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const deadlines = useLiveQuery(() => grantDeadlines(db, today), [today]);

  const save = async () => {
    if (!deadlines?.length) return;
    try {
      const ics = deadlinesCalendar(deadlines, lang, new Date().toISOString());
      const result = await saveFile(
        `${t('deadlines.fileName')}.ics`,
        ics,
        [{ name: t('deadlines.calendarFilter'), extensions: ['ics'] }],
        'text/calendar',
      );
      if (result.saved) {
        notifications.show({
          color: 'green',
          message: t('deadlines.calendarSaved', { name: result.name }),
        });
      }
    } catch (error) {
      notifications.show({
        color: 'red',
        message: t('deadlines.calendarFailed', {
          reason: errorReason(error),
        }),
      });
    }
  };

  return (
    <section aria-labelledby="home-deadlines">
      <Title order={2} size="h3" id="home-deadlines" mb="xs">
        {t('deadlines.heading')}
      </Title>
      {!deadlines ? (
        <Loading />
      ) : deadlines.length === 0 ? (
        <Text>{t('deadlines.none', { count: deadlineDays })}</Text>
      ) : (
        <>
          <Text size="sm" mb="sm">
            {t('deadlines.intro', { count: deadlineDays })}
          </Text>
          <List spacing="xs" listStyleType="none" ml={0} pl={0} mb="sm">
            {deadlines.map((d) => (
              <List.Item key={`${d.grantId}-${d.kind}`}>
                <Group gap="sm" wrap="wrap">
                  <Text span fw={600}>
                    {formatDate(d.date, lang)}
                  </Text>
                  <Anchor href={`#/grants/${encodeURIComponent(d.grantId)}`}>
                    {t(`grants.deadlineKinds.${d.kind}`)}: {d.grantName}
                  </Anchor>
                  <When deadline={d} />
                </Group>
              </List.Item>
            ))}
          </List>
          <Button variant="outline" onClick={() => void save()}>
            {t('deadlines.addToCalendar')}
          </Button>
        </>
      )}
    </section>
  );
}
