import { Button, Paper, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { feedbackRecords } from '../../../../core/db';
import { formatDate, formatInteger } from '../../../../core/format';
import { statementText, tallyAnswers } from '../../../../core/impact';
import type { TableName } from '../../../../core/schemas';
import { db } from '../../db';
import { PagedTable } from '../../shared/PagedTable';
import { useLanguage } from '../../shared/useLanguage';
import { useRecordTrash } from './useRecordTrash';
import { Loading } from '../../shared/Loading';

type Row = {
  key: string;
  table: TableName;
  id: string;
  what: string;
  from: string;
  to: string;
  result: string;
};

/**
 * Every tally and indicator value recorded, newest first, each with a button
 * that moves it to the trash (with undo): a mistyped count is put right by
 * removing it and entering the right one.
 */
export function FeedbackRecordsSection({
  activityName,
}: {
  activityName: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const trash = useRecordTrash();
  const data = useLiveQuery(() => feedbackRecords(db), []);
  if (!data) return <Loading />;
  const period = (r: Pick<Row, 'from' | 'to'>) =>
    r.from === r.to
      ? formatDate(r.to, lang)
      : `${formatDate(r.from, lang)}–${formatDate(r.to, lang)}`;
  const rows: Row[] = [
    ...data.tallies.map(({ tally, form }) => ({
      key: `t-${tally.id}`,
      table: 'feedbackTallies' as const,
      id: tally.id,
      what: t('feedback.records.tallyOf', {
        form: form
          ? `${activityName.get(form.activityId) ?? '?'}, ${t(`feedback.perspectives.${form.perspective}`)}${
              form.statements[0] ? ` (${statementText(form.statements[0], lang)} …)` : ''
            }`
          : '?',
      }),
      from: tally.from,
      to: tally.to,
      result: t('feedback.records.answers', { count: tallyAnswers(tally) }),
    })),
    ...data.values.map((v) => ({
      key: `v-${v.id}`,
      table: 'indicatorValues' as const,
      id: v.id,
      what: v.activityId ? `${v.name} (${activityName.get(v.activityId) ?? '?'})` : v.name,
      from: v.from,
      to: v.to,
      result:
        v.before !== undefined
          ? `${formatInteger(v.before, lang)} → ${formatInteger(v.value, lang)}`
          : formatInteger(v.value, lang),
    })),
  ].sort((a, b) => b.to.localeCompare(a.to));

  return (
    <Paper component="section" aria-labelledby="feedback-records" withBorder p="md" mb="md">
      <Title order={2} size="h4" id="feedback-records" mb="xs">
        {t('feedback.records.heading')}
      </Title>
      <Text maw={720} mb="sm">
        {t('feedback.records.intro')}
      </Text>
      {rows.length === 0 ? (
        <Text>{t('feedback.records.none')}</Text>
      ) : (
        <PagedTable
          caption={t('feedback.records.heading')}
          rows={rows}
          rowKey={(r) => r.key}
          columns={[
            { key: 'what', header: t('feedback.records.what'), cell: (r) => r.what },
            { key: 'period', header: t('feedback.records.period'), cell: period },
            { key: 'result', header: t('feedback.records.result'), cell: (r) => r.result },
            {
              key: 'action',
              header: t('feedback.records.action'),
              cell: (r) => (
                <Button
                  size="compact-md"
                  variant="subtle"
                  aria-label={t('feedback.records.removeFor', { what: r.what, period: period(r) })}
                  onClick={() =>
                    void trash(r.table, r.id, {
                      removed: t('feedback.records.removed', { what: r.what }),
                      restored: t('feedback.records.restored', { what: r.what }),
                      undo: t('feedback.records.undo'),
                    })
                  }
                >
                  {t('feedback.records.remove')}
                </Button>
              ),
            },
          ]}
        />
      )}
    </Paper>
  );
}
