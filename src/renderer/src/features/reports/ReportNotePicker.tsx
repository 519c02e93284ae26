import { Checkbox, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Period } from '../../../../core/figures';
import { formatDate } from '../../../../core/format';
import { reportNoteOptions, type ReportKind } from '../../../../core/reports';
import type { ImpactNote } from '../../../../core/schemas';
import { useLanguage } from '../../shared/useLanguage';

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

/** The impact notes the report may print, to tick; the period's others, with why not. */
export function ReportNotePicker({ notes, period, kind, noteIds, autoNoteIds, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const options = reportNoteOptions(notes, period, kind);
  const offered = options.filter((o) => !o.blockedBy).map((o) => o.note);
  const blocked = options.filter((o) => !!o.blockedBy);
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
          <Checkbox.Group
            value={noteIds ?? autoNoteIds}
            onChange={(ids) => onChange(ids.length ? ids : undefined)}
            label={t('reportsPage.notes')}
            labelProps={{ className: 'visually-hidden' }}
          >
            <Stack gap={6}>
              {offered.map((n) => (
                <Checkbox key={n.id} value={n.id} label={noteLabel(n)} />
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
                  —{' '}
                  {t(
                    blockedBy === 'noConsent'
                      ? 'impactPage.picker.blockedNoConsent'
                      : 'impactPage.picker.blockedNotForReport',
                  )}
                </Text>
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Paper>
  );
}
