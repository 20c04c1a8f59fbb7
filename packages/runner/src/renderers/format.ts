import { type Lang, isEmptyAnswer } from '@koers/engine';
import { msg } from '../i18n/messages';
import type { FieldKind } from './testers';

const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Whether a value counts as "not filled in": the engine's rule for required fields. */
export const isEmptyValue: (value: unknown) => boolean = isEmptyAnswer;

/**
 * A stored answer as the reader sees it in read-only mode: dates written out (`6 oktober 2026`), numbers with a
 * decimal comma in Dutch, booleans as Ja/Nee. Dates are read as calendar days, so no time zone can shift them.
 */
export function formatValue(kind: FieldKind | 'choice' | 'scale', value: unknown, lang: Lang): string {
  if (isEmptyValue(value)) return msg('notFilled', lang);
  switch (kind) {
    case 'boolean':
      return msg(value === true ? 'yes' : 'no', lang);
    case 'date': {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value));
      if (!match) return String(value);
      const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
      return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(day);
    }
    case 'number':
    case 'integer':
      return typeof value === 'number' ? value.toLocaleString(LOCALE[lang]) : String(value);
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}
