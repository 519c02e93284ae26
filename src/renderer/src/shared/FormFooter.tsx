import { Alert, Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The end of a record form: the "fix the marked fields" alert while any field
 * is wrong, the reason a save was refused, then Save and Cancel (and, when
 * given, an action at the far end such as Delete).
 */
export function FormFooter({
  fixErrors,
  refusal,
  saving,
  saveLabel,
  cancelLabel,
  onCancel,
  end,
}: {
  /** The alert's text, or null while every field is right. */
  fixErrors: string | null;
  refusal: string | null;
  saving: boolean;
  saveLabel: string;
  cancelLabel: string;
  onCancel: () => void;
  end?: ReactNode;
}) {
  return (
    <>
      {fixErrors && (
        <Alert mt="md" color="red" role="alert">
          {fixErrors}
        </Alert>
      )}
      {refusal && (
        <Alert mt="md" color="red" role="alert">
          {refusal}
        </Alert>
      )}
      <Group mt="lg" justify="space-between">
        <Group>
          <Button type="submit" size="md" loading={saving}>
            {saveLabel}
          </Button>
          <Button size="md" variant="default" onClick={onCancel}>
            {cancelLabel}
          </Button>
        </Group>
        {end}
      </Group>
    </>
  );
}
