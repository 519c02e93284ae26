import { Table, Text } from '@mantine/core';
import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { bodyCellClass, bodyRow, type Column } from './PagedTable';

/**
 * The most common measured height of a table's rows, by caption, for the next
 * time it is drawn: the first rows drawn with the height they turn out to have
 * need no second layout pass when they are measured (which the text size and
 * the zoom change, so it is measured, not fixed).
 */
const typicalRowHeight = new Map<string, number>();

function rememberRowHeight(
  caption: string,
  shown: VirtualItem[],
  measured: Map<VirtualItem['key'], number>,
) {
  const counts = new Map<number, number>();
  for (const item of shown) {
    const h = measured.get(item.key);
    if (h !== undefined) counts.set(h, (counts.get(h) ?? 0) + 1);
  }
  if (counts.size === 0) return;
  const [height] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
  typicalRowHeight.set(caption, height);
}

/**
 * A read-only table of any length in a scrolling box: only the rows in view
 * (and a few around them) are in the page, so ten thousand people scroll as
 * smoothly as ten. It stays a real table for screen readers: the caption names
 * it, `aria-rowcount` gives the full number of rows and every row its
 * `aria-rowindex`. The box can be focused and scrolled with the arrow and page
 * keys; tabbing through the links in the rows scrolls them into view, and the
 * rows beyond follow.
 */
export function VirtualTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  height = '65vh',
  estimatedRowHeight = 42,
  emptyText,
}: {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  height?: string;
  estimatedRowHeight?: number;
  /** Said instead of the table when there are no rows. */
  emptyText?: string;
}) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer keeps its own state between renders, so this component is not memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => typicalRowHeight.get(caption) ?? estimatedRowHeight,
    getItemKey: (index) => rowKey(rows[index]!),
    overscan: 12,
    // Before the box is measured (and in tests without layout), draw a first screenful.
    initialRect: { width: 800, height: 600 },
  });
  if (rows.length === 0) return <Text>{emptyText ?? t('ui.common.noRows')}</Text>;

  const items = virtualizer.getVirtualItems();
  rememberRowHeight(caption, items, virtualizer.itemSizeCache);
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const spacer = (size: number, where: string) =>
    size > 0 && (
      <tr aria-hidden="true" data-spacer={where}>
        <td colSpan={columns.length} style={{ height: size, padding: 0, border: 0 }} />
      </tr>
    );
  const align = (c: Column<T>) => (c.numeric ? { textAlign: 'right' as const } : undefined);

  return (
    <div
      ref={scrollRef}
      role="region"
      aria-label={caption}
      tabIndex={0}
      className="virtual-table"
      style={{ maxHeight: height, overflow: 'auto' }}
      onKeyDown={(e) => {
        // The browser's own Home and End go by the height known so far, which changes as
        // the rows drawn are measured; the virtualizer gets to the very first or last row.
        if (e.target !== e.currentTarget || (e.key !== 'Home' && e.key !== 'End')) return;
        e.preventDefault();
        virtualizer.scrollToIndex(e.key === 'Home' ? 0 : rows.length - 1, {
          align: e.key === 'Home' ? 'start' : 'end',
        });
      }}
    >
      <Table highlightOnHover stickyHeader captionSide="top" aria-rowcount={rows.length + 1}>
        <Table.Caption className="visually-hidden">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            {columns.map((c) => (
              <Table.Th key={c.key} scope="col" style={align(c)}>
                {c.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {spacer(padTop, 'top')}
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <tr
                key={item.key}
                {...bodyRow.plain}
                data-index={item.index}
                ref={virtualizer.measureElement}
                aria-rowindex={item.index + 2}
              >
                {columns.map((c) => (
                  <td key={c.key} className={bodyCellClass} style={align(c)}>
                    {c.cell(row)}
                  </td>
                ))}
              </tr>
            );
          })}
          {spacer(padBottom, 'bottom')}
        </Table.Tbody>
      </Table>
    </div>
  );
}
