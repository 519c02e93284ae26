import type { CSSProperties, ReactNode } from 'react';

// Mantine's error red (red-6) is under WCAG AA on white; red-9 is 5.9:1. The hints
// under the fields (dimmed, gray-6) are under AA too; gray-7 is 7:1.
const readableColours = {
  '--mantine-color-error': 'var(--mantine-color-red-9)',
  '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
} as CSSProperties;

/**
 * The <form> of a record form: the browser's own checks off (the record's
 * rules check, in the user's language), error and hint colours readable, and
 * Enter or the Save button calls `onSubmit`.
 */
export function RecordFormFrame({
  onSubmit,
  children,
}: {
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <form
      noValidate
      style={readableColours}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}
