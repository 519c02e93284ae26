import { Button, Checkbox, Group, Radio, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { officialCandidates, type OfficialRow } from '../../../../core/db';
import {
  isCalendarDate,
  officialRoles,
  type OfficialRole,
  type Person,
} from '../../../../core/schemas';
import { db } from '../../db';
import { DateField } from '../../shared/DateField';

/** What the form hands back: the fields of one official term. */
export type OfficialInput = {
  personId?: string;
  name?: string;
  role: OfficialRole;
  termStart: string;
  termEnd?: string;
  consentToPublishName: boolean;
  note?: string;
};

type Errors = Partial<Record<'who' | 'termStart' | 'termEnd', string>>;

/**
 * Add or edit one official term: a person from the register (searched by
 * name) or someone outside it, the role, the term and the consent to print
 * the name. Checked here in the user's language before anything is saved.
 */
export function OfficialForm({
  official,
  today,
  onSubmit,
  onCancel,
}: {
  official?: OfficialRow;
  today: string;
  onSubmit: (input: OfficialInput) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [who, setWho] = useState<'member' | 'outsider'>(
    official && !official.personId ? 'outsider' : 'member',
  );
  const [person, setPerson] = useState<Person | undefined>(official?.person);
  const [search, setSearch] = useState(official?.person?.fullName ?? '');
  const [name, setName] = useState(official?.name ?? '');
  const [role, setRole] = useState<OfficialRole>(official?.role ?? 'boardMember');
  const [termStart, setTermStart] = useState(official?.termStart ?? today);
  const [termEnd, setTermEnd] = useState(official?.termEnd ?? '');
  const [consent, setConsent] = useState(official?.consentToPublishName ?? false);
  const [note, setNote] = useState(official?.note ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);

  // The matches of what is typed, read through the people query; the chosen one stays listed.
  const query = person && search === person.fullName ? '' : search;
  const candidates = useLiveQuery(() => officialCandidates(db, query), [query]) ?? [];
  const options = [...(person ? [person] : []), ...candidates.filter((p) => p.id !== person?.id)];

  const submit = async () => {
    const found: Errors = {};
    if (who === 'member' ? !person : !name.trim()) found.who = t('officials.form.needPerson');
    if (!isCalendarDate(termStart)) found.termStart = t('officials.form.badDate');
    if (termEnd && !isCalendarDate(termEnd)) found.termEnd = t('officials.form.badDate');
    else if (termEnd && isCalendarDate(termStart) && termEnd < termStart) {
      found.termEnd = t('officials.form.endBeforeStart');
    }
    setErrors(found);
    if (Object.keys(found).length) return;
    setSaving(true);
    try {
      await onSubmit({
        ...(who === 'member' ? { personId: person!.id } : { name: name.trim() }),
        role,
        termStart,
        ...(termEnd ? { termEnd } : {}),
        consentToPublishName: consent,
        ...(note.trim() ? { note: note.trim() } : {}),
      });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        <Radio.Group
          label={t('officials.form.who')}
          value={who}
          onChange={(v) => setWho(v as 'member' | 'outsider')}
        >
          <Group gap="md" mt={4}>
            <Radio value="member" label={t('officials.form.member')} />
            <Radio value="outsider" label={t('officials.form.outsider')} />
          </Group>
        </Radio.Group>
        {who === 'member' ? (
          <Select
            label={t('officials.form.whoChoice')}
            description={t('officials.form.memberHelp')}
            searchable
            required
            searchValue={search}
            onSearchChange={setSearch}
            // The people query already matched the words; Mantine must not filter again.
            filter={({ options: all }) => all}
            value={person?.id ?? null}
            onChange={(id) => {
              const chosen = options.find((p) => p.id === id);
              setPerson(chosen);
              // A new choice starts from the person's own consent in the register.
              if (chosen && chosen.id !== official?.personId) {
                setConsent(chosen.consents.nameInPublicMaterials === true);
              }
            }}
            data={options.map((p) => ({
              value: p.id,
              label: `${p.fullName} (${p.homeMunicipality})`,
            }))}
            nothingFoundMessage={t('officials.form.noMatches')}
            error={errors.who}
          />
        ) : (
          <TextInput
            label={t('officials.form.name')}
            description={t('officials.form.nameHelp')}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.who}
          />
        )}
        <Select
          label={t('officials.form.role')}
          allowDeselect={false}
          value={role}
          onChange={(v) => v && setRole(v as OfficialRole)}
          data={officialRoles.map((r) => ({ value: r, label: t(`officials.roles.${r}`) }))}
        />
        <Group grow align="start">
          <DateField
            label={t('officials.form.termStart')}
            required
            value={termStart}
            onChange={setTermStart}
            error={errors.termStart}
          />
          <DateField
            label={t('officials.form.termEnd')}
            value={termEnd}
            onChange={setTermEnd}
            error={errors.termEnd}
          />
        </Group>
        <Checkbox
          label={t('officials.form.consent')}
          description={t('officials.form.consentHelp')}
          checked={consent}
          onChange={(e) => setConsent(e.currentTarget.checked)}
        />
        <Textarea
          label={t('officials.form.note')}
          autosize
          minRows={1}
          maxRows={4}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Group mt="sm">
          <Button type="submit" loading={saving}>
            {t('officials.form.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('officials.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
