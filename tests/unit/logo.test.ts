import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/cli/renderPdf';
import { generateDemoDataset } from '../../src/core/demo';
import { personDataDocument, personDataModel } from '../../src/core/reports';
import { associationProfileSchema } from '../../src/core/schemas';
import { logoProblem, readImageInfo } from '../../src/core/validators/image';
import { pdfText } from './support/pdfText';

// A real 3 × 2 RGB PNG (signature, IHDR, IDAT, IEND, every CRC right).
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAIAAAASFvFNAAAAEUlEQVR4nGP4z8AAQTD6PwMAPtUF+6guL00AAAAASUVORK5CYII=';
// A minimal baseline JPEG header: SOI, SOF0 of 16 × 8, EOI.
const JPEG = `data:image/jpeg;base64,${btoa(
  String.fromCharCode(0xff, 0xd8, 0xff, 0xc0, 0, 11, 8, 0, 8, 0, 16, 1, 1, 0x11, 0, 0xff, 0xd9),
)}`;

const bytesOf = (url: string) => Uint8Array.from(atob(url.split(',')[1]!), (c) => c.charCodeAt(0));
const urlOf = (type: string, b: Uint8Array) =>
  `data:image/${type};base64,${btoa(String.fromCharCode(...b))}`;

describe('a logo is checked by reading its bytes, not its prefix', () => {
  it('reads the type and size of a real PNG and JPEG', () => {
    expect(readImageInfo(PNG)).toMatchObject({ type: 'png', width: 3, height: 2 });
    expect(readImageInfo(JPEG)).toMatchObject({ type: 'jpeg', width: 16, height: 8 });
    expect(logoProblem(PNG)).toBeNull();
  });

  it('refuses the right prefix with other bytes behind it', () => {
    expect(logoProblem('data:image/png;base64,aGVsbG8=')).toBe('invalidImage');
    expect(logoProblem('data:image/png;base64,')).toBe('invalidImage');
    expect(logoProblem('data:image/png;base64,@@@@')).toBe('invalidImage');
    expect(logoProblem(JPEG.replace('jpeg', 'png'))).toBe('invalidImage');
  });

  it('refuses a PNG with any one byte changed or cut short', () => {
    const b = bytesOf(PNG);
    fc.assert(
      fc.property(fc.nat(b.length - 1), fc.integer({ min: 1, max: 255 }), (i, x) => {
        const changed = b.slice();
        changed[i] = changed[i]! ^ x;
        expect(readImageInfo(urlOf('png', changed))).toBeNull();
        expect(readImageInfo(urlOf('png', b.slice(0, i)))).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('the profile refuses an unreadable logo on input', () => {
    const base = generateDemoDataset({ seed: 1, today: '2026-11-15', people: 3 }).profile[0]!;
    expect(associationProfileSchema.safeParse({ ...base, logoDataUrl: PNG }).success).toBe(true);
    const bad = associationProfileSchema.safeParse({
      ...base,
      logoDataUrl: 'data:image/png;base64,aGVsbG8=',
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('invalidImage');
  });

  it("a stored logo that cannot be read never stops a report: the person's own data prints without it", async () => {
    const data = generateDemoDataset({ seed: 1, today: '2026-11-15', people: 3 });
    data.profile[0] = { ...data.profile[0]!, logoDataUrl: 'data:image/png;base64,aGVsbG8=' };
    const model = personDataModel(data, { personId: data.people[0]!.id, printedOn: '2026-11-15' });
    const text = pdfText(await renderPdf(personDataDocument(model, 'fi')));
    expect(text).toContain(data.people[0]!.fullName);
    data.profile[0] = { ...data.profile[0]!, logoDataUrl: PNG };
    const good = personDataModel(data, { personId: data.people[0]!.id, printedOn: '2026-11-15' });
    expect(pdfText(await renderPdf(personDataDocument(good, 'fi')))).toContain(
      data.people[0]!.fullName,
    );
  });
});
