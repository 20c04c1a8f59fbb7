import type { Lang } from '@koers/engine';

/**
 * A lookup for one feature's `{ nl, en }` texts with `{name}` placeholders.
 * @example const t = textTable({ hi: { nl: 'Hallo {who}', en: 'Hello {who}' } }); t('hi', 'en', { who: 'Ann' })
 */
export function textTable<K extends string>(table: Record<K, Record<Lang, string>>) {
  return (key: K, lang: Lang, vars: Record<string, string | number> = {}): string =>
    table[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
