import { Button, Paper, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Repository, trashedPeopleWithRetention } from '../../../../core/db';
import { formatDate, todayIso } from '../../../../core/format';
import type { Person } from '../../../../core/schemas';
import { db } from '../../db';
import { useLanguage } from '../../shared/useLanguage';
import { notify } from '../../shared/notify';
import { errorReason } from '../../shared/errorReason';

/**
 * The people moved to the trash, newest first, each with a button that puts
 * them back with everything that was theirs. Nothing is removed for good here:
 * a person is only erased by anonymising them on their own page.
 */
export function MembersTrash() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [open, setOpen] = useState(false);
  const today = todayIso();
  const data = useLiveQuery(() => trashedPeopleWithRetention(db, today), [today]);
  if (!data || data.people.length === 0) return null;
  const trashed = data.people;

  const restore = async (person: Person) => {
    try {
      await new Repository(db, 'people').restore(person.id);
      notify(t, {
        color: 'teal',
        message: t('memberRegister.trash.restored', { name: person.fullName }),
      });
      // The button is gone with its row: the heading of the trash keeps the place, or,
      // when that was the last person in it and the trash part goes too, the page's content.
      document.getElementById(trashed.length > 1 ? 'members-trash' : 'main')?.focus();
    } catch (error) {
      notify(t, {
        color: 'red',
        title: t('ui.common.error'),
        message: t('memberRegister.trash.failed', {
          reason: errorReason(error),
        }),
      });
    }
  };

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      mt="xl"
      component="section"
      aria-labelledby="members-trash"
    >
      <Title order={2} size="h3" id="members-trash" tabIndex={-1} mb="xs">
        {t('memberRegister.trash.title', { count: trashed.length })}
      </Title>
      <Text mb="sm">{t('memberRegister.trash.intro')}</Text>
      <Button
        variant="default"
        size="md"
        aria-expanded={open}
        aria-controls="members-trash-list"
        onClick={() => setOpen((o) => !o)}
      >
        {open ? t('memberRegister.trash.hide') : t('memberRegister.trash.show')}
      </Button>
      {open && (
        <Table.ScrollContainer minWidth={560} mt="md" id="members-trash-list">
          <Table striped>
            <caption className="visually-hidden">
              {t('memberRegister.trash.title', { count: trashed.length })}
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('ui.members.fullName')}</Table.Th>
                <Table.Th scope="col">{t('ui.members.homeMunicipality')}</Table.Th>
                <Table.Th scope="col">{t('memberRegister.trash.deletedOn')}</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">{t('memberRegister.trash.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {trashed.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    {p.fullName}
                    {data.pastRetention.has(p.id) && (
                      <Text size="sm" c="dimmed">
                        {t('memberRegister.trash.pastRetention')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{p.homeMunicipality}</Table.Td>
                  <Table.Td>{formatDate(todayIso(new Date(p.deletedAt!)), lang)}</Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-md"
                      variant="default"
                      aria-label={t('memberRegister.trash.restoreFor', { name: p.fullName })}
                      onClick={() => void restore(p)}
                    >
                      {t('memberRegister.trash.restore')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
