import type { JsonValue } from '@koers/engine';

/** A `{ nl, en }` text of raw JSON as two strings ('' where missing). */
export function localizedOf(value: JsonValue | undefined): { nl: string; en: string } {
  const object = value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
  return { nl: typeof object.nl === 'string' ? object.nl : '', en: typeof object.en === 'string' ? object.en : '' };
}
