import type { Localized } from './types';

export type Lang = 'nl' | 'en';

/** Picks the text in `lang`, falling back to Dutch. */
export function t(text: Localized | undefined, lang: Lang = 'nl'): string {
  if (!text) return '';
  return text[lang] || text.nl;
}

/** Builds a Localized from two strings. */
export function L(nl: string, en: string): Localized {
  return { nl, en };
}
