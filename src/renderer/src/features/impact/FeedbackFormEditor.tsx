import { Button, Fieldset, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { saveFeedbackForm } from '../../../../core/db';
import {
  feedbackFormValues,
  MAX_STATEMENTS,
  openQuestionText,
  readFeedbackForm,
  type FeedbackFormErrors,
  type FeedbackFormValues,
} from '../../../../core/impact';
import { feedbackPerspectives, type Activity, type FeedbackForm } from '../../../../core/schemas';
import { db } from '../../db';
import { notify } from '../../shared/notify';
import { FormFooter } from '../../shared/FormFooter';
import { RecordFormFrame } from '../../shared/RecordFormFrame';
import { useRecordFormState } from '../../shared/useRecordFormState';
import { useLanguage } from '../../shared/useLanguage';
import { looseT } from '../grants/RecordForm';

/**
 * Make or edit a feedback form: its activity, whose feedback, the statements
 * (the three defaults to start with) and the open question. Nothing is written
 * until every field is right; an activity in the trash is refused by name.
 */
export function FeedbackFormEditor({
  form,
  activities,
  onClose,
}: {
  form?: FeedbackForm;
  /** Trash included: the form's own activity stays listed even if trashed. */
  activities: Activity[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const tl = looseT(t);
  const lang = useLanguage();
  const { values, errors, setErrors, refusal, setRefusal, saving, id, set, focus, saveWith } =
    useRecordFormState<FeedbackFormValues, FeedbackFormErrors>(() =>
      feedbackFormValues(form, lang),
    );
  const err = (code?: string) => (code ? tl(`feedback.errors.${code}`) : undefined);
  const setStatement = (i: number, text: string) =>
    set(
      'statements',
      values.statements.map((s, j) => (j === i ? { ...s, text } : s)),
    );

  const submit = async () => {
    const read = readFeedbackForm(values, lang);
    if (!read.ok) {
      setErrors(read.errors);
      const first = read.errors.activityId
        ? id('activity')
        : read.errors.perspective
          ? id('perspective')
          : read.errors.statement
            ? id(`statement-${Object.keys(read.errors.statement)[0]}`)
            : read.errors.statements
              ? id('statement-0')
              : id('openQuestion');
      focus(first);
      return;
    }
    setErrors({});
    await saveWith(
      async () => {
        const result = await saveFeedbackForm(db, read.input, form?.id);
        if (!result.ok) {
          setRefusal(tl(`feedback.errors.${result.code}`, result.params));
          return;
        }
        notify(t, { color: 'teal', message: t('feedback.form.saved') });
        onClose();
      },
      (error) => t('feedback.errors.saveFailed', { error }),
    );
  };

  const options = activities.filter((a) => !a.deletedAt || a.id === values.activityId);
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <RecordFormFrame onSubmit={() => void submit()}>
      <Group grow align="flex-start">
        <NativeSelect
          id={id('activity')}
          data-autofocus
          required
          label={t('feedback.form.activity')}
          value={values.activityId}
          onChange={(e) => set('activityId', e.currentTarget.value)}
          error={err(errors.activityId)}
          data={[
            { value: '', label: t('impactPage.none') },
            ...options.map((a) => ({ value: a.id, label: a.name })),
          ]}
        />
        <NativeSelect
          id={id('perspective')}
          required
          label={t('feedback.form.perspective')}
          value={values.perspective}
          onChange={(e) => set('perspective', e.currentTarget.value)}
          error={err(errors.perspective)}
          data={feedbackPerspectives.map((p) => ({
            value: p,
            label: t(`feedback.perspectives.${p}`),
          }))}
        />
      </Group>
      <Fieldset mt="md" legend={t('feedback.form.statements')}>
        <Stack gap="xs">
          {values.statements.map((s, i) => (
            <Group key={s.id} align="flex-end" wrap="nowrap">
              <TextInput
                id={id(`statement-${i}`)}
                style={{ flex: 1 }}
                label={t('feedback.form.statement', { number: i + 1 })}
                description={i === 0 ? t('feedback.form.statementHelp') : undefined}
                value={s.text}
                onChange={(e) => setStatement(i, e.currentTarget.value)}
                error={err(errors.statement?.[i] ?? (i === 0 ? errors.statements : undefined))}
              />
              <Button
                variant="subtle"
                color="red.9"
                aria-label={t('feedback.form.removeStatement', { number: i + 1 })}
                disabled={values.statements.length <= 1}
                onClick={() =>
                  set(
                    'statements',
                    values.statements.filter((_, j) => j !== i),
                  )
                }
              >
                ✕
              </Button>
            </Group>
          ))}
        </Stack>
        <Button
          mt="sm"
          variant="default"
          disabled={values.statements.length >= MAX_STATEMENTS}
          onClick={() =>
            set('statements', [...values.statements, { id: crypto.randomUUID(), text: '' }])
          }
        >
          {t('feedback.form.addStatement')}
        </Button>
      </Fieldset>
      <TextInput
        id={id('openQuestion')}
        mt="md"
        label={t('feedback.form.openQuestion')}
        description={t('feedback.form.openQuestionHelp', {
          question: openQuestionText({}, lang),
        })}
        value={values.openQuestion}
        onChange={(e) => set('openQuestion', e.currentTarget.value)}
        error={err(errors.openQuestion)}
      />
      <FormFooter
        fixErrors={hasErrors ? t('feedback.form.fixErrors') : null}
        refusal={refusal}
        saving={saving}
        saveLabel={t('feedback.form.save')}
        cancelLabel={t('feedback.form.cancel')}
        onCancel={onClose}
      />
    </RecordFormFrame>
  );
}
