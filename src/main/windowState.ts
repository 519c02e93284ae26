// Where the window opens: the size and place it had when it last closed, as
// long as that place is still on a screen. A laptop taken away from its
// second monitor, or a projector unplugged, must never leave the window
// off screen where an older user cannot find it. Pure logic (the displays are
// passed in), unit-tested in Node; index.ts reads and saves the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { atomicWrite } from '../node/atomicWrite';

export type Rectangle = { x: number; y: number; width: number; height: number };
/** What the window needs of a display (Electron's `Display` satisfies it). */
export type DisplayArea = { workArea: Rectangle };

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 860 } as const;
export const MIN_WINDOW_SIZE = { width: 960, height: 640 } as const;
/** How much of the window's top (its title bar) must be on a screen to be reachable. */
const VISIBLE_MIN = { width: 160, height: 48 } as const;

const finite = z.number().int().min(-100_000).max(100_000);
const windowStateSchema = z.object({
  x: finite,
  y: finite,
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export type WindowPlacement = Rectangle & { maximized: boolean };

/**
 * The bounds to open the window with. `saved` is whatever was in the file
 * (anything malformed is ignored). When the saved title bar is not on any
 * display now, the window opens at the default size in the middle of the
 * primary display; a saved size larger than its display shrinks to fit.
 */
export function windowPlacement(
  saved: unknown,
  displays: readonly DisplayArea[],
  primary: DisplayArea,
): WindowPlacement {
  const parsed = windowStateSchema.safeParse(saved);
  if (parsed.success) {
    const state = parsed.data;
    const titleBar = { x: state.x, y: state.y, width: state.width, height: VISIBLE_MIN.height };
    const home = displays.find((display) => {
      const overlap = intersection(titleBar, display.workArea);
      return (
        overlap !== null &&
        overlap.width >= Math.min(VISIBLE_MIN.width, state.width) &&
        overlap.height >= Math.min(VISIBLE_MIN.height, state.height)
      );
    });
    if (home) {
      const area = home.workArea;
      const width = clamp(state.width, MIN_WINDOW_SIZE.width, area.width);
      const height = clamp(state.height, MIN_WINDOW_SIZE.height, area.height);
      // Still on that display, moved in as far as the (possibly shrunk) size needs.
      const x = clamp(state.x, area.x, area.x + area.width - width);
      const y = clamp(state.y, area.y, area.y + area.height - height);
      return { x, y, width, height, maximized: state.maximized };
    }
  }
  return { ...centred(primary.workArea), maximized: false };
}

function centred(area: Rectangle): Rectangle {
  const width = Math.min(DEFAULT_WINDOW_SIZE.width, area.width);
  const height = Math.min(DEFAULT_WINDOW_SIZE.height, area.height);
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
  };
}

function intersection(a: Rectangle, b: Rectangle): Rectangle | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/** `value` within [min, max]; when the range is empty (a tiny display), `max`. */
function clamp(value: number, min: number, max: number): number {
  return Math.max(Math.min(value, max), Math.min(min, max));
}

/** The saved state in `userDataDir`, or null (first start, or a damaged file). */
export function readWindowState(
  userDataDir: string,
  readFile: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): unknown {
  try {
    return JSON.parse(readFile(join(userDataDir, WINDOW_STATE_FILE)));
  } catch {
    return null;
  }
}

/** What to keep when the window closes: its normal (not maximised) bounds and whether it was maximised. */
export function windowStateToSave(normalBounds: Rectangle, maximized: boolean): WindowState {
  return {
    x: Math.round(normalBounds.x),
    y: Math.round(normalBounds.y),
    width: Math.round(normalBounds.width),
    height: Math.round(normalBounds.height),
    maximized,
  };
}

export async function storeWindowState(
  userDataDir: string,
  state: WindowState,
  write: (path: string, data: string) => Promise<void> = atomicWrite,
): Promise<void> {
  await write(join(userDataDir, WINDOW_STATE_FILE), `${JSON.stringify(state)}\n`);
}
