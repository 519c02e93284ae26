import { Button, Card, Group, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { activitiesToLog } from '../../../../core/activities';
import { Repository } from '../../../../core/db';
import { formatMinutes, todayIso } from '../../../../core/format';
import { kindForActivity } from '../../../../core/hours';
import { isCalendarDate, type Activity, type Person } from '../../../../core/schemas';
import { db } from '../../db';
import { useLanguage } from '../../shared/useLanguage';
import { HourFields } from './HourFields';
import {
  hourFieldsOf,
  hourFormValidate,
  hourPersonOptions,
  type HourFormValues,
} from './hourFormModel';

const PERSON_INPUT_ID = 'hour-form-person';

/**
 * The quick form a peer leader uses after a meeting: made for the keyboard.
 * Offers the people and activities given (trash and ended ones left out).
 */
export function HourEntryForm({
  people: register,
  activities: allActivities,
}: {
  people: readonly Person[];
  activities: readonly Activity[];
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  // Sorted once per change of the register, not on every render of the page.
  const people = useMemo(() => hourPersonOptions(register, lang), [register, lang]);
  const form = useForm<HourFormValues>({
    initialValues: {
      personId: null,
      activityId: null,
      date: todayIso(),
      duration: '',
      kind: 'volunteering',
      participants: '',
      note: '',
    },
    validate: hourFormValidate(t),
  });
  // The activities running on the day being entered (today while the date is half typed).
  const activities = activitiesToLog(
    allActivities,
    isCalendarDate(form.values.date) ? form.values.date : todayIso(),
    lang,
    form.values.activityId,
  );

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="hour-form-title" mb="xl">
      <Title order={2} size="h3" id="hour-form-title" mb={4}>
        {t('ui.hourForm.title')}
      </Title>
      <Text mb="md">{t('ui.hourForm.intro')}</Text>
      <form
        noValidate
        onSubmit={form.onSubmit(async (values) => {
          const fields = hourFieldsOf(values);
          const minutes = fields.minutes;
          await new Repository(db, 'hours').create({ ...fields, approved: false });
          const name = people.find((p) => p.value === values.personId)?.label ?? '';
          notifications.show({
            color: 'teal',
            message: t('ui.hourForm.saved', {
              person: name,
              duration: formatMinutes(minutes, lang),
            }),
          });
          // Keep date, activity and kind for the next volunteer of the same meeting.
          form.setValues({
            personId: null,
            duration: values.duration,
            participants: values.participants,
            note: '',
          });
          form.resetDirty();
          document.getElementById(PERSON_INPUT_ID)?.focus();
        })}
      >
        <HourFields
          form={form}
          people={people}
          activities={activities.map((a) => ({ value: a.id, label: a.name }))}
          personInputId={PERSON_INPUT_ID}
          onActivity={(value) => {
            const activity = activities.find((a) => a.id === value);
            if (activity) form.setFieldValue('kind', kindForActivity(activity.type));
          }}
        />
        <Group mt="lg">
          <Button type="submit" size="md">
            {t('ui.hourForm.save')}
          </Button>
        </Group>
      </form>
    </Card>
  );
}
