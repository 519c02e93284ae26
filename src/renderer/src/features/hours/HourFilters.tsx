import { Card, Select, SimpleGrid, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { approvalFilters, type ApprovalFilter, type HourFilter } from '../../../../core/hours';
import {
  hourKinds,
  isCalendarDate,
  type Activity,
  type Grant,
  type HourKind,
} from '../../../../core/schemas';
import { DateField } from '../../shared/DateField';
import { useLanguage } from '../../shared/useLanguage';
import { useOptionsWhileOpen } from '../../shared/useOptionsWhileOpen';

type Props = {
  filter: HourFilter;
  personOptions: { value: string; label: string }[];
  activities: Activity[];
  grants: Grant[];
  onChange: (patch: HourFilter) => void;
};

/** Who, what, which grant, when and whether approved: the hour list's filters. */
export function HourFilters({ filter, personOptions, activities, grants, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const people = useOptionsWhileOpen(personOptions, filter.personId ?? null);
  const byName = <T extends { label: string }>(a: T, b: T) => a.label.localeCompare(b.label, lang);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="hour-filters" mb="md">
      <Title order={2} size="h3" id="hour-filters" mb="sm">
        {t('ui.hours.filters')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        <Select
          label={t('ui.hours.person')}
          placeholder={t('ui.hours.any')}
          searchable
          clearable
          limit={50}
          {...people}
          value={filter.personId ?? null}
          onChange={(v) => onChange({ personId: v })}
        />
        <Select
          label={t('ui.hours.activity')}
          placeholder={t('ui.hours.any')}
          clearable
          data={activities
            .filter((a) => !a.deletedAt)
            .map((a) => ({ value: a.id, label: a.name }))
            .sort(byName)}
          value={filter.activityId ?? null}
          onChange={(v) => onChange({ activityId: v })}
        />
        <Select
          label={t('ui.hours.kind')}
          placeholder={t('ui.hours.any')}
          clearable
          data={hourKinds.map((k) => ({ value: k, label: t(`ui.hours.kinds.${k}`) }))}
          value={filter.kind ?? null}
          onChange={(v) => onChange({ kind: v as HourKind | null })}
        />
        <Select
          label={t('ui.hours.grant')}
          placeholder={t('ui.hours.any')}
          clearable
          data={grants.map((g) => ({ value: g.id, label: g.name })).sort(byName)}
          value={filter.grantId ?? null}
          onChange={(v) => onChange({ grantId: v })}
        />
        <DateField
          label={t('ui.hours.from')}
          value={filter.from ?? ''}
          onChange={(v) => onChange({ from: isCalendarDate(v) ? v : null })}
        />
        <DateField
          label={t('ui.hours.to')}
          value={filter.to ?? ''}
          onChange={(v) => onChange({ to: isCalendarDate(v) ? v : null })}
        />
        <Select
          label={t('hourApproval.filter.label')}
          placeholder={t('hourApproval.filter.any')}
          clearable
          data={approvalFilters.map((f) => ({ value: f, label: t(`hourApproval.filter.${f}`) }))}
          value={filter.approval ?? null}
          onChange={(v) => onChange({ approval: v as ApprovalFilter | null })}
        />
      </SimpleGrid>
    </Card>
  );
}
