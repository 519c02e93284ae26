import { Group, Pagination, Table, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type Column<T> = {
  key: string;
  header: string;
  cell: (row: T) => ReactNode;
  numeric?: boolean;
};

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
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const current = Math.min(page, pages);
  const shown = rows.slice((current - 1) * pageSize, current * pageSize);
  if (rows.length === 0) return <Text>{t('ui.common.noRows')}</Text>;
  return (
    <>
      <Table.ScrollContainer minWidth={600}>
        <Table striped highlightOnHover captionSide="top">
          <Table.Caption className="visually-hidden">{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th
                  key={c.key}
                  scope="col"
                  style={c.numeric ? { textAlign: 'right' } : undefined}
                >
                  {c.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => (
              <Table.Tr key={rowKey(row)}>
                {columns.map((c) => (
                  <Table.Td key={c.key} style={c.numeric ? { textAlign: 'right' } : undefined}>
                    {c.cell(row)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pages > 1 && (
        <Group justify="space-between" mt="md">
          <Text size="sm">{t('ui.common.pageOf', { page: current, pages })}</Text>
          <Pagination
            total={pages}
            value={current}
            onChange={setPage}
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
