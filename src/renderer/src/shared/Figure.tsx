import { Paper, Text } from '@mantine/core';

/** One headline figure: a label and its value, as a description-list group. */
export function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text component="dt" size="md" c="gray.7">
        {label}
      </Text>
      <Text component="dd" m={0}>
        <Text component="span" size="xl" fw={700} display="block">
          {value}
        </Text>
        {note && (
          <Text component="span" size="sm" c="gray.7" mt={4} display="block">
            {note}
          </Text>
        )}
      </Text>
    </Paper>
  );
}
