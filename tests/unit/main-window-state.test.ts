import fc from 'fast-check';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_SIZE,
  readWindowState,
  storeWindowState,
  windowPlacement,
  windowStateToSave,
  WINDOW_STATE_FILE,
  type DisplayArea,
} from '../../src/main/windowState';

const laptop: DisplayArea = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const monitorRight: DisplayArea = { workArea: { x: 1920, y: 0, width: 2560, height: 1400 } };
const monitorLeft: DisplayArea = { workArea: { x: -1600, y: 0, width: 1600, height: 860 } };

describe('window placement', () => {
  it('reopens where it was, maximised or not', () => {
    const saved = { x: 100, y: 80, width: 1200, height: 800, maximized: true };
    expect(windowPlacement(saved, [laptop], laptop)).toEqual(saved);
    const onSecond = { x: 2200, y: 100, width: 1400, height: 900, maximized: false };
    expect(windowPlacement(onSecond, [laptop, monitorRight], laptop)).toEqual(onSecond);
  });

  it('opens at the default size in the middle of the primary display when its display is gone', () => {
    const onSecond = { x: 2200, y: 100, width: 1400, height: 900, maximized: true };
    expect(windowPlacement(onSecond, [laptop], laptop)).toEqual({
      x: (1920 - DEFAULT_WINDOW_SIZE.width) / 2,
      y: (1040 - DEFAULT_WINDOW_SIZE.height) / 2,
      ...DEFAULT_WINDOW_SIZE,
      maximized: false,
    });
    const onLeft = { x: -1500, y: 20, width: 1200, height: 800, maximized: false };
    expect(windowPlacement(onLeft, [laptop, monitorLeft], laptop)).toEqual(onLeft);
    expect(windowPlacement(onLeft, [laptop], laptop).x).toBe(320);
  });

  it('treats a title bar barely on screen as gone, and a window hanging off an edge as moved in', () => {
    // Only 40 px of the title bar left on the laptop: not reachable.
    const barely = { x: 1880, y: 100, width: 1200, height: 800, maximized: false };
    expect(windowPlacement(barely, [laptop], laptop).x).toBe(320);
    // Half off the right edge: kept on the laptop, moved in.
    const half = { x: 1400, y: 500, width: 1200, height: 800, maximized: false };
    expect(windowPlacement(half, [laptop], laptop)).toEqual({
      x: 720,
      y: 240,
      width: 1200,
      height: 800,
      maximized: false,
    });
  });

  it('shrinks a saved size larger than its display (a smaller screen now)', () => {
    const big = { x: 0, y: 0, width: 2500, height: 1400, maximized: false };
    expect(windowPlacement(big, [laptop], laptop)).toEqual({
      x: 0,
      y: 0,
      width: 1920,
      height: 1040,
      maximized: false,
    });
  });

  it('ignores a missing or damaged state', () => {
    for (const saved of [
      null,
      undefined,
      'x',
      {},
      { x: 1, y: 2 },
      { x: NaN, y: 0, width: 5, height: 5 },
    ]) {
      expect(windowPlacement(saved, [laptop], laptop)).toMatchObject({ ...DEFAULT_WINDOW_SIZE });
    }
  });

  it('always puts the title bar on one of the displays, whatever was saved', () => {
    const display = fc
      .record({
        x: fc.integer({ min: -5000, max: 5000 }),
        y: fc.integer({ min: -3000, max: 3000 }),
        width: fc.integer({ min: 800, max: 4000 }),
        height: fc.integer({ min: 600, max: 3000 }),
      })
      .map((workArea) => ({ workArea }));
    fc.assert(
      fc.property(
        fc.array(display, { minLength: 1, maxLength: 3 }),
        fc.anything(),
        fc.record({
          x: fc.integer({ min: -10000, max: 10000 }),
          y: fc.integer({ min: -10000, max: 10000 }),
          width: fc.integer({ min: 1, max: 8000 }),
          height: fc.integer({ min: 1, max: 8000 }),
          maximized: fc.boolean(),
        }),
        fc.boolean(),
        (displays, junk, state, useJunk) => {
          const placed = windowPlacement(useJunk ? junk : state, displays, displays[0]!);
          const onSome = displays.some(({ workArea: a }) => {
            return (
              placed.x >= a.x &&
              placed.y >= a.y &&
              placed.x + placed.width <= a.x + a.width &&
              placed.y + placed.height <= a.y + a.height
            );
          });
          expect(onSome).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('window state file', () => {
  it('keeps the normal bounds and maximised flag across a restart, atomically', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'talkoot-window-'));
    expect(readWindowState(dir)).toBeNull();
    await storeWindowState(
      dir,
      windowStateToSave({ x: 10.4, y: 20, width: 1000, height: 700 }, true),
    );
    expect(JSON.parse(await readFile(join(dir, WINDOW_STATE_FILE), 'utf8'))).toEqual({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      maximized: true,
    });
    expect(windowPlacement(readWindowState(dir), [laptop], laptop)).toMatchObject({
      x: 10,
      maximized: true,
    });
    await writeFile(join(dir, WINDOW_STATE_FILE), '{broken');
    expect(readWindowState(dir)).toBeNull();
  });
});
