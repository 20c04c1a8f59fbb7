import { describe, expect, it } from 'vitest';
import { csvDialect, csvField, toCsv } from '../src/pages/coach/csv';

describe('CSV for Dutch Excel', () => {
  it('writes decimals with a comma for Dutch Excel and a point for English Excel, never with thousands separators', () => {
    expect(csvField(7.5)).toBe('7,5');
    expect(csvField(1234.25)).toBe('1234,25');
    expect(csvField(7.5, csvDialect('en'))).toBe('7.5');
    expect(csvField(1234.25, csvDialect('en'))).toBe('1234.25');
  });

  it('leaves plain text and whole numbers as they are', () => {
    expect(csvField('IKC De Vlinderboom')).toBe('IKC De Vlinderboom');
    expect(csvField(38)).toBe('38');
    expect(csvField(-2)).toBe('-2');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('quotes a field with the separator, a quote or a line break, doubling quotes', () => {
    expect(csvField('Casemanager; Directie')).toBe('"Casemanager; Directie"');
    expect(csvField('School "De Ster"')).toBe('"School ""De Ster"""');
    expect(csvField('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvField('a,b')).toBe('a,b');
    expect(csvField('a,b', csvDialect('en'))).toBe('"a,b"');
  });

  it('keeps text that looks like a formula from running in a spreadsheet', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+31 20')).toBe("'+31 20");
    expect(csvField('@school')).toBe("'@school");
  });

  it('joins rows with semicolons and CRLF line ends', () => {
    expect(toCsv([['School', 'Dagen'], ['De Regenboog', 49]])).toBe('School;Dagen\r\nDe Regenboog;49\r\n');
  });
});
