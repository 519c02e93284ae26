import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Repository, ValidationError, type RecordInput } from '../../../../core/db';
import { todayIso } from '../../../../core/format';
import { membershipTypes, type Person } from '../../../../core/schemas';
import { db } from '../../db';
import { notify } from '../../shared/notify';
import { DateField } from '../../shared/DateField';
import {
  checkPerson,
  draftPerson,
  fieldErrors,
  newPersonFormValues,
  personFields,
  toFormValues,
  toPersonPatch,
  type FieldError,
  type FieldErrors,
  type PersonField,
  type PersonFormValues,
} from './personFormModel';
import { errorReason } from '../../shared/errorReason';

const inputId = (field: PersonField) => `person-${field}`;

/**
 * Edit every field of a person a treasurer keeps: name, home municipality,
 * contact details, membership and its dates, consents and notes. Without a
 * `person` the same form adds a new one (`onCreated` gets the saved record).
 * Checked with the person schema before saving; on an error nothing is saved,
 * the typed values stay, and the first wrong field gets the focus.
 */
export function PersonEditForm({
  person,
  onClose,
  onCreated,
}: {
  person?: Person;
  onClose: () => void;
  onCreated?: (created: Person) => void;
}) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failed, setFailed] = useState(false);
  const [saving, setSaving] = useState(false);
  const [base] = useState(() => person ?? draftPerson(new Date().toISOString()));
  const form = useForm<PersonFormValues>({
    initialValues: person ? toFormValues(person) : newPersonFormValues(todayIso()),
    onValuesChange: (values, previous) => {
      // An error goes away as soon as its field (or, for the leaving date, the joining date) changes.
      const changed = personFields.filter((f) => values[f] !== previous[f]);
      if (changed.length === 0) return;
      setErrors((current) => {
        const next = { ...current };
        for (const f of changed) delete next[f];
        if (changed.includes('joinedOn')) delete next.leftOn;
        return next;
      });
    },
  });

  const errorText = (e: FieldError | undefined) =>
    !e
      ? undefined
      : e.key === 'tooLong'
        ? t('personPrivacy.edit.errors.tooLong', { max: e.max })
        : t(`personPrivacy.edit.errors.${e.key}`);
  const field = (name: PersonField) => ({
    id: inputId(name),
    ...form.getInputProps(name),
    error: errorText(errors[name]),
  });
  const label = (name: PersonField) => t(`personPrivacy.edit.fields.${name}`);

  const showErrors = (found: FieldErrors) => {
    setErrors(found);
    setFailed(true);
    const first = personFields.find((f) => found[f]);
    // After the render that attaches the error text, so a screen reader reads it with the field.
    if (first) window.setTimeout(() => document.getElementById(inputId(first))?.focus(), 0);
  };

  const submit = async (values: PersonFormValues) => {
    const found = checkPerson(base, values);
    if (Object.keys(found).length > 0) {
      showErrors(found);
      return;
    }
    setSaving(true);
    const name = values.fullName.trim();
    try {
      const people = new Repository(db, 'people');
      if (person) {
        await people.update(person.id, toPersonPatch(values, person));
        notify(t, { color: 'teal', message: t('personPrivacy.edit.saved', { name }) });
        onClose();
      } else {
        const { id, languages, consents } = base;
        const created = await people.create({
          id,
          languages,
          ...toPersonPatch(values, { consents }),
        } as RecordInput<'people'>);
        notify(t, { color: 'teal', message: t('personPrivacy.edit.created', { name }) });
        onCreated?.(created);
      }
    } catch (e) {
      const fromSchema = e instanceof ValidationError ? fieldErrors(e.issues) : {};
      if (Object.keys(fromSchema).length > 0) showErrors(fromSchema);
      else
        notify(t, {
          color: 'red',
          title: t('ui.common.error'),
          message: t('personPrivacy.edit.saveFailed', {
            error: errorReason(e),
          }),
        });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      noValidate
      // Mantine's error red (red-6) is 3.3:1 on white, under WCAG AA; red-9 is 5.9:1.
      style={{ '--mantine-color-error': 'var(--mantine-color-red-9)' } as CSSProperties}
      onSubmit={(e) => {
        e.preventDefault();
        void submit(form.getValues());
      }}
    >
      <Text mb="md">{t('personPrivacy.edit.intro')}</Text>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={label('fullName')}
            required
            data-autofocus
            maxLength={200}
            autoComplete="off"
            {...field('fullName')}
          />
          <TextInput
            label={label('homeMunicipality')}
            required
            maxLength={100}
            autoComplete="off"
            {...field('homeMunicipality')}
          />
          <TextInput type="email" label={label('email')} autoComplete="off" {...field('email')} />
          <TextInput type="tel" label={label('phone')} autoComplete="off" {...field('phone')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextInput
            label={label('streetAddress')}
            autoComplete="off"
            {...field('streetAddress')}
          />
          <TextInput label={label('postalCode')} autoComplete="off" {...field('postalCode')} />
          <TextInput label={label('postOffice')} autoComplete="off" {...field('postOffice')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <Select
            label={label('membership')}
            data={membershipTypes.map((type) => ({
              value: type,
              label: t(`memberList.personData.membershipTypes.${type}`),
            }))}
            allowDeselect={false}
            comboboxProps={{ withinPortal: false }}
            {...field('membership')}
          />
          <DateField label={label('joinedOn')} {...field('joinedOn')} />
          <DateField
            label={label('leftOn')}
            description={t('personPrivacy.edit.fields.leftOnHint')}
            {...field('leftOn')}
          />
        </SimpleGrid>
        <TextInput label={label('leftReason')} maxLength={500} {...field('leftReason')} />
        <Fieldset legend={t('personPrivacy.edit.fields.consents')} variant="unstyled">
          <Stack gap="sm" mt="xs">
            <Checkbox
              size="md"
              id={inputId('emailContact')}
              label={label('emailContact')}
              {...form.getInputProps('emailContact', { type: 'checkbox' })}
              error={errorText(errors.emailContact)}
            />
            <Checkbox
              size="md"
              id={inputId('nameInPublicMaterials')}
              label={label('nameInPublicMaterials')}
              {...form.getInputProps('nameInPublicMaterials', { type: 'checkbox' })}
              error={errorText(errors.nameInPublicMaterials)}
            />
          </Stack>
        </Fieldset>
        <Textarea
          label={label('notes')}
          description={t('personPrivacy.edit.fields.notesHint')}
          autosize
          minRows={3}
          maxRows={10}
          {...field('notes')}
        />
      </Stack>
      {failed && Object.keys(errors).length > 0 && (
        <Alert mt="lg" color="red" role="alert">
          {t('personPrivacy.edit.fixErrors')}
        </Alert>
      )}
      <Group mt="lg">
        <Button type="submit" size="md" loading={saving}>
          {t('personPrivacy.edit.save')}
        </Button>
        <Button size="md" variant="default" onClick={onClose}>
          {t('ui.common.cancel')}
        </Button>
      </Group>
    </form>
  );
}
