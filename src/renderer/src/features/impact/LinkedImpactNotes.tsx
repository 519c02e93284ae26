import { Anchor, Badge, Button, Group, List, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { impactFormChoices, impactNotesLinkedTo } from '../../../../core/db';
import { formatDate } from '../../../../core/format';
import type { ImpactNote } from '../../../../core/schemas';
import { db } from '../../db';
import { AppModal } from '../../shared/AppModal';
import { useLanguage } from '../../shared/useLanguage';
import { ImpactNoteForm } from './ImpactNoteForm';
import { NoteConsent } from './NoteConsent';
import { useNoteTrash } from './useNoteTrash';

/**
 * The impact notes linked to one grant (or activity), with "Add impact
 * note": what a grant page shows of them. Editing happens in the same dialog
 * as on the Impact page.
 */
export function LinkedImpactNotes({ link }: { link: { activityId?: string; grantId?: string } }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const key = JSON.stringify(link);
  const notes = useLiveQuery(() => impactNotesLinkedTo(db, link), [key]);
  // What the form offers (activities, grants, themes): read only while it is open.
  const [editing, setEditing] = useState<{ note?: ImpactNote } | null>(null);
  const [opened, setOpened] = useState(false);
  const formData = useLiveQuery(
    () => (editing ? impactFormChoices(db) : undefined),
    [editing !== null],
  );
  const trash = useNoteTrash();
  if (!notes) return null;
  const open = (note?: ImpactNote) => {
    setEditing({ note });
    setOpened(true);
  };
  const query = new URLSearchParams(
    link.grantId ? { grant: link.grantId } : { activity: link.activityId ?? '' },
  ).toString();
  return (
    <>
      {notes.length === 0 ? (
        <Text mb="sm">{t('impactPage.linked.none')}</Text>
      ) : (
        <List spacing="xs" mb="sm" listStyleType="none" pl={0}>
          {notes.map((n) => (
            <List.Item key={n.id}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Button
                  size="compact-md"
                  variant="subtle"
                  aria-haspopup="dialog"
                  aria-label={`${t('impactPage.edit')}: ${formatDate(n.date, lang)} · ${t(`ui.impact.types.${n.type}`)}`}
                  onClick={() => open(n)}
                >
                  {t('impactPage.edit')}
                </Button>
                <div>
                  <Text size="sm">
                    {formatDate(n.date, lang)} · {t(`ui.impact.types.${n.type}`)}
                    {n.highlight && (
                      <Badge ml="xs" color="violet.9" variant="filled" size="sm">
                        {t('impactPage.highlight')}
                      </Badge>
                    )}
                  </Text>
                  <Text size="sm">{n.text}</Text>
                  <NoteConsent note={n} />
                </div>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <Group>
        <Button variant="outline" aria-haspopup="dialog" onClick={() => open()}>
          {t('impactPage.linked.add')}
        </Button>
        <Anchor component={Link} to={`/impact?${query}`}>
          {t('impactPage.linked.showAll')}
        </Anchor>
      </Group>
      <AppModal
        size="xl"
        opened={opened && !!formData}
        onClose={() => setOpened(false)}
        onClosed={() => setEditing(null)}
        title={t(editing?.note ? 'impactPage.editTitle' : 'impactPage.newTitle')}
      >
        {editing && formData && (
          <ImpactNoteForm
            key={editing.note?.id ?? 'new'}
            note={editing.note}
            preset={link}
            activities={formData.activities}
            grants={formData.grants}
            themes={formData.themes}
            onClose={() => setOpened(false)}
            onDelete={(n) => {
              setOpened(false);
              void trash(n);
            }}
          />
        )}
      </AppModal>
    </>
  );
}
