import { Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One framed part of the grant page, named by its heading (which a closed dialog can focus). */
export function GrantSection({
  title,
  id,
  children,
}: {
  title: string;
  id: string;
  children: ReactNode;
}) {
  return (
    <Paper component="section" aria-labelledby={id} withBorder p="md" mt="lg">
      <Title order={2} size="h3" id={id} tabIndex={-1} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
