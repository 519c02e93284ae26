import { Alert, Button, Group, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ValidationError } from '../../../../core/db';
import { DateField } from '../../shared/DateField';
import { notify } from '../../shared/notify';
import { RecordFormFrame } from '../../shared/RecordFormFrame';
import { issueErrors, type Errors, type Values } from './grantFormModel';
import { errorReason } from '../../shared/errorReason';

/** `t` for keys built at run time (a refusal's code, a field error): checked by the catalogue tests. */
export function looseT(t: unknown): (key: string, options?: object) => string {
  return t as (key: string, options?: object) => string;
}

/** One field of a RecordForm. */
export type FieldSpec = {
  name: string;
  label: string;
  kind?: 'text' | 'textarea' | 'date' | 'money' | 'select';
  data?: { value: string; label: string }[];
  required?: boolean;
  description?: string;
  /** Takes the whole row of the grid. */
  wide?: boolean;
};

/**
 * A dialog's form: the fields, Save, Cancel and (when editing) Delete. `save`
 * checks and writes; it returns the field errors (nothing is written then) or
 * null when saved. A ValidationError thrown by a repository is shown on its
 * fields. On an error the typed values stay and the first wrong field gets the focus.
 */
export function RecordForm({
  fields,
  initial,
  save,
  onCancel,
  onDelete,
  submitLabel,
  onChange,
  children,
}: {
  fields: FieldSpec[];
  initial: Values;
  save: (values: Values) => Promise<Errors | null>;
  onCancel?: () => void;
  onDelete?: () => void;
  submitLabel?: string;
  /** Told of every change of a field, e.g. to relabel another field. */
  onChange?: (name: string, value: string) => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const prefix = useId();
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);
  const id = (name: string) => `${prefix}-${name}`;

  const show = (found: Errors) => {
    setErrors(found);
    const first = fields.find((f) => found[f.name]);
    if (first) window.setTimeout(() => document.getElementById(id(first.name))?.focus(), 0);
  };
  const submit = async () => {
    setSaving(true);
    try {
      const found = await save(values);
      if (found && Object.keys(found).length > 0) show(found);
      else {
        setErrors({});
        if (!onCancel) {
          // A form that stays open (the expense form) starts over, focus on its first field.
          setValues(initial);
          window.setTimeout(() => document.getElementById(id(fields[0]!.name))?.focus(), 0);
        }
      }
    } catch (e) {
      if (e instanceof ValidationError) show(issueErrors(e.issues));
      else
        notify(t, {
          color: 'red',
          title: t('ui.common.error'),
          message: t('grantsPage.common.saveFailed', {
            error: errorReason(e),
          }),
        });
    } finally {
      setSaving(false);
    }
  };
  const set = (name: string, value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    onChange?.(name, value);
    setErrors((current) => {
      if (!current[name]) return current;
      const next = { ...current };
      delete next[name];
      return next;
    });
  };

  const render = (f: FieldSpec, index: number) => {
    const common = {
      id: id(f.name),
      label: f.label,
      required: f.required,
      description: f.description,
      // gray-7 keeps AA contrast on a dialog's white (axe flagged Mantine's default dimmed hint).
      descriptionProps: { c: 'gray.7' },
      error: errors[f.name] ? looseT(t)(`grantsPage.errors.${errors[f.name]}`) : undefined,
      'data-autofocus': index === 0 ? true : undefined,
      style: f.wide ? { gridColumn: '1 / -1' } : undefined,
    };
    if (f.kind === 'select') {
      return (
        <Select
          key={f.name}
          {...common}
          data={f.data ?? []}
          value={values[f.name] || null}
          onChange={(v) => set(f.name, v ?? '')}
          allowDeselect={false}
          comboboxProps={{ withinPortal: false }}
        />
      );
    }
    if (f.kind === 'textarea') {
      return (
        <Textarea
          key={f.name}
          {...common}
          autosize
          minRows={3}
          maxRows={10}
          value={values[f.name] ?? ''}
          onChange={(e) => set(f.name, e.currentTarget.value)}
        />
      );
    }
    if (f.kind === 'date') {
      return (
        <DateField
          key={f.name}
          {...common}
          value={values[f.name] ?? ''}
          onChange={(v) => set(f.name, v)}
        />
      );
    }
    return (
      <TextInput
        key={f.name}
        {...common}
        inputMode={f.kind === 'money' ? 'decimal' : undefined}
        value={values[f.name] ?? ''}
        onChange={(e) => set(f.name, e.currentTarget.value)}
      />
    );
  };

  return (
    <RecordFormFrame onSubmit={() => void submit()}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {fields.map(render)}
      </SimpleGrid>
      {children}
      {Object.keys(errors).length > 0 && (
        <Alert mt="md" color="red" role="alert">
          {t('grantsPage.common.fixErrors')}
        </Alert>
      )}
      <Group mt="lg" justify="space-between">
        <Group>
          <Button type="submit" size="md" loading={saving}>
            {submitLabel ?? t('grantsPage.common.save')}
          </Button>
          {onCancel && (
            <Button size="md" variant="default" onClick={onCancel}>
              {t('grantsPage.common.cancel')}
            </Button>
          )}
        </Group>
        {onDelete && (
          <Button size="md" variant="outline" color="red" onClick={onDelete} disabled={saving}>
            {t('grantsPage.common.delete')}
          </Button>
        )}
      </Group>
    </RecordFormFrame>
  );
}
