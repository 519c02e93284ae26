import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TEXT_SIZE,
  parseTextSize,
  stepTextSize,
  textSizes,
} from '../../src/core/appearance/textSize';

describe('text size', () => {
  it('is 100–150 % in steps of 10, normal by default', () => {
    expect(textSizes).toEqual([100, 110, 120, 130, 140, 150]);
    expect(DEFAULT_TEXT_SIZE).toBe(100);
  });

  it('reads what was stored, and anything else as the normal size', () => {
    expect(parseTextSize('130')).toBe(130);
    expect(parseTextSize(150)).toBe(150);
    for (const junk of [null, undefined, '', '95', '155', '125', 'abc', '1e2x', {}, 200]) {
      expect(parseTextSize(junk)).toBe(100);
    }
  });

  it('steps up and down without leaving 100–150 %', () => {
    expect(stepTextSize(100, 1)).toBe(110);
    expect(stepTextSize(140, 1)).toBe(150);
    expect(stepTextSize(150, 1)).toBe(150);
    expect(stepTextSize(110, -1)).toBe(100);
    expect(stepTextSize(100, -1)).toBe(100);
  });
});
