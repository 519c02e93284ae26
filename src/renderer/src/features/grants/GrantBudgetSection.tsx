import { Alert, Badge, SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GrantPageData } from '../../../../core/db';
import { GrantSection } from './GrantSection';
import { useGrantPageText } from './useGrantPageText';

/** Budget against actual per line over the grant's period, and what is unused or to return. */
export function GrantBudgetSection({ data }: { data: GrantPageData }) {
  const { t } = useTranslation();
  const { money } = useGrantPageText();
  const { grant, budget } = data;
  return (
    <GrantSection title={t('grantsPage.budget.title')} id="grant-budget-title">
      {budget.overBudget.map((l) => (
        <Alert key={l.id} mb="sm" color="red" role="status">
          {t('grantsPage.budget.overWarning', { name: l.name, amount: money(l.differenceCents) })}
        </Alert>
      ))}
      <Table.ScrollContainer minWidth={500}>
        <Table striped>
          <Table.Caption style={{ captionSide: 'top', textAlign: 'start' }}>
            {t('grantsPage.budget.title')}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('grantsPage.budget.line')}</Table.Th>
              <Table.Th scope="col" ta="end">
                {t('grantsPage.budget.budget')}
              </Table.Th>
              <Table.Th scope="col" ta="end">
                {t('grantsPage.budget.spent')}
              </Table.Th>
              <Table.Th scope="col" ta="end">
                {t('grantsPage.budget.difference')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {budget.lines.map((l) => (
              <Table.Tr key={l.id}>
                <Table.Th scope="row" fw={400}>
                  {l.name}
                  {l.overBudget && (
                    <Badge ml="xs" color="red" variant="filled">
                      {t('grantsPage.budget.overBudget')}
                    </Badge>
                  )}
                </Table.Th>
                <Table.Td ta="end">{money(l.budgetCents)}</Table.Td>
                <Table.Td ta="end">{money(l.spentCents)}</Table.Td>
                <Table.Td ta="end">{money(l.differenceCents)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('grantsPage.budget.total')}</Table.Th>
              <Table.Td ta="end" fw={700}>
                {money(budget.budgetCents)}
              </Table.Td>
              <Table.Td ta="end" fw={700}>
                {money(budget.spentCents)}
              </Table.Td>
              <Table.Td ta="end" fw={700}>
                {money(data.totalDifferenceCents)}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      <SimpleGrid component="dl" cols={{ base: 2, sm: 4 }} mt="md" m={0}>
        {(
          [
            ['granted', money(grant.grantedCents)],
            ['paid', money(budget.paidCents)],
            ['unused', money(budget.unusedCents)],
            ['toReturn', money(budget.toReturnCents)],
          ] as const
        ).map(([key, value]) => (
          <div key={key}>
            <Text component="dt" size="sm" fw={700}>
              {t(`grantsPage.budget.${key}`)}
            </Text>
            <Text component="dd" m={0} fz="lg" data-figure={key}>
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </GrantSection>
  );
}
