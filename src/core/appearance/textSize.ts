/**
 * The text size of the app, in per cent of the normal size, kept per
 * computer (older eyes on one machine, a projector on another). Steps of 10
 * from 100 to 150 %: large enough to see a difference, few enough to find
 * one's way back.
 */
export const textSizes = [100, 110, 120, 130, 140, 150] as const;
export type TextSize = (typeof textSizes)[number];
export const DEFAULT_TEXT_SIZE: TextSize = 100;

/** A stored value as a text size; anything unknown (or damaged) is the normal size. */
export function parseTextSize(value: unknown): TextSize {
  const n = typeof value === 'string' ? Number(value) : value;
  return (textSizes as readonly unknown[]).includes(n) ? (n as TextSize) : DEFAULT_TEXT_SIZE;
}

/** One step larger (+1) or smaller (-1), staying within 100–150 %. */
export function stepTextSize(current: TextSize, direction: 1 | -1): TextSize {
  const index = textSizes.indexOf(current) + direction;
  return textSizes[Math.min(textSizes.length - 1, Math.max(0, index))] ?? DEFAULT_TEXT_SIZE;
}

/** Light, dark, or whatever the operating system is set to (`auto`, Mantine's name). */
export const colorSchemes = ['light', 'dark', 'auto'] as const;
export type ColorSchemeChoice = (typeof colorSchemes)[number];
