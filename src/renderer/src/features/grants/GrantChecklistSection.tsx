import { Checkbox, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Repository, type GrantPageData } from '../../../../core/db';
import { todayIso } from '../../../../core/format';
import type { GrantChecklistItem } from '../../../../core/schemas';
import { db } from '../../db';
import { GrantSection } from './GrantSection';
import { useGrantPageText } from './useGrantPageText';

type Props = Pick<GrantPageData, 'checklist' | 'attachments'>;

/** The reporting checklist: tick an item done (dated today), link it to an attachment. */
export function GrantChecklistSection({ checklist, attachments }: Props) {
  const { t } = useTranslation();
  const { date } = useGrantPageText();
  const linkAttachment = async (item: GrantChecklistItem, attachmentId: string) => {
    await new Repository(db, 'grantChecklistItems').update(item.id, {
      attachmentId: attachmentId || undefined,
    });
  };
  const tick = async (item: GrantChecklistItem, done: boolean) => {
    await new Repository(db, 'grantChecklistItems').update(item.id, {
      done,
      doneOn: done ? todayIso() : undefined,
    });
  };
  return (
    <GrantSection title={t('grantsPage.checklist.title')} id="grant-checklist-title">
      {checklist.length === 0 ? (
        <Text>{t('grantsPage.checklist.empty')}</Text>
      ) : (
        <Stack gap="xs">
          {checklist.map((item) => (
            <Group key={item.id} justify="space-between" wrap="wrap" gap="sm">
              <Checkbox
                checked={item.done}
                onChange={(e) => void tick(item, e.currentTarget.checked)}
                label={
                  item.done && item.doneOn
                    ? `${item.label} (${t('grantsPage.checklist.doneOn', { date: date(item.doneOn) })})`
                    : item.label
                }
              />
              {attachments.length > 0 && (
                <NativeSelect
                  aria-label={t('grantsPage.checklist.attachment', { item: item.label })}
                  value={item.attachmentId ?? ''}
                  onChange={(e) => void linkAttachment(item, e.currentTarget.value)}
                  data={[
                    { value: '', label: t('grantsPage.checklist.noAttachment') },
                    ...attachments.map((a) => ({ value: a.id, label: a.name })),
                  ]}
                />
              )}
            </Group>
          ))}
        </Stack>
      )}
    </GrantSection>
  );
}
