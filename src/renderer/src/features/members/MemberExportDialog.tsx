import { Button, Checkbox, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  defaultMemberExportFields,
  memberExportFields,
  memberExportTable,
  membersCsv,
  membersExportFileName,
  membersXlsx,
  type MemberExportField,
} from '../../../../core/export';
import { todayIso } from '../../../../core/format';
import type { Person } from '../../../../core/schemas';
import { saveFile } from '../../platform';
import { AppModal } from '../../shared/AppModal';
import { useLanguage } from '../../shared/useLanguage';
import { notify } from '../../shared/notify';
import { errorReason } from '../../shared/errorReason';

const isField = (value: string): value is MemberExportField =>
  (memberExportFields as readonly string[]).includes(value);

/**
 * Export the people shown on the members page to a CSV or Excel file, with a
 * choice of fields. Every opening starts again from the minimal fields (name and home
 * municipality), so more personal data is only exported on purpose.
 */
export function MemberExportDialog({
  opened,
  onClose,
  people,
}: {
  opened: boolean;
  onClose: () => void;
  people: Person[];
}) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('memberRegister.export.title')}>
      {/* Mounted only while open, so the field choice resets each time. */}
      {opened && <ExportForm people={people} onDone={onClose} />}
    </AppModal>
  );
}

function ExportForm({ people, onDone }: { people: Person[]; onDone: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [fields, setFields] = useState<MemberExportField[]>([...defaultMemberExportFields]);
  const [saving, setSaving] = useState<'csv' | 'xlsx' | null>(null);

  const save = async (format: 'csv' | 'xlsx') => {
    setSaving(format);
    try {
      const table = memberExportTable(people, fields, lang);
      const name = membersExportFileName(t('memberRegister.title'), todayIso(), format);
      const result =
        format === 'csv'
          ? await saveFile(
              name,
              membersCsv(table),
              [{ name: t('memberRegister.export.csvFilter'), extensions: ['csv'] }],
              'text/csv;charset=utf-8',
            )
          : await saveFile(
              name,
              await membersXlsx(table, t('memberRegister.title')),
              [{ name: t('memberRegister.export.xlsxFilter'), extensions: ['xlsx'] }],
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            );
      if (result.saved) {
        notify(t, {
          color: 'green',
          message: t('memberRegister.export.saved', { name: result.name }),
        });
        onDone();
      }
    } catch (error) {
      notify(t, {
        color: 'red',
        title: t('ui.common.error'),
        message: t('memberRegister.export.failed', {
          reason: errorReason(error),
        }),
      });
    } finally {
      setSaving(null);
    }
  };

  return (
    <Stack>
      <Text>
        {people.length
          ? t('memberRegister.export.intro', { count: people.length })
          : t('memberRegister.export.nobody')}
      </Text>
      <Checkbox.Group
        value={fields}
        onChange={(values) => setFields(values.filter(isField))}
        label={t('memberRegister.export.fieldsLabel')}
        description={t('memberRegister.export.fieldsHelp')}
        error={fields.length === 0 ? t('memberRegister.export.noFields') : undefined}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
          {memberExportFields.map((field) => (
            <Checkbox
              key={field}
              value={field}
              size="md"
              label={t(`memberRegister.fields.${field}`)}
            />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Group justify="flex-end">
        <Button variant="default" size="md" onClick={onDone}>
          {t('ui.common.cancel')}
        </Button>
        {(['csv', 'xlsx'] as const).map((format) => (
          <Button
            key={format}
            size="md"
            onClick={() => void save(format)}
            loading={saving === format}
            disabled={fields.length === 0 || people.length === 0 || saving !== null}
          >
            {t(`memberRegister.export.${format}`)}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
