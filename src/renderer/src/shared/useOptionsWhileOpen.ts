import type { ComboboxItem } from '@mantine/core';
import { useMemo, useState } from 'react';

const NONE: ComboboxItem[] = [];

/**
 * The options of a Select or MultiSelect over a long list (a federation's
 * 10 000 people), given to Mantine only while its dropdown is open. Mantine
 * checks and filters every option each time the field is drawn, open or not,
 * and the Hours page draws its person fields again on every save: ~30 ms of
 * it with 10 000 people. Closed, the field gets only its chosen options,
 * which is all it shows. Spread the result into the field's props.
 */
export function useOptionsWhileOpen(
  options: ComboboxItem[],
  chosen: string | readonly string[] | null | undefined,
) {
  const [open, setOpen] = useState(false);
  const closed = useMemo(() => {
    const ids = new Set(typeof chosen === 'string' ? [chosen] : (chosen ?? []));
    return ids.size === 0 ? NONE : options.filter((o) => ids.has(o.value));
  }, [options, chosen]);
  return {
    data: open ? options : closed,
    onDropdownOpen: () => setOpen(true),
    onDropdownClose: () => setOpen(false),
  };
}
