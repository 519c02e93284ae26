import { Anchor, Button, Group, Select, Text, TextInput } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, todayIso } from '../../../../core/format';
import {
  memberFilterCounts,
  memberFilterKinds,
  memberView,
  type MemberFilter,
  type MemberFilterKind,
  type MemberSort,
} from '../../../../core/people';
import { membershipTypes, type MembershipType } from '../../../../core/schemas';
import { memberGroupData } from '../../../../core/db';
import { db } from '../../db';
import { PageTitle } from '../../shared/PageTitle';
import { useLanguage } from '../../shared/useLanguage';
import { VirtualTable } from '../../shared/VirtualTable';
import { MemberExportDialog } from './MemberExportDialog';
import { MemberListButton } from './MemberListButton';
import { MembersTrash } from './MembersTrash';
import { PersonEditForm } from '../person/PersonEditForm';
import { AppModal } from '../../shared/AppModal';
import { Loading } from '../../shared/Loading';

type PaidType = Exclude<MembershipType, 'none'>;
const paidTypes = membershipTypes.filter((m): m is PaidType => m !== 'none');

const sortOptionNames = [
  'nameAsc',
  'nameDesc',
  'municipalityAsc',
  'municipalityDesc',
  'joinedDesc',
  'joinedAsc',
] as const;
type SortOption = (typeof sortOptionNames)[number];
const sortOptions: Record<SortOption, MemberSort> = {
  nameAsc: { key: 'name', direction: 'asc' },
  nameDesc: { key: 'name', direction: 'desc' },
  municipalityAsc: { key: 'municipality', direction: 'asc' },
  municipalityDesc: { key: 'municipality', direction: 'desc' },
  joinedDesc: { key: 'joined', direction: 'desc' },
  joinedAsc: { key: 'joined', direction: 'asc' },
};
const isSortOption = (v: string | null): v is SortOption =>
  (sortOptionNames as readonly (string | null)[]).includes(v);
const isFilterKind = (v: string | null): v is MemberFilterKind =>
  (memberFilterKinds as readonly (string | null)[]).includes(v);
const isPaidType = (v: string | null): v is PaidType =>
  (paidTypes as readonly (string | null)[]).includes(v);

/**
 * Everyone the association knows, members and volunteers: narrowed to a group
 * and by a search, sorted, exported to a spreadsheet, and the statutory list.
 */
