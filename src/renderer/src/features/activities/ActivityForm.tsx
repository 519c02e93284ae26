import {
  Alert,
  Anchor,
  Autocomplete,
  Button,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { runsAfter } from '../../../../core/activities';
import { Repository, ValidationError } from '../../../../core/db';
import { formatDate, todayIso } from '../../../../core/format';
import { activityTypes, type Activity, type Dataset } from '../../../../core/schemas';
import { db } from '../../db';
import { useLanguage } from '../../shared/useLanguage';
import { notify } from '../../shared/notify';
import { DateField } from '../../shared/DateField';
import {
  activityFields,
  checkActivity,
  fieldErrors,
  toActivityInput,
  toFormValues,
  type ActivityField,
  type ActivityFormValues,
  type FieldError,
  type FieldErrors,
} from './activityFormModel';
import { errorReason } from '../../shared/errorReason';

const inputId = (field: ActivityField) => `activity-${field}`;

/** Distinct non-empty values, sorted for the user's language: suggestions for free-text fields. */
function distinct(values: (string | undefined)[], lang: string): string[] {
  return [...new Set(values.filter((v): v is string => !!v && v.trim() !== ''))].sort((a, b) =>
    a.localeCompare(b, lang),
  );
}

/**
 * Create or edit one activity: every field of the activity record. Checked with
 * the activity schema before saving; on an error nothing is saved, the typed
 * values stay, and the first wrong field gets the focus.
 */
export function ActivityForm({
  activity,
  data,
  onClose,
  onDelete,
}: {
  activity?: Activity;
  /** The activities (for suggestions), the grants to link, the profile's home municipality. */
  data: Pick<Dataset, 'activities' | 'grants' | 'profile'>;
  onClose: () => void;
  onDelete: (activity: Activity) => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  // A new activity gets its id now, so the check below sees the very record that will be written.
  const [base] = useState<object>(() => {
    if (activity) return activity;
    const now = new Date().toISOString();
    return { id: crypto.randomUUID(), createdAt: now, updatedAt: now, deletedAt: null };
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failed, setFailed] = useState(false);
  const [saving, setSaving] = useState(false);
  const form = useForm<ActivityFormValues>({
    initialValues: toFormValues(activity),
    onValuesChange: (values, previous) => {
      // An error goes away as soon as the field (or, for the end date, the start date) is changed.
      const changed = activityFields.filter((f) => values[f] !== previous[f]);
      if (changed.length === 0) return;
      setErrors((current) => {
        const next = { ...current };
        for (const f of changed) delete next[f];
        if (changed.includes('startedOn')) delete next.endedOn;
        return next;
      });
    },
  });

  const live = data.activities.filter((a) => !a.deletedAt);
  const municipalities = distinct(
    [...live.map((a) => a.municipality), ...data.profile.map((p) => p.homeMunicipality)],
    lang,
  );
  const themes = distinct(
    live.flatMap((a) => a.themes),
    lang,
  );
  const partners = distinct(
    live.flatMap((a) => a.partners),
    lang,
  );
  const grantNames = new Map(data.grants.map((g) => [g.id, g.name]));
  const grants = [
    ...data.grants.filter((g) => !g.deletedAt).map((g) => ({ value: g.id, label: g.name })),
    // A link to a grant now in the trash is kept and shown as such, never dropped silently.
    ...(activity?.grantIds ?? [])
      .filter((id) => !data.grants.some((g) => g.id === id && !g.deletedAt))
      .map((id) => ({
        value: id,
        label: t('activityEditor.deletedGrant', { name: grantNames.get(id) ?? id }),
      })),
  ].sort((a, b) => a.label.localeCompare(b.label, lang));

  const errorText = (e: FieldError | undefined) =>
    !e
      ? undefined
      : e.key === 'tooLong'
        ? t('activityEditor.errors.tooLong', { max: e.max })
        : t(`activityEditor.errors.${e.key}`);
  const field = (name: ActivityField) => ({
    id: inputId(name),
    ...form.getInputProps(name),
    error: errorText(errors[name]),
  });

  const showErrors = (found: FieldErrors) => {
    setErrors(found);
    setFailed(true);
    const first = activityFields.find((f) => found[f]);
    // After the render that attaches the error text, so a screen reader reads it with the field.
    if (first) window.setTimeout(() => document.getElementById(inputId(first))?.focus(), 0);
  };

  /** Check and write; true when saved. On any problem the form keeps what was typed. */
  const persist = async (values: ActivityFormValues): Promise<boolean> => {
    const found = checkActivity(base, values);
    if (Object.keys(found).length > 0) {
      showErrors(found);
      return false;
    }
    setSaving(true);
    try {
      const repository = new Repository(db, 'activities');
      const input = toActivityInput(values);
      if (activity) await repository.update(activity.id, input);
      else await repository.create({ ...input, id: (base as { id: string }).id });
      setErrors({});
      setFailed(false);
      return true;
    } catch (e) {
      const found = e instanceof ValidationError ? fieldErrors(e.issues) : {};
      if (Object.keys(found).length > 0) showErrors(found);
      else
        notify(t, {
          color: 'red',
          title: t('ui.common.error'),
          message: t('activityEditor.saveFailed', {
            error: errorReason(e),
          }),
        });
      return false;
    } finally {
      setSaving(false);
    }
  };

  const submit = async (values: ActivityFormValues) => {
    if (!(await persist(values))) return;
    notify(t, {
      color: 'teal',
      message: t(activity ? 'activityEditor.saved' : 'activityEditor.created', {
        name: values.name.trim(),
      }),
    });
    onClose();
  };

  const endToday = async () => {
    const today = todayIso();
    form.setFieldValue('endedOn', today);
    const values = { ...form.getValues(), endedOn: today };
    if (!(await persist(values))) return;
    notify(t, {
      color: 'teal',
      message: t('activityEditor.ended', {
        name: values.name.trim(),
        date: formatDate(today, lang),
      }),
    });
    onClose();
  };

  const running = !activity || runsAfter(activity, todayIso());

  return (
    <form
      noValidate
      // Mantine's error red (red-6) is 3.3:1 on white, under WCAG AA; red-9 is 5.9:1.
      // Scoped here; app-wide it belongs in main.tsx's CSS variables resolver.
      style={{ '--mantine-color-error': 'var(--mantine-color-red-9)' } as CSSProperties}
      onSubmit={(e) => {
        e.preventDefault();
        void submit(form.getValues());
      }}
    >
      <Text mb="md">{t('activityEditor.intro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label={t('activityEditor.fields.name')}
          required
          data-autofocus
          maxLength={200}
          {...field('name')}
        />
        <Select
          label={t('activityEditor.fields.type')}
          data={activityTypes.map((type) => ({
            value: type,
            label: t(`ui.activities.types.${type}`),
          }))}
          allowDeselect={false}
          required
          {...field('type')}
        />
      </SimpleGrid>
      <Textarea
        mt="md"
        label={t('activityEditor.fields.description')}
        autosize
        minRows={3}
        maxRows={10}
        {...field('description')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" mt="md">
        <TagsInput
          comboboxProps={{ withinPortal: false }}
          label={t('activityEditor.fields.themes')}
          description={t('activityEditor.fields.themesHint')}
          data={themes}
          clearable={false}
          {...field('themes')}
        />
        <TagsInput
          comboboxProps={{ withinPortal: false }}
          label={t('activityEditor.fields.partners')}
          description={t('activityEditor.fields.partnersHint')}
          data={partners}
          {...field('partners')}
        />
        <Autocomplete
          comboboxProps={{ withinPortal: false }}
          label={t('activityEditor.fields.municipality')}
          data={municipalities}
          {...field('municipality')}
        />
        <TextInput label={t('activityEditor.fields.targetGroup')} {...field('targetGroup')} />
      </SimpleGrid>
      <MultiSelect
        mt="md"
        label={t('activityEditor.fields.grants')}
        data={grants}
        searchable
        {...field('grantIds')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" mt="md">
        <DateField label={t('activityEditor.fields.startedOn')} {...field('startedOn')} />
        <DateField
          label={t('activityEditor.fields.endedOn')}
          description={t('activityEditor.fields.endedOnHint')}
          {...field('endedOn')}
        />
      </SimpleGrid>
      {activity && (
        // Impact notes are written on the Impact page, already linked to this activity.
        <Group mt="md" gap="lg">
          <Anchor component={Link} to={`/impact?activity=${activity.id}&new=1`}>
            {t('impactPage.linked.add')}
          </Anchor>
          <Anchor component={Link} to={`/impact?activity=${activity.id}`}>
            {t('impactPage.linked.showAll')}
          </Anchor>
        </Group>
      )}
      {failed && Object.keys(errors).length > 0 && (
        <Alert mt="lg" color="red" role="alert">
          {t('activityEditor.fixErrors')}
        </Alert>
      )}
      <Group mt="lg" justify="space-between">
        <Group>
          <Button type="submit" size="md" loading={saving}>
            {t('activityEditor.save')}
          </Button>
          {activity && running && (
            <Button size="md" variant="outline" onClick={endToday} disabled={saving}>
              {t('activityEditor.endToday')}
            </Button>
          )}
          <Button size="md" variant="default" onClick={onClose}>
            {t('ui.common.cancel')}
          </Button>
        </Group>
        {activity && (
          <Button size="md" variant="outline" color="red" onClick={() => onDelete(activity)}>
            {t('activityEditor.delete')}
          </Button>
        )}
      </Group>
    </form>
  );
}
