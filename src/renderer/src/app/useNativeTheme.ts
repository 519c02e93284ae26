import { useMantineColorScheme } from '@mantine/core';
import { useEffect } from 'react';

/**
 * Tells main the colours chosen in Settings → Appearance (at the start and
 * on every change), so the desktop window's own title bar, menus and dialogs
 * follow the page: light, dark, or the system's. Nothing in a browser.
 */
export function useNativeTheme(): void {
  const { colorScheme } = useMantineColorScheme();
  useEffect(() => {
    void window.api?.setTheme?.({ theme: colorScheme }).catch(() => undefined);
  }, [colorScheme]);
}
