import { Button, Group, NativeSelect, Paper, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentProfile, feedbackPageData } from '../../../../core/db';
import { todayIso } from '../../../../core/format';
import { feedbackFormPrint } from '../../../../core/reports';
import { languageCodes, type FeedbackForm, type Language } from '../../../../core/schemas';
import { db } from '../../db';
import { pdfFileName, savePdf } from '../../pdf/makePdf';
import { AppModal } from '../../shared/AppModal';
import { notify } from '../../shared/notify';
import { PagedTable } from '../../shared/PagedTable';
import { useLanguage } from '../../shared/useLanguage';
import { FeedbackFormEditor } from './FeedbackFormEditor';
import { FeedbackTallyForm } from './FeedbackTallyForm';
import { useRecordTrash } from './useRecordTrash';
import { errorReason } from '../../shared/errorReason';
import { Loading } from '../../shared/Loading';

type Dialog = { kind: 'edit'; form?: FeedbackForm } | { kind: 'tally'; form: FeedbackForm } | null;

const languageNames: Record<Language, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };

/**
 * The Impact page's feedback forms: make one per activity and perspective,
 * print it in fi, sv or en for a group meeting, and type in the answers.
 */
export function FeedbackSection() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [opened, setOpened] = useState(false);
  const [printLang, setPrintLang] = useState<Language>(lang);
  const [printing, setPrinting] = useState<string | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const trash = useRecordTrash();
  const data = useLiveQuery(
    async () => ({ ...(await feedbackPageData(db)), profile: await currentProfile(db) }),
    [],
  );
  if (!data) return <Loading />;
  const activityName = new Map(data.activities.map((a) => [a.id, a.name]));
  const open = (d: Dialog) => {
    setDialog(d);
    setOpened(true);
  };
  const summary = (f: FeedbackForm) =>
    t('feedback.page.formSummary', {
      activity: activityName.get(f.activityId) ?? '?',
      perspective: t(`feedback.perspectives.${f.perspective}`),
    });

  const print = async (form: FeedbackForm) => {
    const today = todayIso();
    const name = activityName.get(form.activityId) ?? '';
    setPrinting(form.id);
    try {
      const model = feedbackFormPrint(form, name, data.profile ?? { name: '' }, today);
      const result = await savePdf(
        { kind: 'feedbackForm', lang: printLang, model },
        pdfFileName(t('feedback.page.heading'), name, printLang),
      );
      if (result.saved)
        notify(t, { color: 'green', message: t('feedback.page.printed', { name: result.name }) });
    } catch (e) {
      notify(t, {
        color: 'red',
        title: t('ui.common.error'),
        message: t('feedback.page.printFailed', {
          error: errorReason(e),
        }),
      });
    } finally {
      setPrinting(null);
    }
  };

  return (
    <Paper component="section" aria-labelledby="feedback-forms" withBorder p="md" mb="md">
      <Group justify="space-between" align="flex-start" mb="sm" wrap="nowrap">
        <div>
          <Title order={2} size="h4" id="feedback-forms" mb="xs">
            {t('feedback.page.heading')}
          </Title>
          <Text maw={720}>{t('feedback.page.intro')}</Text>
        </div>
        <Button
          ref={newButton}
          size="md"
          aria-haspopup="dialog"
          onClick={() => open({ kind: 'edit' })}
        >
          {t('feedback.page.newForm')}
        </Button>
      </Group>
      <NativeSelect
        w={220}
        mb="sm"
        label={t('feedback.page.printLanguage')}
        value={printLang}
        onChange={(e) => setPrintLang(e.currentTarget.value as Language)}
        data={languageCodes.map((l) => ({ value: l, label: languageNames[l] }))}
      />
      {data.forms.length === 0 ? (
        <Text>{t('feedback.page.noForms')}</Text>
      ) : (
        <PagedTable
          caption={t('feedback.page.heading')}
          rows={data.forms}
          rowKey={(r) => r.form.id}
          columns={[
            {
              key: 'activity',
              header: t('feedback.page.columns.activity'),
              cell: (r) => activityName.get(r.form.activityId) ?? '?',
            },
            {
              key: 'perspective',
              header: t('feedback.page.columns.perspective'),
              cell: (r) => t(`feedback.perspectives.${r.form.perspective}`),
            },
            {
              key: 'statements',
              header: t('feedback.page.columns.statements'),
              cell: (r) => String(r.form.statements.length),
            },
            {
              key: 'tallies',
              header: t('feedback.page.columns.tallies'),
              cell: (r) => t('feedback.page.tallyCount', { count: r.tallies }),
            },
            {
              key: 'actions',
              header: t('feedback.page.columns.actions'),
              cell: (r) => (
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="compact-md"
                    aria-haspopup="dialog"
                    aria-label={`${t('feedback.page.tally')}: ${summary(r.form)}`}
                    onClick={() => open({ kind: 'tally', form: r.form })}
                  >
                    {t('feedback.page.tally')}
                  </Button>
                  <Button
                    size="compact-md"
                    variant="default"
                    loading={printing === r.form.id}
                    aria-label={`${t('feedback.page.print')}: ${summary(r.form)}`}
                    onClick={() => void print(r.form)}
                  >
                    {t('feedback.page.print')}
                  </Button>
                  <Button
                    size="compact-md"
                    variant="subtle"
                    aria-haspopup="dialog"
                    aria-label={`${t('feedback.page.edit')}: ${summary(r.form)}`}
                    onClick={() => open({ kind: 'edit', form: r.form })}
                  >
                    {t('feedback.page.edit')}
                  </Button>
                  <Button
                    size="compact-md"
                    variant="subtle"
                    aria-label={`${t('feedback.records.removeForm')}: ${summary(r.form)}`}
                    onClick={() =>
                      void trash('feedbackForms', r.form.id, {
                        removed: t('feedback.records.removed', { what: summary(r.form) }),
                        restored: t('feedback.records.restored', { what: summary(r.form) }),
                        undo: t('feedback.records.undo'),
                      })
                    }
                  >
                    {t('feedback.records.removeForm')}
                  </Button>
                </Group>
              ),
            },
          ]}
        />
      )}
      <AppModal
        size="xl"
        opened={opened}
        onClose={() => setOpened(false)}
        onClosed={() => {
          setDialog(null);
          window.setTimeout(() => {
            const active = document.activeElement;
            if (!active || active === document.body || !active.isConnected)
              newButton.current?.focus();
          }, 0);
        }}
        title={
          dialog?.kind === 'tally'
            ? t('feedback.tally.title', { form: summary(dialog.form) })
            : t(dialog?.form ? 'feedback.page.editTitle' : 'feedback.page.newTitle')
        }
      >
        {dialog?.kind === 'edit' && (
          <FeedbackFormEditor
            key={dialog.form?.id ?? 'new'}
            form={dialog.form}
            activities={data.activities}
            onClose={() => setOpened(false)}
          />
        )}
        {dialog?.kind === 'tally' && (
          <FeedbackTallyForm
            key={dialog.form.id}
            form={dialog.form}
            onClose={() => setOpened(false)}
          />
        )}
      </AppModal>
    </Paper>
  );
}
