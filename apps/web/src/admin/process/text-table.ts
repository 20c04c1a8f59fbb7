import type { Lang } from '@koers/engine';
import { fillText } from '../../i18n/messages';

/**
 * A lookup for one feature's `{ nl, en }` texts with `{name}` placeholders.
 * @example const t = textTable({ hi: { nl: 'Hallo {who}', en: 'Hello {who}' } }); t('hi', 'en', { who: 'Ann' })
 */
export function textTable<K extends string>(table: Record<K, Record<Lang, string>>) {
  return (key: K, lang: Lang, vars: Record<string, string | number> = {}): string =>
    fillText(table[key][lang], vars);
}
