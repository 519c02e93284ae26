import { Button, FileButton } from '@mantine/core';
import { useRef } from 'react';
import { hasNativeDialogs, openFileNative, readPickedFile } from '../platform';

const accept = [
  '.csv',
  '.txt',
  '.xlsx',
  'text/csv',
  'text/plain',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
].join(',');

/**
 * Pick a CSV or XLSX file: the native open dialog in the desktop app, a file
 * input in a browser. `onPicked` gets the name and bytes (null when cancelled).
 */
export function SpreadsheetFileButton({
  label,
  filterName,
  inputLabel,
  loading,
  onPicked,
}: {
  label: string;
  /** The file type's name in the native dialog ("Bank statement"). */
  filterName: string;
  /** The browser's file input's name, when it is not the filter's. */
  inputLabel?: string;
  loading: boolean;
  onPicked: (file: { name: string; data: Uint8Array } | null) => void;
}) {
  const reset = useRef<() => void>(null);
  if (hasNativeDialogs()) {
    return (
      <Button
        size="md"
        loading={loading}
        onClick={async () =>
          onPicked(await openFileNative([{ name: filterName, extensions: ['csv', 'txt', 'xlsx'] }]))
        }
      >
        {label}
      </Button>
    );
  }
  return (
    <FileButton
      accept={accept}
      resetRef={reset}
      onChange={async (f) => {
        reset.current?.();
        onPicked(f ? await readPickedFile(f) : null);
      }}
      inputProps={{ 'aria-label': inputLabel ?? filterName }}
    >
      {(props) => (
        <Button size="md" loading={loading} {...props}>
          {label}
        </Button>
      )}
    </FileButton>
  );
}
