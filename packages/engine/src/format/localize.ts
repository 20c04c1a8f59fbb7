import type { Localized } from './types';

export type Lang = 'nl' | 'en';

/**
 * Picks the text in `lang`, falling back to Dutch; empty for no text.
 * @example textIn({ nl: "Intake", en: "Intake meeting" }, "en") // "Intake meeting"
 */
export function textIn(text: Localized | undefined, lang: Lang = 'nl'): string {
  if (!text) return '';
  return text[lang] || text.nl;
}

/**
 * The description a new type's skeleton starts with. The format requires a non-empty description, so the skeleton
 * carries this text; editors flag it while it is unchanged, so it does not get published as if it were real.
 */
export const PLACEHOLDER_DESCRIPTION: Localized = {
  nl: 'Beschrijf hier waarvoor dit traject is.',
  en: 'Describe here what this trajectory is for.',
};

/** Whether a description (in either language) is still the skeleton's placeholder. */
export function isPlaceholderDescription(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  const text = value as Partial<Record<Lang, unknown>>;
  return text.nl === PLACEHOLDER_DESCRIPTION.nl || text.en === PLACEHOLDER_DESCRIPTION.en;
}

/** Builds a Localized from two strings. */
export function localized(nl: string, en: string): Localized {
  return { nl, en };
}

/**
 * The title of a date a type records (`recordDate`): its declaration in `dates`, else the key written as words
 * (`laatsteVoortgangsgesprek` -> "Laatste voortgangsgesprek").
 */
export function dateTitle(definition: { dates?: Record<string, { title: Localized }> }, key: string): Localized {
  const declared = definition.dates && Object.hasOwn(definition.dates, key) ? definition.dates[key]?.title : undefined;
  if (declared) return declared;
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase().trim();
  const text = words.charAt(0).toUpperCase() + words.slice(1);
  return { nl: text, en: text };
}

/**
 * A readable label for an enum value that has no translation: `externe-begeleiding` -> "Externe begeleiding".
 * Short codes (up to 3 letters, such as `ib`) are left as they are, since capitalising them would not help.
 */
export function humanizeValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (text.length <= 3) return text;
  const spaced = text.replace(/[_-]+/g, ' ').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
