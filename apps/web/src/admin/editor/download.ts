import { downloadBlob } from '../../pages/download';

/** Offers `value` as a JSON file download (pretty-printed, as the files in workflows/ and forms/ are). */
export function downloadJson(fileName: string, value: unknown): void {
  downloadBlob(fileName, new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' }));
}
