import { downloadBlob } from '../download';

/**
 * CSV for Excel as Dutch offices use it: a semicolon between fields (Dutch Excel's list separator, since the
 * comma is the decimal sign; a comma-separated file opens there as one column), CRLF line ends, and a UTF-8
 * byte-order mark so Excel reads "ë" and "…" as UTF-8 instead of Windows-1252. Fields are quoted per RFC 4180
 * when they hold the separator, a quote or a line break. Text that starts like a formula (= + - @, tab, CR)
 * gets a leading apostrophe, so a school name can never run as a spreadsheet formula (CSV injection).
 */
export const CSV_SEPARATOR = ';';
export const BOM = '\uFEFF';

export type Cell = string | number | null | undefined;

/** One field, quoted when needed. Numbers are written as they are (no formula guard needed). */
export function csvField(value: Cell, separator = CSV_SEPARATOR): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: header row and data rows, without the BOM (add it where the file is made). */
export function toCsv(rows: readonly (readonly Cell[])[], separator = CSV_SEPARATOR): string {
  return rows.map((row) => row.map((cell) => csvField(cell, separator)).join(separator)).join('\r\n') + '\r\n';
}

/** Offers a CSV text as a download in the browser. */
export function downloadCsv(filename: string, text: string): void {
  downloadBlob(filename, new Blob([BOM, text], { type: 'text/csv;charset=utf-8' }));
}
