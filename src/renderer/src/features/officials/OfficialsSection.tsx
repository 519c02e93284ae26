import { Alert, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  liveOfficials,
  Repository,
  saveOfficialFields,
  type OfficialRow,
} from '../../../../core/db';
import { formatDate, todayIso } from '../../../../core/format';
import { inOfficeOn } from '../../../../core/officials';
import { isCalendarDate } from '../../../../core/schemas';
import { db } from '../../db';
import { AppModal } from '../../shared/AppModal';
import { notify, notifyWithUndo } from '../../shared/notify';
import { useLanguage } from '../../shared/useLanguage';
import { OfficialForm, type OfficialInput } from './OfficialForm';
import { DateField } from '../../shared/DateField';
import { errorReason } from '../../shared/errorReason';

type Dialog =
  | { kind: 'add' }
  | { kind: 'edit'; official: OfficialRow }
  | { kind: 'end'; official: OfficialRow };

const errorText = (e: unknown) => errorReason(e);

/**
 * Board and officials (Hallitus ja toimihenkilöt): who held which role in
 * which term. Add, edit, end a term, trash with undo. The annual summary and
 * the signature lines read these records.
 */
export function OfficialsSection() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const today = todayIso();
  const officials = useLiveQuery(() => liveOfficials(db), []);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [endOn, setEndOn] = useState(today);
  const [endError, setEndError] = useState<string>();
  const repo = new Repository(db, 'officials');

  const current = (officials ?? []).filter((o) => inOfficeOn(o, today) || o.termStart > today);
  const past = (officials ?? []).filter((o) => !current.includes(o));
  const roleOf = (o: OfficialRow) => t(`officials.roles.${o.role}`);
  const term = (o: OfficialRow) =>
    t('officials.termValue', {
      from: formatDate(o.termStart, lang),
      to: o.termEnd ? formatDate(o.termEnd, lang) : t('officials.running'),
    });

  const save = async (input: OfficialInput, existing?: OfficialRow) => {
    try {
      if (existing) {
        await saveOfficialFields(db, existing.id, input);
      } else {
        await repo.create(input);
      }
      setDialog(null);
      notify(t, { color: 'green', message: t('officials.saved') });
    } catch (error) {
      notify(t, { color: 'red', message: t('officials.failed', { reason: errorText(error) }) });
    }
  };

  const endTerm = async (o: OfficialRow) => {
    if (!isCalendarDate(endOn)) return setEndError(t('officials.form.badDate'));
    if (endOn < o.termStart) return setEndError(t('officials.form.endBeforeStart'));
    try {
      await repo.update(o.id, { termEnd: endOn });
      setDialog(null);
      notify(t, { color: 'green', message: t('officials.saved') });
    } catch (error) {
      notify(t, { color: 'red', message: t('officials.failed', { reason: errorText(error) }) });
    }
  };

  const trash = async (o: OfficialRow) => {
    await repo.softDelete(o.id);
    notifyWithUndo(t, {
      color: 'blue',
      message: t('officials.trashed'),
      undoLabel: t('officials.undo'),
      onUndo: async () => {
        await repo.restore(o.id);
        notify(t, { color: 'green', message: t('officials.restored') });
      },
    });
  };

  const rows = (list: OfficialRow[], running: boolean) => (
    <Table.ScrollContainer minWidth={560}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('officials.columns.role')}</Table.Th>
            <Table.Th scope="col">{t('officials.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('officials.columns.term')}</Table.Th>
            <Table.Th scope="col">{t('officials.columns.consent')}</Table.Th>
            <Table.Th scope="col">{t('officials.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.map((o) => {
            const labels = { name: o.displayName, role: roleOf(o) };
            return (
              <Table.Tr key={o.id}>
                <Table.Td>{roleOf(o)}</Table.Td>
                <Table.Td>{o.displayName}</Table.Td>
                <Table.Td>{term(o)}</Table.Td>
                <Table.Td>
                  {o.consentToPublishName ? t('officials.yes') : t('officials.no')}
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Button
                      size="compact-sm"
                      variant="outline"
                      aria-label={t('officials.edit', labels)}
                      onClick={() => setDialog({ kind: 'edit', official: o })}
                    >
                      {t('officials.editShort')}
                    </Button>
                    {running && !o.termEnd && (
                      <Button
                        size="compact-sm"
                        variant="outline"
                        aria-label={t('officials.endTerm', labels)}
                        onClick={() => {
                          setEndOn(today);
                          setEndError(undefined);
                          setDialog({ kind: 'end', official: o });
                        }}
                      >
                        {t('officials.endTermTitle')}
                      </Button>
                    )}
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      aria-label={t('officials.trash', labels)}
                      onClick={() => void trash(o)}
                    >
                      {t('officials.trashShort')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="settings-officials">
      <Title order={2} size="h3" id="settings-officials" mb="xs">
        {t('officials.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('officials.help')}
      </Text>
      {officials && officials.length === 0 && (
        <Alert color="gray" variant="light" mb="sm">
          {t('officials.profileFallback')}
        </Alert>
      )}
      <Stack gap="md">
        <Group>
          <Button onClick={() => setDialog({ kind: 'add' })}>{t('officials.add')}</Button>
        </Group>
        <Title order={3} size="h4">
          {t('officials.current')}
        </Title>
        {current.length ? rows(current, true) : <Text>{t('officials.none')}</Text>}
        <Title order={3} size="h4">
          {t('officials.past')}
        </Title>
        {past.length ? rows(past, false) : <Text>{t('officials.noPast')}</Text>}
      </Stack>

      <AppModal
        opened={dialog?.kind === 'add' || dialog?.kind === 'edit'}
        onClose={() => setDialog(null)}
        title={t(dialog?.kind === 'edit' ? 'officials.editTitle' : 'officials.addTitle')}
      >
        {(dialog?.kind === 'add' || dialog?.kind === 'edit') && (
          <OfficialForm
            key={dialog.kind === 'edit' ? dialog.official.id : 'new'}
            official={dialog.kind === 'edit' ? dialog.official : undefined}
            today={today}
            onCancel={() => setDialog(null)}
            onSubmit={(input) => save(input, dialog.kind === 'edit' ? dialog.official : undefined)}
          />
        )}
      </AppModal>
      <AppModal
        opened={dialog?.kind === 'end'}
        onClose={() => setDialog(null)}
        title={t('officials.endTermTitle')}
        size="sm"
      >
        {dialog?.kind === 'end' && (
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void endTerm(dialog.official);
            }}
          >
            <Stack gap="sm">
              <Text>
                {dialog.official.displayName}, {roleOf(dialog.official)}
              </Text>
              <DateField
                label={t('officials.endTermOn')}
                value={endOn}
                onChange={setEndOn}
                error={endError}
                data-autofocus
              />
              <Group>
                <Button type="submit">{t('officials.form.save')}</Button>
                <Button variant="default" onClick={() => setDialog(null)}>
                  {t('officials.form.cancel')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </AppModal>
    </Card>
  );
}
