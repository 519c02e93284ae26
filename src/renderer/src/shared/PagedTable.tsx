import { Group, Pagination, Table, Text } from '@mantine/core';
import { memo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { sameData } from './sameData';

export type Column<T> = {
  key: string;
  header: string;
  cell: (row: T) => ReactNode;
  numeric?: boolean;
  /**
   * A column that can go when the table is narrow (a small window or 200 %
   * zoom), so the names and money columns stay in view without scrolling
   * sideways. Keyed to the table's own width (a container query in app.css),
   * not the window's, because the navigation takes room only on wide windows.
   */
  hideWhenNarrow?: boolean;
};

/** The class of a cell of `column`: hidden by app.css when its table is narrow. */
function cellClass<T>(column: Column<T>, base?: string): string | undefined {
  const narrow = column.hideWhenNarrow ? 'narrow-hidden' : undefined;
  return base && narrow ? `${base} ${narrow}` : (base ?? narrow);
}

/**
 * The body rows and cells of the long tables are plain `tr` and `td` with the
 * classes and data attributes Mantine's Table.Tr and Table.Td would give them
 * in these tables (row borders, hover, stripes): the same look, without a
 * component of Mantine's per cell, which made up a large share of the time
 * a page of 50 rows took to draw.
 */
export const bodyCellClass = `${Table.classes.td} mantine-Table-td`;
const rowClass = `${Table.classes.tr} mantine-Table-tr`;
export const bodyRow = {
  plain: { className: rowClass, 'data-with-row-border': true, 'data-hover': true },
  striped: {
    className: rowClass,
    'data-with-row-border': true,
    'data-hover': true,
    'data-striped': 'odd',
  },
} as const;

/**
 * A read-only table shown a page at a time, so that thousands of rows stay
 * quick to render. The caption names the table for screen readers; sighted
 * users see the page or section heading above it.
 */
export function PagedTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  pageSize = 50,
}: {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  pageSize?: number;
}) {
  const [page, setPage] = useState(1);
  const pages = pageCount(rows.length, pageSize);
  const current = Math.min(page, pages);
  return (
    <TablePage
      caption={caption}
      columns={columns}
      rows={rows.slice((current - 1) * pageSize, current * pageSize)}
      rowKey={rowKey}
      total={rows.length}
      page={current}
      pages={pages}
      onPage={setPage}
    />
  );
}

type BodyRowProps<T> = { row: T; columns: Column<T>[] };

function BodyRowOf<T>({ row, columns }: BodyRowProps<T>) {
  return (
    <tr {...bodyRow.striped}>
      {columns.map((c) => (
        <td
          key={c.key}
          className={cellClass(c, bodyCellClass)}
          style={c.numeric ? { textAlign: 'right' } : undefined}
        >
          {c.cell(row)}
        </td>
      ))}
    </tr>
  );
}

/**
 * One body row, drawn again only when its data or the columns change. A write
 * re-reads the page's rows as new but mostly equal objects; comparing their
 * data keeps a fee marked paid or an hour saved from redrawing the other rows
 * and their buttons. Callers that keep `columns` the same object between
 * renders (useMemo, with the cells reading only their row and stable
 * handlers) get this; a new `columns` array draws every row, as before.
 */
const BodyRow = memo(BodyRowOf, (a, b) => a.columns === b.columns && sameData(a.row, b.row)) as <T>(
  props: BodyRowProps<T>,
) => ReactNode;

/** How many pages of `pageSize` rows `total` rows make: at least one. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * One page of a longer table whose rows are read a page at a time elsewhere
 * (from the database): PagedTable's look, caption and page controls, with
 * the page's rows, the total number of rows and the page shown given by the
 * caller, who reads the next page when `onPage` asks for it.
 */
export function TablePage<T>({
  caption,
  columns,
  rows,
  rowKey,
  total,
  page,
  pages,
  onPage,
}: {
  caption: string;
  columns: Column<T>[];
  /** The rows of this page only. */
  rows: T[];
  rowKey: (row: T) => string;
  /** The number of rows on all pages. */
  total: number;
  page: number;
  pages: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  if (total === 0) return <Text>{t('ui.common.noRows')}</Text>;
  return (
    <>
      <Table.ScrollContainer minWidth={600} className="responsive-table">
        <Table striped highlightOnHover captionSide="top">
          <Table.Caption className="visually-hidden">{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th
                  key={c.key}
                  scope="col"
                  className={cellClass(c)}
                  style={c.numeric ? { textAlign: 'right' } : undefined}
                >
                  {c.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <BodyRow key={rowKey(row)} row={row} columns={columns} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pages > 1 && (
        <Group justify="space-between" mt="md">
          <Text size="sm">{t('ui.common.pageOf', { page, pages })}</Text>
          <Pagination
            total={pages}
            value={page}
            onChange={onPage}
            getControlProps={(control) =>
              control === 'previous'
                ? { 'aria-label': t('ui.common.previousPage') }
                : control === 'next'
                  ? { 'aria-label': t('ui.common.nextPage') }
                  : {}
            }
          />
        </Group>
      )}
    </>
  );
}

/**
 * The page of `pageSize` rows to show of `total` when `page` is asked for (kept
 * within the pages there are), how many pages there are, and the offset of its
 * first row.
 */
export function pageWindow(
  total: number,
  page: number,
  pageSize: number,
): { page: number; pages: number; offset: number } {
  const pages = pageCount(total, pageSize);
  const current = Math.min(Math.max(1, page), pages);
  return { page: current, pages, offset: (current - 1) * pageSize };
}
