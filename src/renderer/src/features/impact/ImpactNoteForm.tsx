import {
  Button,
  Checkbox,
  Fieldset,
  NativeSelect,
  SimpleGrid,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { saveImpactNote, ValidationError } from '../../../../core/db';
import { todayIso } from '../../../../core/format';
import {
  noteFormValues,
  readNoteForm,
  type NoteFormErrors,
  type NoteFormValues,
} from '../../../../core/impact';
import {
  consentMethods,
  impactNoteTypes,
  impactSources,
  issueMessageKeys,
  type Activity,
  type Grant,
  type ImpactNote,
} from '../../../../core/schemas';
import { db } from '../../db';
import { notify } from '../../shared/notify';
import { looseT } from '../grants/RecordForm';
import { DateField } from '../../shared/DateField';
import { FormFooter } from '../../shared/FormFooter';
import { RecordFormFrame } from '../../shared/RecordFormFrame';
import { useRecordFormState } from '../../shared/useRecordFormState';

/** The order the fields take the focus in when one of them is wrong. */
const fieldOrder: (keyof NoteFormValues)[] = [
  'date',
  'type',
  'text',
  'mediaOutlet',
  'tally',
  'source',
  'consentGivenOn',
  'consentMethod',
];

/**
 * Write or edit one impact note. Nothing is written until every field is
 * right; a link to an activity or grant in the trash is refused with its name.
 * On an error the typed values stay and the first wrong field gets the focus.
 */
export function ImpactNoteForm({
  note,
  preset,
  activities,
  grants,
  themes,
  onClose,
  onDelete,
}: {
  note?: ImpactNote;
  /** Links a new note starts with (opened from an activity or a grant). */
  preset?: { activityId?: string; grantId?: string };
  /** Live activities and grants to link; a note's current link is kept listed even if trashed. */
  activities: Activity[];
  grants: Grant[];
  themes: string[];
  onClose: (saved?: ImpactNote) => void;
  onDelete?: (note: ImpactNote) => void;
}) {
  const { t } = useTranslation();
  const tl = looseT(t);
  const form = useRecordFormState<NoteFormValues, NoteFormErrors>(() =>
    noteFormValues(note ?? { ...preset }, todayIso()),
  );
  const { values, errors, setErrors, refusal, setRefusal, saving, id, focus, saveWith } = form;
  // A field's error goes once it is changed: the note form lists many fields.
  const set = <K extends keyof NoteFormValues>(name: K, value: NoteFormValues[K]) => {
    form.set(name, value);
    setErrors((current) => {
      if (!current[name]) return current;
      const next = { ...current };
      delete next[name];
      return next;
    });
  };
  const errorOf = (name: keyof NoteFormErrors) =>
    errors[name] ? tl(`impactPage.errors.${errors[name]}`) : undefined;
  const show = (found: NoteFormErrors) => {
    setErrors(found);
    const first = fieldOrder.find((f) => found[f]);
    if (first) {
      const target = first === 'tally' ? `${id('tally')}-0` : id(first);
      focus(target);
    }
  };

  const submit = async () => {
    const read = readNoteForm(values);
    if (!read.ok) {
      show(read.errors);
      return;
    }
    await saveWith(
      async () => {
        try {
          const result = await saveImpactNote(db, read.input, note?.id);
          if (!result.ok) {
            setRefusal(tl(`impactPage.errors.${result.code}`, result.params));
            focus(id(result.code.startsWith('activity') ? 'activityId' : 'grantId'));
            return;
          }
          notify(t, { color: 'teal', message: t('impactPage.saved') });
          onClose(result.note);
        } catch (e) {
          if (!(e instanceof ValidationError)) throw e;
          show(
            issueMessageKeys(e.issues, {
              fields: fieldOrder,
              known: ['invalidDate', 'required'],
              tooLong: 'tooLong',
              otherwise: 'required',
            }) as NoteFormErrors,
          );
        }
      },
      (error) => t('impactPage.saveFailed', { error }),
    );
  };

  // Live ones to choose from; the note's own link stays listed so an edit does not drop it.
  const activityOptions = activities.filter((a) => !a.deletedAt || a.id === values.activityId);
  const grantOptions = grants.filter((g) => !g.deletedAt || g.id === values.grantId);
  const hasErrors = Object.keys(errors).length > 0;

  return (
    <RecordFormFrame onSubmit={() => void submit()}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <DateField
          id={id('date')}
          data-autofocus
          required
          label={t('impactPage.fields.date')}
          value={values.date}
          onChange={(v) => set('date', v)}
          error={errorOf('date')}
        />
        <NativeSelect
          id={id('type')}
          required
          label={t('impactPage.fields.type')}
          value={values.type}
          onChange={(e) => set('type', e.currentTarget.value)}
          error={errorOf('type')}
          data={impactNoteTypes.map((type) => ({
            value: type,
            label: t(`ui.impact.types.${type}`),
          }))}
        />
      </SimpleGrid>
      <Textarea
        id={id('text')}
        mt="md"
        required
        autosize
        minRows={3}
        maxRows={10}
        label={t('impactPage.fields.text')}
        description={t('impactPage.fields.textHelp')}
        value={values.text}
        onChange={(e) => set('text', e.currentTarget.value)}
        error={errorOf('text')}
      />
      {values.type === 'media' && (
        <TextInput
          id={id('mediaOutlet')}
          mt="md"
          label={t('impactPage.fields.mediaOutlet')}
          value={values.mediaOutlet}
          onChange={(e) => set('mediaOutlet', e.currentTarget.value)}
          error={errorOf('mediaOutlet')}
        />
      )}
      {values.type === 'feedback' && (
        <Fieldset mt="md" legend={t('impactPage.fields.tally')} variant="unstyled">
          <SimpleGrid cols={5} spacing="xs">
            {values.tally.map((count, i) => (
              <TextInput
                key={i}
                id={`${id('tally')}-${i}`}
                inputMode="numeric"
                label={t('impactPage.fields.tallyValue', { value: i + 1 })}
                value={count}
                onChange={(e) => {
                  const next = [...values.tally];
                  next[i] = e.currentTarget.value;
                  set('tally', next);
                }}
                error={i === 0 ? errorOf('tally') : undefined}
              />
            ))}
          </SimpleGrid>
          <Text mt={4} size="sm" c="gray.7">
            {t('impactPage.fields.tallyHelp')}
          </Text>
        </Fieldset>
      )}
      <TagsInput
        mt="md"
        comboboxProps={{ withinPortal: false }}
        label={t('impactPage.fields.themes')}
        description={t('impactPage.fields.themesHelp')}
        data={themes}
        clearable={false}
        value={values.themes}
        onChange={(v) => set('themes', v)}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" mt="md">
        <NativeSelect
          id={id('activityId')}
          label={t('impactPage.fields.activity')}
          value={values.activityId}
          onChange={(e) => set('activityId', e.currentTarget.value)}
          data={[
            { value: '', label: t('impactPage.none') },
            ...activityOptions.map((a) => ({ value: a.id, label: a.name })),
          ]}
        />
        <NativeSelect
          id={id('grantId')}
          label={t('impactPage.fields.grant')}
          value={values.grantId}
          onChange={(e) => set('grantId', e.currentTarget.value)}
          data={[
            { value: '', label: t('impactPage.none') },
            ...grantOptions.map((g) => ({ value: g.id, label: g.name })),
          ]}
        />
        <NativeSelect
          id={id('source')}
          required
          label={t('impactPage.fields.source')}
          value={values.source}
          onChange={(e) => set('source', e.currentTarget.value)}
          error={errorOf('source')}
          data={impactSources.map((s) => ({ value: s, label: t(`impactPage.sources.${s}`) }))}
        />
      </SimpleGrid>
      <Fieldset mt="md" legend={t('impactPage.filter.consent')} variant="filled">
        <Checkbox
          id={id('consentToPublish')}
          label={t('impactPage.fields.consent')}
          description={t('impactPage.fields.consentHelp')}
          checked={values.consentToPublish}
          onChange={(e) => {
            const checked = e.currentTarget.checked;
            set('consentToPublish', checked);
            // Most consents are recorded on the day they are given.
            if (checked && !values.consentGivenOn) set('consentGivenOn', todayIso());
          }}
        />
        {values.consentToPublish && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" mt="sm">
            <DateField
              id={id('consentGivenOn')}
              required
              label={t('impactPage.fields.consentGivenOn')}
              value={values.consentGivenOn}
              onChange={(v) => set('consentGivenOn', v)}
              error={errorOf('consentGivenOn')}
            />
            <NativeSelect
              id={id('consentMethod')}
              required
              label={t('impactPage.fields.consentMethod')}
              value={values.consentMethod}
              onChange={(e) => set('consentMethod', e.currentTarget.value)}
              error={errorOf('consentMethod')}
              data={[
                { value: '', label: t('impactPage.none') },
                ...consentMethods.map((m) => ({ value: m, label: t(`impactPage.methods.${m}`) })),
              ]}
            />
          </SimpleGrid>
        )}
      </Fieldset>
      <Checkbox
        mt="md"
        label={t('impactPage.fields.highlight')}
        checked={values.highlight}
        onChange={(e) => set('highlight', e.currentTarget.checked)}
      />
      <FormFooter
        fixErrors={hasErrors ? t('impactPage.fixErrors') : null}
        refusal={refusal}
        saving={saving}
        saveLabel={t('impactPage.save')}
        cancelLabel={t('impactPage.cancel')}
        onCancel={() => onClose()}
        end={
          note &&
          onDelete && (
            <Button
              size="md"
              variant="outline"
              color="red"
              onClick={() => onDelete(note)}
              disabled={saving}
            >
              {t('impactPage.delete')}
            </Button>
          )
        }
      />
    </RecordFormFrame>
  );
}
