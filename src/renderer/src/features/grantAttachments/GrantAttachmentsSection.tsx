import { Alert, Button, FileButton, Group, NativeSelect, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addAttachment,
  attachmentBytes,
  attachmentsOfGrant,
  restoreAttachment,
  trashAttachment,
} from '../../../../core/db';
import { formatDate, todayIso } from '../../../../core/format';
import {
  attachmentAccept,
  checkAttachment,
  formatAttachmentError,
  formatFileSize,
  MAX_ATTACHMENT_BYTES,
} from '../../../../core/grants';
import {
  attachmentKinds,
  type AttachmentKind,
  type AttachmentMeta,
} from '../../../../core/schemas';
import { db } from '../../db';
import { readPickedFile, saveFile } from '../../platform';
import { notify, notifyWithUndo } from '../../shared/notify';
import { useLanguage } from '../../shared/useLanguage';
import { errorReason } from '../../shared/errorReason';
import { Loading } from '../../shared/Loading';

const extensionOf = (name: string) => /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();

/**
 * A grant's attachments (decision letter, application, receipts, minutes):
 * the list, "Add attachment…" with its kind, "Save a copy" of each (the bytes
 * are read only then) and trash with undo. A file over the size limit or of a
 * type that cannot be opened is refused with the reason, saving nothing.
 */
export function GrantAttachmentsSection({
  grantId,
  headingOrder = 2,
}: {
  grantId: string;
  /** The level of the section's heading on the page that shows it. */
  headingOrder?: 2 | 3 | 4;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const headingId = useId();
  const attachments = useLiveQuery(() => attachmentsOfGrant(db, grantId), [grantId]);
  const [kind, setKind] = useState<AttachmentKind>('receipt');
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const resetInput = useRef<() => void>(null);
  const maxMb = MAX_ATTACHMENT_BYTES / (1024 * 1024);

  const add = async (file: File | null) => {
    resetInput.current?.();
    if (!file) return;
    setError(null);
    // Checked before the bytes are read: a file far over the limit is not loaded at all.
    const checked = checkAttachment({ name: file.name, mimeType: file.type, size: file.size });
    if (!checked.ok) {
      setError(formatAttachmentError(checked, lang));
      return;
    }
    setAdding(true);
    try {
      const picked = await readPickedFile(file);
      const result = await addAttachment(
        db,
        grantId,
        { name: picked.name, mimeType: file.type, bytes: picked.data },
        kind,
      );
      if (!result.ok) {
        setError(formatAttachmentError(result, lang));
        return;
      }
      notify(t, {
        color: 'teal',
        message: t('grantImport.attachments.added', { name: result.attachment.name }),
      });
    } catch (e) {
      setError(
        t('grantImport.dialog.unexpectedReadError', {
          file: file.name,
          reason: errorReason(e),
        }),
      );
    } finally {
      setAdding(false);
    }
  };

  const saveCopy = async (a: AttachmentMeta) => {
    try {
      const stored = await attachmentBytes(db, a.id);
      if (!stored) {
        notify(t, { color: 'red', message: t('grantImport.attachments.notFound') });
        return;
      }
      const ext = extensionOf(stored.name);
      await saveFile(
        stored.name,
        stored.bytes,
        ext ? [{ name: t(`grants.attachmentKinds.${a.kind ?? 'other'}`), extensions: [ext] }] : [],
        stored.mimeType,
      );
    } catch (e) {
      notify(t, {
        color: 'red',
        autoClose: false,
        message: t('grantImport.attachments.saveFailed', {
          reason: errorReason(e),
        }),
      });
    }
  };

  const trash = async (a: AttachmentMeta) => {
    await trashAttachment(db, a.id);
    notifyWithUndo(t, {
      id: `attachment-trashed-${a.id}`,
      color: 'orange',
      message: t('grantImport.attachments.trashed', { name: a.name }),
      undoLabel: t('grantImport.attachments.undo'),
      onUndo: async (id) => {
        await restoreAttachment(db, a.id);
        notify(t, {
          id,
          color: 'teal',
          message: t('grantImport.attachments.restored', { name: a.name }),
        });
      },
    });
  };

  return (
    <section aria-labelledby={headingId}>
      <Title order={headingOrder} size="h3" id={headingId} mb="sm">
        {t('grantImport.attachments.title')}
      </Title>
      {attachments === undefined ? (
        <Loading />
      ) : attachments.length === 0 ? (
        <Text mb="md">{t('grantImport.attachments.none')}</Text>
      ) : (
        <Table striped withTableBorder mb="md">
          <Table.Caption className="visually-hidden">
            {t('grantImport.attachments.title')}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('grantImport.attachments.columns.name')}</Table.Th>
              <Table.Th scope="col">{t('grantImport.attachments.columns.kind')}</Table.Th>
              <Table.Th scope="col" style={{ textAlign: 'right' }}>
                {t('grantImport.attachments.columns.size')}
              </Table.Th>
              <Table.Th scope="col">{t('grantImport.attachments.columns.added')}</Table.Th>
              <Table.Th scope="col">{t('grantImport.attachments.columns.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {attachments.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Th scope="row" fw={500}>
                  {a.name}
                </Table.Th>
                <Table.Td>{t(`grants.attachmentKinds.${a.kind ?? 'other'}`)}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>
                  {a.size !== undefined ? formatFileSize(a.size, lang) : t('ui.common.none')}
                </Table.Td>
                <Table.Td>
                  {a.addedAt
                    ? formatDate(todayIso(new Date(a.addedAt)), lang)
                    : t('ui.common.none')}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="compact-md"
                      variant="default"
                      aria-label={t('grantImport.attachments.saveCopyOf', { name: a.name })}
                      onClick={() => void saveCopy(a)}
                    >
                      {t('grantImport.attachments.saveCopy')}
                    </Button>
                    <Button
                      size="compact-md"
                      variant="subtle"
                      color="red"
                      aria-label={t('grantImport.attachments.trashOf', { name: a.name })}
                      onClick={() => void trash(a)}
                    >
                      {t('grantImport.attachments.trash')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group align="flex-end">
        <NativeSelect
          size="md"
          label={t('grantImport.attachments.kind')}
          data={attachmentKinds.map((k) => ({ value: k, label: t(`grants.attachmentKinds.${k}`) }))}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as AttachmentKind)}
        />
        <FileButton
          accept={attachmentAccept}
          resetRef={resetInput}
          onChange={(f) => void add(f)}
          inputProps={{ 'aria-label': t('grantImport.attachments.fileInputLabel') }}
        >
          {(props) => (
            <Button size="md" loading={adding} {...props}>
              {t('grantImport.attachments.add')}
            </Button>
          )}
        </FileButton>
      </Group>
      <Text size="sm" mt="xs" c="dimmed">
        {t('grantImport.attachments.limitHelp', { maxMb })}
      </Text>
      {error && (
        <Alert color="red" title={t('grantImport.attachments.addFailedTitle')} mt="md" role="alert">
          {error}
        </Alert>
      )}
    </section>
  );
}
