import { Alert, List, Title, type TitleOrder } from '@mantine/core';

/** Why nothing can be imported: an alert, then every error by row and field. */
export function ImportErrorList({
  title,
  text,
  errorsTitle,
  lines,
  headingOrder,
}: {
  title: string;
  text: string;
  errorsTitle: string;
  lines: string[];
  headingOrder: TitleOrder;
}) {
  return (
    <>
      <Alert color="red" title={title} mb="lg" role="alert">
        {text}
      </Alert>
      <Title order={headingOrder} mb="sm">
        {errorsTitle}
      </Title>
      <List mb="xl" spacing="xs">
        {lines.map((line, i) => (
          <List.Item key={i}>{line}</List.Item>
        ))}
      </List>
    </>
  );
}
