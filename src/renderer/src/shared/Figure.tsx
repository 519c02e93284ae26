import { Paper, Text } from '@mantine/core';

/** One headline figure: a label and its value, as a description-list pair. */
export function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text component="dt" size="md" c="gray.7">
        {label}
      </Text>
      <Text component="dd" size="xl" fw={700} m={0} data-figure={label}>
        {value}
      </Text>
      {note && (
        <Text size="sm" c="gray.7" mt={4}>
          {note}
        </Text>
      )}
    </Paper>
  );
}
