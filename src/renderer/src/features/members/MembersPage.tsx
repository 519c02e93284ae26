import { Anchor, Loader, Text, TextInput } from '@mantine/core';
import { useDeferredValue, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isMemberOn } from '../../../../core/figures';
import { searchPeople } from '../../../../core/people';
import { formatDate, todayIso } from '../../../../core/format';
import { useDataset } from '../../db';
import { PageTitle } from '../../shared/PageTitle';
import { PagedTable } from '../../shared/PagedTable';
import { useLanguage } from '../../shared/useLanguage';

/** Everyone the association knows, members and volunteers, by name. */
export function MembersPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const data = useDataset();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  if (!data) return <Loader aria-label={t('ui.common.loading')} />;
  const today = todayIso();
  const people = data.people
    .filter((p) => !p.deletedAt)
    .sort((a, b) => a.fullName.localeCompare(b.fullName, lang));
  const members = people.filter((p) => isMemberOn(p, today)).length;
  const shown = searchPeople(people, deferredQuery);
  return (
    <>
      <PageTitle>{t('ui.members.title')}</PageTitle>
      <Text mb="md">{t('ui.members.count', { members, people: people.length })}</Text>
      <TextInput
        mb="md"
        maw={480}
        type="search"
        label={t('ui.members.search')}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      {deferredQuery.trim() && (
        <Text role="status" mb="sm">
          {t('ui.members.matches', { count: shown.length })}
        </Text>
      )}
      <PagedTable
        caption={t('ui.members.title')}
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
    </>
  );
}
