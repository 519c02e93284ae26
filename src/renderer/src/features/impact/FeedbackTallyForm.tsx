import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  Radio,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { saveFeedbackTally, sessionsOfActivity } from '../../../../core/db';
import { formatDate, todayIso } from '../../../../core/format';
import {
  readTallyForm,
  statementText,
  tallyFormValues,
  type TallyFormErrors,
  type TallyFormValues,
} from '../../../../core/impact';
import type { FeedbackForm } from '../../../../core/schemas';
import { db } from '../../db';
import { DateField } from '../../shared/DateField';
import { notify } from '../../shared/notify';
import { FormFooter } from '../../shared/FormFooter';
import { RecordFormFrame } from '../../shared/RecordFormFrame';
import { useRecordFormState } from '../../shared/useRecordFormState';
import { useLanguage } from '../../shared/useLanguage';
import { looseT } from '../grants/RecordForm';

/**
 * Type in a session's (or a period's) answers to a printed feedback form:
 * how many answered 1–5 per statement, and the open answers, each with the
 * consent the person gave on the form. A negative or fractional count is
 * marked on its cell and nothing is saved; the tally and its notes are
 * written in one transaction.
 */
export function FeedbackTallyForm({ form, onClose }: { form: FeedbackForm; onClose: () => void }) {
  const { t } = useTranslation();
  const tl = looseT(t);
  const lang = useLanguage();
  const sessions = useLiveQuery(() => sessionsOfActivity(db, form.activityId), [form.activityId]);
  const state = useRecordFormState<TallyFormValues, TallyFormErrors>(() =>
    tallyFormValues(form, todayIso()),
  );
  const { values, errors, setErrors, refusal, setRefusal, saving, id, set, focus, saveWith } =
    state;
  const err = (code?: string) => (code ? tl(`feedback.errors.${code}`) : undefined);
  const newestFirst = [...(sessions ?? [])].reverse();
  // Without sessions, a period is the only choice.
  const scope = sessions && sessions.length === 0 ? 'period' : values.scope;

  const submit = async () => {
    const read = readTallyForm(form, { ...values, scope });
    if (!read.ok) {
      setErrors(read.errors);
      const badCell = read.errors.counts && Object.entries(read.errors.counts)[0];
      const first = read.errors.sessionId
        ? id('session')
        : read.errors.from
          ? id('from')
          : read.errors.to
            ? id('to')
            : badCell
              ? id(`count-${badCell[0]}-${Object.keys(badCell[1])[0]}`)
              : read.errors.openAnswers
                ? id(`open-${Object.keys(read.errors.openAnswers)[0]}`)
                : id(`count-${form.statements[0]!.id}-0`);
      focus(first);
      return;
    }
    setErrors({});
    await saveWith(
      async () => {
        const result = await saveFeedbackTally(db, read.tally, read.notes);
        if (!result.ok) {
          setRefusal(tl(`feedback.errors.${result.code}`, result.params));
          return;
        }
        notify(t, {
          color: 'teal',
          message: t('feedback.tally.saved', { count: result.noteIds.length }),
        });
        onClose();
      },
      (error) => t('feedback.errors.saveFailed', { error }),
    );
  };

  const hasErrors = Object.keys(errors).length > 0;
  return (
    <RecordFormFrame onSubmit={() => void submit()}>
      <Radio.Group
        label={t('feedback.tally.when')}
        value={scope}
        onChange={(v) => set('scope', v as TallyFormValues['scope'])}
      >
        <Group mt="xs">
          <Radio
            value="session"
            label={t('feedback.tally.whenSession')}
            disabled={sessions?.length === 0}
          />
          <Radio value="period" label={t('feedback.tally.whenPeriod')} />
        </Group>
      </Radio.Group>
      {sessions?.length === 0 && (
        <Text size="sm" c="gray.7" mt="xs">
          {t('feedback.tally.noSessions')}
        </Text>
      )}
      {scope === 'session' ? (
        <NativeSelect
          id={id('session')}
          data-autofocus
          mt="md"
          required
          label={t('feedback.tally.session')}
          value={values.sessionId}
          error={err(errors.sessionId)}
          onChange={(e) => {
            const chosen = newestFirst.find((s) => s.id === e.currentTarget.value);
            state.setValues((v) => ({
              ...v,
              sessionId: chosen?.id ?? '',
              sessionDate: chosen?.date ?? '',
            }));
          }}
          data={[
            { value: '', label: t('impactPage.none') },
            ...newestFirst.map((s) => ({ value: s.id, label: formatDate(s.date, lang) })),
          ]}
        />
      ) : (
        <Group mt="md" grow align="flex-start">
          <DateField
            id={id('from')}
            required
            label={t('feedback.tally.from')}
            value={values.from}
            onChange={(v) => set('from', v)}
            error={err(errors.from)}
          />
          <DateField
            id={id('to')}
            required
            label={t('feedback.tally.to')}
            value={values.to}
            onChange={(v) => set('to', v)}
            error={err(errors.to)}
          />
        </Group>
      )}
      <Radio.Group
        mt="md"
        label={t('feedback.tally.provenance')}
        value={values.provenance}
        onChange={(v) => set('provenance', v)}
      >
        <Group mt="xs">
          <Radio value="collected" label={t('feedback.tally.provenanceAll')} />
          <Radio value="sample" label={t('feedback.tally.provenanceSample')} />
        </Group>
      </Radio.Group>

      <Fieldset mt="md" legend={t('feedback.tally.countsHeading')}>
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('feedback.form.statements')}</Table.Th>
                {[1, 2, 3, 4, 5].map((n) => (
                  <Table.Th key={n} scope="col">
                    {t('feedback.tally.answered', { value: n })}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {form.statements.map((s) => {
                const text = statementText(s, lang);
                return (
                  <Table.Tr key={s.id}>
                    <Table.Th scope="row" fw={500}>
                      {text}
                    </Table.Th>
                    {[0, 1, 2, 3, 4].map((i) => (
                      <Table.Td key={i}>
                        <TextInput
                          id={id(`count-${s.id}-${i}`)}
                          w={72}
                          inputMode="numeric"
                          aria-label={t('feedback.tally.countLabel', {
                            statement: text,
                            value: i + 1,
                          })}
                          value={values.counts[s.id]?.[i] ?? ''}
                          error={err(errors.counts?.[s.id]?.[i])}
                          onChange={(e) => {
                            const row = [...(values.counts[s.id] ?? ['', '', '', '', ''])];
                            row[i] = e.currentTarget.value;
                            set('counts', { ...values.counts, [s.id]: row });
                          }}
                        />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {errors.form && (
          <Text c="red.9" size="sm" mt="xs">
            {err(errors.form)}
          </Text>
        )}
      </Fieldset>

      <Fieldset mt="md" legend={t('feedback.tally.openAnswers')}>
        <Text size="sm" c="gray.7" mb="xs">
          {t('feedback.tally.openAnswersHelp')}
        </Text>
        <Stack gap="md">
          {values.openAnswers.map((a, i) => (
            <div key={i}>
              <Textarea
                id={id(`open-${i}`)}
                autosize
                minRows={2}
                label={t('feedback.tally.openAnswer', { number: i + 1 })}
                value={a.text}
                error={err(errors.openAnswers?.[i])}
                onChange={(e) => {
                  const text = e.currentTarget.value;
                  set(
                    'openAnswers',
                    values.openAnswers.map((x, j) => (j === i ? { ...x, text } : x)),
                  );
                }}
              />
              <Group mt={6} justify="space-between">
                <Checkbox
                  label={t('feedback.tally.openAnswerConsent')}
                  aria-label={`${t('feedback.tally.openAnswerConsent')} (${t('feedback.tally.openAnswer', { number: i + 1 })})`}
                  checked={a.consent}
                  onChange={(e) => {
                    const consent = e.currentTarget.checked;
                    set(
                      'openAnswers',
                      values.openAnswers.map((x, j) => (j === i ? { ...x, consent } : x)),
                    );
                  }}
                />
                {values.openAnswers.length > 1 && (
                  <Button
                    variant="subtle"
                    color="red.9"
                    onClick={() =>
                      set(
                        'openAnswers',
                        values.openAnswers.filter((_, j) => j !== i),
                      )
                    }
                  >
                    {t('feedback.tally.removeOpenAnswer', { number: i + 1 })}
                  </Button>
                )}
              </Group>
            </div>
          ))}
        </Stack>
        <Button
          mt="sm"
          variant="default"
          onClick={() => set('openAnswers', [...values.openAnswers, { text: '', consent: false }])}
        >
          {t('feedback.tally.addOpenAnswer')}
        </Button>
      </Fieldset>
      <FormFooter
        fixErrors={hasErrors ? t('feedback.tally.fixErrors') : null}
        refusal={refusal}
        saving={saving}
        saveLabel={t('feedback.tally.save')}
        cancelLabel={t('feedback.tally.cancel')}
        onCancel={onClose}
      />
    </RecordFormFrame>
  );
}
