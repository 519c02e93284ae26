import { useSyncExternalStore } from 'react';
import { parseTextSize, stepTextSize, type TextSize } from '../../../core/appearance/textSize';

// The text size is a setting of this computer, not of the association's
// data: it lives in localStorage (also in the browser build), never in the
// database or the data file.
const STORAGE_KEY = 'talkoot.textSize';
const listeners = new Set<() => void>();

function read(): TextSize {
  try {
    return parseTextSize(localStorage.getItem(STORAGE_KEY));
  } catch {
    return parseTextSize(null); // storage blocked: the normal size
  }
}

let current: TextSize = read();

/** Every rem in Mantine's theme follows the root font size, so the whole layout grows. */
function apply(size: TextSize): void {
  document.documentElement.style.fontSize = `${size}%`;
}

/** Applies the stored size; call once before the first render. */
export function applyStoredTextSize(): void {
  apply(current);
}

export function textSize(): TextSize {
  return current;
}

export function setTextSize(size: TextSize): void {
  current = size;
  apply(size);
  try {
    localStorage.setItem(STORAGE_KEY, String(size));
  } catch {
    // Storage blocked: the size still applies until the window closes.
  }
  for (const listener of listeners) listener();
}

/** One step larger or smaller (View → Text size in the desktop menu). */
export function stepStoredTextSize(direction: 1 | -1): void {
  setTextSize(stepTextSize(current, direction));
}

export function useTextSize(): TextSize {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, textSize);
}
