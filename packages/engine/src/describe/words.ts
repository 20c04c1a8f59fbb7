import type { Lang } from '../format/localize';

/** The fixed words a rule in words uses, Dutch first; the diagram package adds its own to these. */
export const DESCRIPTION_WORDS = {
  and: { nl: 'en', en: 'and' },
  or: { nl: 'of', en: 'or' },
  yes: { nl: 'ja', en: 'yes' },
  no: { nl: 'nee', en: 'no' },
  empty: { nl: 'leeg', en: 'empty' },
  if: { nl: 'als', en: 'if' },
  unless: { nl: 'tenzij', en: 'unless' },
} as const;

/** One fixed word of a description in `lang`. */
export function describeWord(key: keyof typeof DESCRIPTION_WORDS, lang: Lang): string {
  return DESCRIPTION_WORDS[key][lang];
}
