import { describe, expect, it } from 'vitest';
import { dataRowCount, parseCsv } from '../../src/core/import';
import { translate } from '../../src/core/i18n';

describe('an import counts the rows that hold data', () => {
  const csv = 'Nimi;Kotikunta\nMaija Mäki;Helsinki\n;\nPekka Puu;Tampere\n';
  const rows = parseCsv(csv);

  it('not the header row, nor blank rows', () => {
    expect(dataRowCount(rows, true)).toBe(2);
  });

  it('every filled row when the file has no header', () => {
    expect(dataRowCount(rows, false)).toBe(3);
    expect(dataRowCount([], true)).toBe(0);
    expect(dataRowCount([['Nimi', 'Kotikunta']], true)).toBe(0);
  });

  it('the file lines say data rows with plural forms', () => {
    expect(
      translate('fi', 'memberImport.page.fileInfo', {
        file: 'a.csv',
        count: 2,
        format: 'CSV',
      }),
    ).toBe('Tiedosto a.csv: 2 tietoriviä (CSV)');
    expect(translate('en', 'grantImport.dialog.fileInfo', { file: 'a.csv', count: 1 })).toBe(
      'a.csv: 1 data row',
    );
  });
});
