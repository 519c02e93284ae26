import {
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { impactPageData } from '../../../../core/db';
import { formatDate } from '../../../../core/format';
import { filterImpactNotes, type ImpactNoteFilter } from '../../../../core/impact';
import {
  impactNoteTypes,
  isCalendarDate,
  type ImpactNote,
  type ImpactNoteType,
} from '../../../../core/schemas';
import { db } from '../../db';
import { AppModal } from '../../shared/AppModal';
import { PageTitle } from '../../shared/PageTitle';
import { PagedTable } from '../../shared/PagedTable';
import { useLanguage } from '../../shared/useLanguage';
import { ImpactNoteForm } from './ImpactNoteForm';
import { NoteConsent } from './NoteConsent';
import { useNoteTrash } from './useNoteTrash';
import { DateField } from '../../shared/DateField';
import { FeedbackSection } from './FeedbackSection';
import { FeedbackRecordsSection } from './FeedbackRecordsSection';
import { IndicatorsSection } from './IndicatorsSection';
import { Loading } from '../../shared/Loading';

/** The Impact page's tabs; `?tab=` in the address opens one. */
const impactTabs = ['notes', 'feedback', 'indicators'] as const;
type ImpactTab = (typeof impactTabs)[number];

/** Which note the dialog shows: `note` undefined for a new one. */
type Editing = { note?: ImpactNote; preset?: { activityId?: string; grantId?: string } };

type Filters = Required<Omit<ImpactNoteFilter, 'type' | 'consent'>> & {
  type: ImpactNoteType | '';
  consent: 'with' | 'without' | '';
  from: string;
  to: string;
};

const noFilters: Filters = {
  search: '',
  type: '',
  theme: '',
  activityId: '',
  grantId: '',
  consent: '',
  highlightsOnly: false,
  from: '',
  to: '',
};

/**
 * Impact notes: write, edit, trash with undo; search and filter them. A link
 * from an activity or grant (#/impact?activity=<id>, …&new=1) filters by it
 * and can open a new note already linked.
 */
export function ImpactPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [params, setParams] = useSearchParams();
  const [filters, setFilters] = useState<Filters>(() => ({
    ...noFilters,
    activityId: params.get('activity') ?? '',
    grantId: params.get('grant') ?? '',
  }));
  const [editing, setEditing] = useState<Editing | null>(() =>
    params.get('new')
      ? {
          preset: {
            activityId: params.get('activity') ?? undefined,
            grantId: params.get('grant') ?? undefined,
          },
        }
      : null,
  );
  const [opened, setOpened] = useState(editing !== null);
  const newButton = useRef<HTMLButtonElement>(null);
  const trash = useNoteTrash();
  const asked = params.get('tab');
  const tab: ImpactTab = impactTabs.find((v) => v === asked) ?? 'notes';
  // Only whole dates reach the query: a half-typed one reads the open range meanwhile.
  const from = isCalendarDate(filters.from) ? filters.from : '';
  const to = isCalendarDate(filters.to) ? filters.to : '';
  const data = useLiveQuery(() => impactPageData(db, { from, to }), [from, to]);
  if (!data) return <Loading />;

  const rows = filterImpactNotes(data.notes, filters);
  const activityName = new Map(data.activities.map((a) => [a.id, a.name]));
  const grantName = new Map(data.grants.map((g) => [g.id, g.name]));
  // The form lists live ones, and a note's own link even when that is in the trash.
  const activities = [...data.activities].sort((a, b) => a.name.localeCompare(b.name, lang));
  const grants = [...data.grants].sort((a, b) => a.name.localeCompare(b.name, lang));
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) =>
    setFilters((f) => ({ ...f, [key]: value }));
  const open = (e: Editing) => {
    setEditing(e);
    setOpened(true);
  };
  const close = () => {
    setOpened(false);
    // A "new note" link is used once: reloading the page does not open it again.
    if (params.get('new')) {
      const next = new URLSearchParams(params);
      next.delete('new');
      setParams(next, { replace: true });
    }
  };
  const afterClose = () => {
    setEditing(null);
    window.setTimeout(() => {
      const active = document.activeElement;
      if (!active || active === document.body || !active.isConnected) newButton.current?.focus();
    }, 0);
  };
  const optionsOf = (list: { id: string; name: string }[]) => [
    { value: '', label: t('impactPage.filter.all') },
    ...list.map((x) => ({ value: x.id, label: x.name })),
  ];
  const summary = (n: ImpactNote) =>
    `${formatDate(n.date, lang)} · ${t(`ui.impact.types.${n.type}`)}`;

  return (
    <>
      <PageTitle>{t('ui.impact.title')}</PageTitle>
      <Tabs
        value={tab}
        keepMounted={false}
        onChange={(value) => {
          const next = new URLSearchParams(params);
          if (value && value !== 'notes') next.set('tab', value);
          else next.delete('tab');
          setParams(next, { replace: true });
        }}
      >
        <Tabs.List mb="md">
          {impactTabs.map((v) => (
            <Tabs.Tab key={v} value={v} size="md">
              {t(`feedback.tabs.${v}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="feedback">
          <FeedbackSection />
          <FeedbackRecordsSection activityName={activityName} />
        </Tabs.Panel>
        <Tabs.Panel value="indicators">
          <IndicatorsSection />
        </Tabs.Panel>
        <Tabs.Panel value="notes">
          <Group justify="space-between" align="flex-start" mb="md" wrap="nowrap">
            <Text maw={720}>{t('impactPage.intro')}</Text>
            <Button
              ref={newButton}
              size="md"
              aria-haspopup="dialog"
              onClick={() =>
                open({
                  preset: {
                    activityId: filters.activityId || undefined,
                    grantId: filters.grantId || undefined,
                  },
                })
              }
            >
              {t('impactPage.newNote')}
            </Button>
          </Group>

          <Paper component="section" aria-labelledby="impact-filters" withBorder p="md" mb="md">
            <Title order={2} size="h4" id="impact-filters" mb="sm">
              {t('impactPage.filter.heading')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
              <TextInput
                type="search"
                label={t('impactPage.filter.search')}
                value={filters.search}
                onChange={(e) => set('search', e.currentTarget.value)}
              />
              <NativeSelect
                label={t('impactPage.filter.type')}
                value={filters.type}
                onChange={(e) => set('type', e.currentTarget.value as Filters['type'])}
                data={[
                  { value: '', label: t('impactPage.filter.all') },
                  ...impactNoteTypes.map((type) => ({
                    value: type,
                    label: t(`ui.impact.types.${type}`),
                  })),
                ]}
              />
              <NativeSelect
                label={t('impactPage.filter.theme')}
                value={filters.theme}
                onChange={(e) => set('theme', e.currentTarget.value)}
                data={[
                  { value: '', label: t('impactPage.filter.all') },
                  ...data.themes.map((theme) => ({ value: theme, label: theme })),
                ]}
              />
              <NativeSelect
                label={t('impactPage.filter.consent')}
                value={filters.consent}
                onChange={(e) => set('consent', e.currentTarget.value as Filters['consent'])}
                data={[
                  { value: '', label: t('impactPage.filter.all') },
                  { value: 'with', label: t('impactPage.filter.consentWith') },
                  { value: 'without', label: t('impactPage.filter.consentWithout') },
                ]}
              />
              <NativeSelect
                label={t('impactPage.filter.activity')}
                value={filters.activityId}
                onChange={(e) => set('activityId', e.currentTarget.value)}
                data={optionsOf(
                  data.activities.filter((a) => !a.deletedAt || a.id === filters.activityId),
                )}
              />
              <NativeSelect
                label={t('impactPage.filter.grant')}
                value={filters.grantId}
                onChange={(e) => set('grantId', e.currentTarget.value)}
                data={optionsOf(
                  data.grants.filter((g) => !g.deletedAt || g.id === filters.grantId),
                )}
              />
              <DateField
                label={t('impactPage.filter.from')}
                value={filters.from}
                onChange={(v) => set('from', v)}
              />
              <DateField
                label={t('impactPage.filter.to')}
                value={filters.to}
                onChange={(v) => set('to', v)}
              />
            </SimpleGrid>
            <Group mt="sm" justify="space-between">
              <Checkbox
                label={t('impactPage.filter.highlightsOnly')}
                checked={filters.highlightsOnly}
                onChange={(e) => set('highlightsOnly', e.currentTarget.checked)}
              />
              <Button variant="subtle" onClick={() => setFilters(noFilters)}>
                {t('impactPage.filter.clear')}
              </Button>
            </Group>
          </Paper>

          <Text mb="xs" role="status">
            {rows.length === 0
              ? t('impactPage.noNotes')
              : t('impactPage.count', { count: rows.length })}
          </Text>
          <PagedTable
            caption={t('ui.impact.title')}
            rows={rows}
            rowKey={(n) => n.id}
            columns={[
              {
                key: 'date',
                header: t('impactPage.columns.date'),
                cell: (n) => formatDate(n.date, lang),
              },
              {
                key: 'type',
                header: t('impactPage.columns.type'),
                cell: (n) => (
                  <>
                    {t(`ui.impact.types.${n.type}`)}
                    {n.highlight && (
                      <Badge ml="xs" color="violet.9" variant="filled">
                        {t('impactPage.highlight')}
                      </Badge>
                    )}
                  </>
                ),
              },
              {
                key: 'text',
                header: t('impactPage.columns.text'),
                cell: (n) => (
                  <>
                    <Text size="sm">{n.text}</Text>
                    {(n.activityId || n.grantId) && (
                      <Text size="xs" c="gray.7">
                        {[
                          n.activityId && activityName.get(n.activityId),
                          n.grantId && grantName.get(n.grantId),
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </Text>
                    )}
                  </>
                ),
              },
              {
                key: 'themes',
                header: t('impactPage.columns.themes'),
                cell: (n) => (n.themes.length ? n.themes.join(', ') : t('ui.common.none')),
              },
              {
                key: 'consent',
                header: t('impactPage.columns.consent'),
                cell: (n) => <NoteConsent note={n} />,
              },
              {
                key: 'actions',
                header: t('impactPage.columns.actions'),
                cell: (n) => (
                  <Button
                    size="compact-md"
                    variant="subtle"
                    aria-haspopup="dialog"
                    aria-label={`${t('impactPage.edit')}: ${summary(n)}`}
                    onClick={() => open({ note: n })}
                  >
                    {t('impactPage.edit')}
                  </Button>
                ),
              },
            ]}
          />
        </Tabs.Panel>
      </Tabs>

      <AppModal
        size="xl"
        opened={opened}
        onClose={close}
        onClosed={afterClose}
        title={t(editing?.note ? 'impactPage.editTitle' : 'impactPage.newTitle')}
      >
        {editing && (
          <ImpactNoteForm
            key={editing.note?.id ?? 'new'}
            note={editing.note}
            preset={editing.preset}
            activities={activities}
            grants={grants}
            themes={data.themes}
            onClose={close}
            onDelete={(n) => {
              close();
              void trash(n);
            }}
          />
        )}
      </AppModal>
    </>
  );
}
