import { describe, expect, it } from 'vitest';
import { fiscalYearStartMonthOptions } from '../../src/core/dates';
import { generateDemoDataset } from '../../src/core/demo';
import { annualReportModel } from '../../src/core/reports';
import { LOGO_MAX_BYTES } from '../../src/core/validators/image';
import { logoDataUrlProblem, logoFileProblem } from '../../src/core/validators/logoUpload';

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAIAAAASFvFNAAAAEUlEQVR4nGP4z8AAQTD6PwMAPtUF+6guL00AAAAASUVORK5CYII=';

describe('the fiscal year start month choice', () => {
  it('names the twelve months in the user’s language, 1 = January', () => {
    const fi = fiscalYearStartMonthOptions('fi');
    expect(fi.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(fi[0]!.label).toBe('tammikuu');
    expect(fi[6]!.label).toBe('heinäkuu');
    expect(fiscalYearStartMonthOptions('sv')[6]!.label).toBe('juli');
    expect(fiscalYearStartMonthOptions('en')[11]!.label).toBe('December');
  });

  it('is what the annual summary’s period follows', () => {
    const data = generateDemoDataset({ seed: 1, today: '2026-11-22' });
    const july = { ...data, profile: data.profile.map((p) => ({ ...p, fiscalYearStartMonth: 7 })) };
    expect(annualReportModel(july, { year: 2025, printedOn: '2026-11-22' }).period).toEqual({
      from: '2025-07-01',
      to: '2026-06-30',
    });
  });
});

describe('a chosen logo file', () => {
  it('is refused for its type or size before it is read', () => {
    expect(logoFileProblem({ type: 'image/png', size: 2000 })).toBeNull();
    expect(logoFileProblem({ type: 'image/jpeg', size: LOGO_MAX_BYTES })).toBeNull();
    expect(logoFileProblem({ type: 'image/gif', size: 2000 })).toBe('wrongType');
    expect(logoFileProblem({ type: 'image/svg+xml', size: 2000 })).toBe('wrongType');
    expect(logoFileProblem({ type: 'image/png', size: LOGO_MAX_BYTES + 1 })).toBe('tooLarge');
  });

  it('is refused when its bytes are not a readable PNG or JPEG, by the schema’s own rule', () => {
    expect(logoDataUrlProblem(PNG)).toBeNull();
    expect(logoDataUrlProblem('data:image/png;base64,aGVsbG8=')).toBe('unreadable');
  });
});