export function MembersPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [kind, setKind] = useState<MemberFilterKind>('everyone');
  const [membershipType, setMembershipType] = useState<PaidType>('regular');
  const [sort, setSort] = useState<SortOption>('nameAsc');
  const [exporting, setExporting] = useState(false);
  const [adding, setAdding] = useState(false);
  const navigate = useNavigate();
  const today = todayIso();
  // Only what the groups read: the people, the profile, the unpaid fees and who logged hours when.
  const data = useLiveQuery(() => memberGroupData(db, today), [today]);
  // With 10 000 people the counts take a few hundred milliseconds: only when the data
  // change, not on every keystroke. The list is worked out again only for the deferred
  // search text, so typing stays quick.
  const counts = useMemo(() => data && memberFilterCounts(data, today), [data, today]);
  const shown = useMemo(() => {
    if (!data) return [];
    const filter: MemberFilter = kind === 'membershipType' ? { kind, membershipType } : { kind };
    return memberView(data, { filter, query: deferredQuery, sort: sortOptions[sort] }, today, lang);
  }, [data, kind, membershipType, sort, deferredQuery, today, lang]);
  if (!data || !counts) return <Loading />;

  const filterLabel = (k: MemberFilterKind) =>
    k === 'membershipType'
      ? t('memberRegister.filter.membershipType')
      : t(`memberRegister.filter.${k}`, { count: counts[k] });

  return (
    <>
      <PageTitle>{t('ui.members.title')}</PageTitle>
      <Text mb="md">
        {t('ui.members.count', {
          membersText: t('ui.members.membersCount', { count: counts.members }),
          peopleText: t('ui.members.peopleCount', { count: counts.everyone }),
        })}
      </Text>

      <Group
        component="section"
        aria-label={t('memberRegister.tools')}
        mb="lg"
        gap="sm"
        align="center"
      >
        <Button size="md" aria-haspopup="dialog" onClick={() => setAdding(true)}>
          {t('memberRegister.create.button')}
        </Button>
        <Button
          size="md"
          variant="default"
          aria-haspopup="dialog"
          onClick={() => setExporting(true)}
        >
          {t('memberRegister.export.button')}
        </Button>
        <MemberListButton data={data} />
        <Button size="md" variant="default" component={Link} to="/members/import">
          {t('memberImport.title')}
        </Button>
      </Group>

      <Group align="flex-start" mb="md" gap="md">
        <Select
          w={{ base: '100%', sm: 420 }}
          size="md"
          label={t('memberRegister.filter.label')}
          description={t(`memberRegister.filter.help.${kind}`)}
          data={memberFilterKinds.map((k) => ({ value: k, label: filterLabel(k) }))}
          value={kind}
          onChange={(v) => isFilterKind(v) && setKind(v)}
          allowDeselect={false}
        />
        {kind === 'membershipType' && (
          <Select
            w={{ base: '100%', sm: 220 }}
            size="md"
            label={t('memberRegister.filter.membershipTypeLabel')}
            data={paidTypes.map((m) => ({ value: m, label: t(`ui.members.types.${m}`) }))}
            value={membershipType}
            onChange={(v) => isPaidType(v) && setMembershipType(v)}
            allowDeselect={false}
          />
        )}
        <Select
          w={{ base: '100%', sm: 260 }}
          size="md"
          label={t('memberRegister.sort.label')}
          data={sortOptionNames.map((s) => ({
            value: s,
            label: t(`memberRegister.sort.${s}`),
          }))}
          value={sort}
          onChange={(v) => isSortOption(v) && setSort(v)}
          allowDeselect={false}
        />
      </Group>
      <TextInput
        mb="md"
        maw={480}
        size="md"
        type="search"
        label={t('ui.members.search')}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      <Group gap="lg" mb="sm">
        <Text role="status" fw={600}>
          {t('memberRegister.shown', { count: shown.length })}
        </Text>
        {deferredQuery.trim() && (
          <Text role="status">{t('ui.members.matches', { count: shown.length })}</Text>
        )}
      </Group>
      <VirtualTable
        // A new view starts from its top.
        key={`${kind}|${membershipType}|${sort}|${deferredQuery}`}
        caption={t('ui.members.title')}
        emptyText={t('memberRegister.nobody')}
        rows={shown}
        rowKey={(p) => p.id}
        columns={[
          {
            key: 'name',
            header: t('ui.members.fullName'),
            cell: (p) => (
              <Anchor component={Link} to={`/people/${p.id}`}>
                {p.fullName}
              </Anchor>
            ),
          },
          {
            key: 'municipality',
            header: t('ui.members.homeMunicipality'),
            cell: (p) => p.homeMunicipality,
          },
          {
            key: 'membership',
            header: t('ui.members.membership'),
            cell: (p) => t(`ui.members.types.${p.membership}`),
          },
          {
            key: 'joined',
            header: t('ui.members.joinedOn'),
            cell: (p) => (p.joinedOn ? formatDate(p.joinedOn, lang) : t('ui.common.none')),
          },
          {
            key: 'left',
            header: t('ui.members.leftOn'),
            cell: (p) => (p.leftOn ? formatDate(p.leftOn, lang) : t('ui.common.none')),
          },
        ]}
      />
      <MemberExportDialog opened={exporting} onClose={() => setExporting(false)} people={shown} />
      <MembersTrash />
      <AppModal
        opened={adding}
        onClose={() => setAdding(false)}
        title={t('memberRegister.create.title')}
        size="xl"
      >
        {adding && (
          <PersonEditForm
            onClose={() => setAdding(false)}
            onCreated={(created) => {
              setAdding(false);
              void navigate(`/people/${created.id}`);
            }}
          />
        )}
      </AppModal>
    </>
  );
}
