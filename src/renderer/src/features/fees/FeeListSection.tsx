import {
  Anchor,
  Button,
  Checkbox,
  Group,
  Radio,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { memo, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { markFeesPaid, markFeesUnpaid } from '../../../../core/db';
import { formatDate, formatMoney } from '../../../../core/format';
import { nameRanks, searchPeople } from '../../../../core/people';
import {
  isCalendarDate,
  type Dataset,
  type MembershipFee,
  type MembershipType,
} from '../../../../core/schemas';
import { formatReferenceNumber } from '../../../../core/validators/referenceNumber';
import { db } from '../../db';
import { PagedTable, type Column } from '../../shared/PagedTable';
import { useStableCallback } from '../../shared/useStableCallback';
import { useLanguage } from '../../shared/useLanguage';
import { notify, notifyWithUndo } from '../../shared/notify';
import { DateField } from '../../shared/DateField';
import { feeErrorText } from './feeErrorText';

const paidFilters = ['all', 'unpaid', 'paid'] as const;
type PaidFilter = (typeof paidFilters)[number];

/** One line of the list: the fee with what the table shows of its person. */
type Row = {
  fee: MembershipFee;
  fullName: string;
  membership: MembershipType;
  personId: string;
  // searchPeople's fields: only the name is searched here.
  homeMunicipality: '';
  email: undefined;
};

/** A line as the table draws it: whether its box is ticked is part of its data. */
type ShownRow = Row & { selected: boolean };

const actionSelector = (id: string) => `[data-fee-action="${CSS.escape(id)}"]`;

/**
 * The year's fees: filter paid/unpaid, search by name, mark one or several paid
 * on a chosen date, and undo either way from the notification.
 */
export const FeeListSection = memo(function FeeListSection({
  data,
  year,
  today,
}: {
  /** The people (trash included) and the fees of `year`. */
  data: Pick<Dataset, 'people' | 'fees'>;
  year: number;
  today: string;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [filter, setFilter] = useState<PaidFilter>('all');
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [paidOn, setPaidOn] = useState(today);
  const [paidOnError, setPaidOnError] = useState<string | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // A write under way: the ref refuses a second one at once; the state shows the
  // bulk button's spinner, and is set only for a bulk payment, so that one row's
  // button does not redraw the whole list twice.
  const writing = useRef(false);
  const [bulkBusy, setBulkBusy] = useState(false);
  // A fee whose action button should get the focus once the list shows its new state.
  const focusFee = useRef<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const id = focusFee.current;
    if (!id) return;
    focusFee.current = null;
    const button = document.querySelector<HTMLElement>(actionSelector(id));
    (button ?? heading.current)?.focus();
  }, [data]);

  // The people by id and the names' alphabetical places only when the people change:
  // a fee marked paid then sorts the year's fees by numbers (a federation: 10 000).
  const people = useMemo(() => new Map(data.people.map((p) => [p.id, p])), [data.people]);
  const ranks = useMemo(
    () =>
      // '–' stands for a person no longer in the register.
      nameRanks([...data.people.map((p) => p.fullName), '–'], lang),
    [data.people, lang],
  );
  // Only when the fees or people change, not on each selection, keystroke or busy state.
  const all: Row[] = useMemo(() => {
    const rankOf = (name: string) => ranks.get(name) ?? -1;
    return data.fees
      .filter((f) => !f.deletedAt && f.year === year)
      .map((fee) => {
        const person = people.get(fee.personId);
        return {
          fee,
          fullName: person?.fullName ?? '–',
          membership: person?.membership ?? ('none' as const),
          personId: fee.personId,
          homeMunicipality: '' as const,
          email: undefined,
        };
      })
      .sort((a, b) => rankOf(a.fullName) - rankOf(b.fullName) || a.fee.id.localeCompare(b.fee.id));
  }, [data.fees, people, ranks, year]);
  const shown: ShownRow[] = searchPeople(all, deferredQuery)
    .filter((r) => filter === 'all' || (filter === 'paid') === !!r.fee.paidOn)
    .map((r) => ({ ...r, selected: selected.has(r.fee.id) }));
  const shownUnpaid = shown.filter((r) => !r.fee.paidOn).map((r) => r.fee.id);
  const chosen = all.filter((r) => !r.fee.paidOn && selected.has(r.fee.id)).map((r) => r.fee.id);
  const allShownChosen = shownUnpaid.length > 0 && shownUnpaid.every((id) => selected.has(id));
  const someShownChosen = shownUnpaid.some((id) => selected.has(id));
  const nameOf = (id: string) => all.find((r) => r.fee.id === id)?.fullName ?? '';

  const toggle = (ids: string[], on: boolean) =>
    setSelected((current) => {
      // The same set when nothing changes (a row paid that was not ticked): no redraw.
      if (ids.every((id) => current.has(id) === on)) return current;
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  const failed = (e: unknown) =>
    notify(t, { color: 'red', title: t('ui.common.error'), message: feeErrorText(t, e) });

  const undo = (action: () => Promise<void>) => (id: string) => {
    notifications.hide(id);
    action()
      .then(() => notify(t, { color: 'teal', message: t('fees.undone') }))
      .catch(failed);
  };

  const pay = async (ids: string[], focusOn?: string) => {
    if (writing.current) return;
    if (!isCalendarDate(paidOn)) {
      setPaidOnError(t('fees.errors.badDate', { value: paidOn }));
      document.getElementById('fee-paid-on')?.focus();
      return;
    }
    writing.current = true;
    if (!focusOn) setBulkBusy(true);
    try {
      const changed = await markFeesPaid(db, ids, paidOn);
      toggle(ids, false);
      if (focusOn) focusFee.current = focusOn;
      const changedIds = changed.map((f) => f.id);
      const message = t('fees.markedPaid', { count: changed.length });
      if (changed.length === 0) notify(t, { color: 'teal', message });
      else
        notifyWithUndo(t, {
          color: 'teal',
          message,
          undoLabel: t('fees.undo'),
          onUndo: undo(() => markFeesUnpaid(db, changedIds).then(() => undefined)),
        });
    } catch (e) {
      failed(e);
    } finally {
      writing.current = false;
      setBulkBusy(false);
    }
  };

  const unpay = async (fee: MembershipFee) => {
    const previous = fee.paidOn;
    if (!previous || writing.current) return;
    writing.current = true;
    try {
      await markFeesUnpaid(db, [fee.id]);
      focusFee.current = fee.id;
      notifyWithUndo(t, {
        color: 'orange',
        message: t('fees.markedUnpaid', { name: nameOf(fee.id) }),
        undoLabel: t('fees.undo'),
        onUndo: undo(() => markFeesPaid(db, [fee.id], previous).then(() => undefined)),
      });
    } catch (e) {
      failed(e);
    } finally {
      writing.current = false;
    }
  };

  // The same columns between renders, their cells reading only their row and stable
  // handlers, so that marking one fee paid redraws only that row (PagedTable).
  const toggleRow = useStableCallback(toggle);
  const payRow = useStableCallback(pay);
  const unpayRow = useStableCallback(unpay);
  const onPaidOn = useStableCallback((v: string) => {
    setPaidOn(v);
    setPaidOnError(null);
  });
  const paySelected = useStableCallback(() => void pay(chosen));
  const columns: Column<ShownRow>[] = useMemo(
    () => [
      {
        key: 'select',
        header: t('fees.list.select'),
        cell: (r) =>
          r.fee.paidOn ? null : (
            <Checkbox
              size="md"
              aria-label={t('fees.list.selectRow', { name: r.fullName })}
              checked={r.selected}
              onChange={(e) => toggleRow([r.fee.id], e.currentTarget.checked)}
            />
          ),
      },
      {
        key: 'name',
        header: t('fees.columns.person'),
        cell: (r) => (
          <Anchor component={Link} to={`/people/${r.personId}`}>
            {r.fullName}
          </Anchor>
        ),
      },
      {
        key: 'type',
        hideWhenNarrow: true,
        header: t('fees.columns.membershipType'),
        cell: (r) => t(`fees.types.${r.membership}`),
      },
      {
        key: 'amount',
        header: t('fees.columns.amount'),
        numeric: true,
        cell: (r) => formatMoney(r.fee.amountCents, lang),
      },
      {
        key: 'reference',
        hideWhenNarrow: true,
        header: t('fees.columns.reference'),
        cell: (r) =>
          r.fee.reference ? formatReferenceNumber(r.fee.reference) : t('ui.common.none'),
      },
      {
        key: 'dueOn',
        hideWhenNarrow: true,
        header: t('fees.columns.dueOn'),
        cell: (r) => (r.fee.dueOn ? formatDate(r.fee.dueOn, lang) : t('ui.common.none')),
      },
      {
        key: 'paidOn',
        header: t('fees.columns.paidOn'),
        cell: (r) => (r.fee.paidOn ? formatDate(r.fee.paidOn, lang) : t('fees.unpaid')),
      },
      {
        key: 'action',
        header: t('fees.list.action'),
        cell: (r) => (
          <Button
            size="compact-md"
            variant={r.fee.paidOn ? 'default' : 'outline'}
            color={r.fee.paidOn ? undefined : 'teal'}
            data-fee-action={r.fee.id}
            aria-label={t(r.fee.paidOn ? 'fees.list.markUnpaidFor' : 'fees.list.markPaidFor', {
              name: r.fullName,
            })}
            onClick={() => void (r.fee.paidOn ? unpayRow(r.fee) : payRow([r.fee.id], r.fee.id))}
          >
            {t(r.fee.paidOn ? 'fees.markUnpaid' : 'fees.markPaid')}
          </Button>
        ),
      },
    ],
    [t, lang, toggleRow, payRow, unpayRow],
  );

  const title = t('fees.list.title', { year });
  return (
    <section aria-labelledby="fee-list-title">
      <Title order={2} size="h3" id="fee-list-title" mt="xl" mb="sm" ref={heading} tabIndex={-1}>
        {title}
      </Title>
      {all.length === 0 ? (
        <Text>{t('fees.list.none', { year })}</Text>
      ) : (
        <>
          <FeeListFilters query={query} onQuery={setQuery} filter={filter} onFilter={setFilter} />
          <PayOnDateBar
            paidOn={paidOn}
            error={paidOnError}
            onDate={onPaidOn}
            chosenCount={chosen.length}
            busy={bulkBusy}
            onPaySelected={paySelected}
          />
          <Stack gap="xs" mb="sm">
            {deferredQuery.trim() && (
              <Text role="status">{t('fees.list.matches', { count: shown.length })}</Text>
            )}
            {shownUnpaid.length > 0 && (
              <Checkbox
                size="md"
                label={t('fees.list.selectAllShown', { count: shownUnpaid.length })}
                checked={allShownChosen}
                indeterminate={someShownChosen && !allShownChosen}
                onChange={() => toggle(shownUnpaid, !allShownChosen)}
              />
            )}
          </Stack>
          <PagedTable
            caption={`${title}: ${filter === 'all' ? t('fees.list.all') : t(`fees.${filter}`)}`}
            rows={shown}
            rowKey={(r) => r.fee.id}
            columns={columns}
          />
        </>
      )}
    </section>
  );
});

/**
 * The list's search and paid/unpaid choice: memoised apart from the list, so a
 * fee marked paid does not redraw them.
 */
const FeeListFilters = memo(function FeeListFilters({
  query,
  onQuery,
  filter,
  onFilter,
}: {
  query: string;
  onQuery: (value: string) => void;
  filter: PaidFilter;
  onFilter: (value: PaidFilter) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" mb="md" gap="lg">
      <TextInput
        type="search"
        size="md"
        w={320}
        label={t('fees.list.search')}
        value={query}
        onChange={(e) => onQuery(e.currentTarget.value)}
      />
      <Radio.Group
        label={t('fees.list.show')}
        value={filter}
        onChange={(v) => onFilter(v as PaidFilter)}
      >
        <Group mt="xs" mb={10}>
          {paidFilters.map((f) => (
            <Radio
              key={f}
              value={f}
              size="md"
              label={f === 'all' ? t('fees.list.all') : t(`fees.${f}`)}
            />
          ))}
        </Group>
      </Radio.Group>
    </Group>
  );
});

/** The payment date and the button that marks the ticked fees paid on it (memoised, as above). */
const PayOnDateBar = memo(function PayOnDateBar({
  paidOn,
  error,
  onDate,
  chosenCount,
  busy,
  onPaySelected,
}: {
  paidOn: string;
  error: string | null;
  onDate: (value: string) => void;
  chosenCount: number;
  busy: boolean;
  onPaySelected: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" mb="md" gap="lg">
      <DateField
        id="fee-paid-on"
        size="md"
        label={t('fees.paidOnLabel')}
        description={t('fees.list.paidOnHint')}
        value={paidOn}
        error={error ?? undefined}
        onChange={onDate}
      />
      <Button size="md" disabled={chosenCount === 0} loading={busy} onClick={onPaySelected}>
        {t('fees.markSelectedPaid', { count: chosenCount })}
      </Button>
    </Group>
  );
});
