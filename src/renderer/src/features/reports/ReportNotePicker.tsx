import { Checkbox, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Period } from '../../../../core/figures';
import { formatDate } from '../../../../core/format';
import { reportNoteCandidates, reportNoteRules } from '../../../../core/impact';
import type { ReportKind } from '../../../../core/reports';
import type { ImpactNote } from '../../../../core/schemas';
import { useLanguage } from '../../shared/useLanguage';

/** The words for why a listed note cannot be chosen. */
const blockReason = {
  noConsent: 'impactPage.picker.blockedNoConsent',
  notForReport: 'impactPage.picker.blockedNotForReport',
  duplicate: 'impactPage.picker.blockedDuplicate',
} as const;

type Props = {
  notes: ImpactNote[];
  period: Period;
  kind: ReportKind;
  /** The notes the user ticked; undefined while the report chooses them itself. */
  noteIds: string[] | undefined;
  /** The notes the report chose itself, ticked while the user has not chosen. */
  autoNoteIds: string[];
  onChange: (ids: string[] | undefined) => void;
};

/**
 * The impact notes the report prints when ticked, to tick (no more than it has
 * room for); the period's others, with why not.
 */
export function ReportNotePicker({ notes, period, kind, noteIds, autoNoteIds, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  // Only what the report prints when chosen, by the report's own rule (core/impact).
  const options = reportNoteCandidates(notes, period, kind);
  const { max } = reportNoteRules[kind];
  const offered = options.filter((o) => !o.blockedBy).map((o) => o.note);
  const blocked = options.flatMap((o) => (o.blockedBy ? [{ ...o, blockedBy: o.blockedBy }] : []));
  const ticked = noteIds ?? autoNoteIds;
  const noteLabel = (n: ImpactNote) =>
    `${formatDate(n.date, lang)} · ${t(`ui.impact.types.${n.type}`)}${n.highlight ? ` (${t('impactPage.picker.highlight')})` : ''}: ${n.text.length > 120 ? `${n.text.slice(0, 117)}…` : n.text}`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="report-notes">
      <Title order={2} size="h3" id="report-notes" mb="xs">
        {t('reportsPage.notes')}
      </Title>
      <Text size="sm" mb="sm">
        {t('reportsPage.notesHelp')}
      </Text>
      {offered.length === 0 ? (
        <Text>{t('reportsPage.noNotes')}</Text>
      ) : (
        <>
          {!noteIds && (
            <Text size="sm" mb="xs" fs="italic">
              {t('reportsPage.notesAuto')}
            </Text>
          )}
          <Text size="sm" mb="xs">
            {t('reportsPage.notesMax', { count: max })}
          </Text>
          <Checkbox.Group
            value={ticked}
            onChange={(ids) => onChange(ids.length ? ids : undefined)}
            label={t('reportsPage.notes')}
            labelProps={{ className: 'visually-hidden' }}
          >
            <Stack gap={6}>
              {offered.map((n) => (
                <Checkbox
                  key={n.id}
                  value={n.id}
                  label={noteLabel(n)}
                  // Full: another can be ticked once one is unticked.
                  disabled={ticked.length >= max && !ticked.includes(n.id)}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        </>
      )}
      {blocked.length > 0 && (
        <>
          <Title order={3} size="h5" mt="md" mb={4} id="report-notes-blocked">
            {t('impactPage.picker.blockedHeading')}
          </Title>
          <List size="sm" spacing={4} aria-labelledby="report-notes-blocked">
            {blocked.map(({ note, blockedBy }) => (
              <List.Item key={note.id}>
                {noteLabel(note)}{' '}
                <Text span size="sm" fw={700} c="var(--mantine-color-error)">
                  — {t(blockReason[blockedBy])}
                </Text>
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Paper>
  );
}
