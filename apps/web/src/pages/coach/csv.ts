import type { Lang } from '@koers/engine';
import { formatNumber } from '../../i18n/format';
import { downloadBlob } from '../download';

/**
 * CSV for Excel as offices use it. Dutch (the default): a semicolon between fields (Dutch Excel's list separator,
 * since the comma is the decimal sign; a comma-separated file opens there as one column) and decimals with a comma
 * ("7,5": Dutch Excel reads "7.5" as a date or text). English: commas between fields and "7.5", as English Excel
 * expects. Either way CRLF line ends and a UTF-8 byte-order mark so Excel reads "ë" and "…" as UTF-8 instead of
 * Windows-1252. Fields are quoted per RFC 4180 when they hold the separator, a quote or a line break. Text that starts
 * like a formula (= + - @, tab, CR) gets a leading apostrophe, so a school name can never run as a spreadsheet formula
 * (CSV injection).
 */
export const CSV_SEPARATOR = ';';
export const BOM = '\uFEFF';

export type Cell = string | number | null | undefined;

/** How a CSV is written for Excel in a language: its field separator and its decimal sign. */
export interface CsvDialect {
  separator: string;
  lang: Lang;
}

/** Dutch Excel's dialect (`;` and "7,5"), or English Excel's (`,` and "7.5"). */
export const csvDialect = (lang: Lang): CsvDialect => ({ separator: lang === 'nl' ? CSV_SEPARATOR : ',', lang });

const DUTCH = csvDialect('nl');

/**
 * One field, quoted when needed. Numbers are written with the dialect's decimal sign and no thousands separator, so
 * Excel reads them as numbers (no formula guard needed).
 */
export function csvField(value: Cell, dialect: CsvDialect = DUTCH): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? formatNumber(value, dialect.lang, { grouping: false, digits: 4 }) : value;
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return text.includes(dialect.separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: header row and data rows, without the BOM (add it where the file is made). */
export function toCsv(rows: readonly (readonly Cell[])[], dialect: CsvDialect = DUTCH): string {
  return rows.map((row) => row.map((cell) => csvField(cell, dialect)).join(dialect.separator)).join('\r\n') + '\r\n';
}

/**
 * A date as Excel in the dialect's language reads it as a date (so the column sorts and filters as dates):
 * dd-mm-jjjj for Dutch Excel, yyyy-mm-dd for English, on the day in Europe/Amsterdam whatever the browser's zone.
 * The pages show dates as "12 mrt 2026" (i18n/format.ts); Excel does not read that reliably, so the CSV keeps this.
 */
export function csvDate(iso: string, lang: Lang): string {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso)).split('-');
  return lang === 'nl' ? `${d}-${m}-${y}` : `${y}-${m}-${d}`;
}

/** Offers a CSV text as a download in the browser. */
export function downloadCsv(filename: string, text: string): void {
  downloadBlob(filename, new Blob([BOM, text], { type: 'text/csv;charset=utf-8' }));
}
