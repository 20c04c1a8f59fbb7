import { type Lang, type Localized, textIn } from '@koers/engine';
import { msg } from '../i18n/messages';

/**
 * A number field's unit from its UI schema control: `"options": { "unit": "%" }` or, when the word differs per
 * language, `"options": { "unit": { "nl": "uren", "en": "hours" } }` (docs/definition-format.md, "Eenheid").
 */
export function unitOf(options: Record<string, unknown> | undefined, lang: Lang): string | undefined {
  const unit = options?.unit;
  if (typeof unit === 'string') return unit.trim() || undefined;
  if (unit && typeof unit === 'object' && typeof (unit as Localized).nl === 'string') return textIn(unit as Localized, lang).trim() || undefined;
  return undefined;
}

const fmt = (n: number, lang: Lang) => n.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB');

/**
 * What a number field takes, said under its label before anything is typed, so the rule the server checks
 * ("moet een getal zijn", the minimum) is no surprise: "Een getal in %, 0 of meer", "Een geheel getal van 1 tot en met 10".
 * @example numberHint({ type: 'integer', minimum: 1, maximum: 10 }, undefined, 'nl') // "Een geheel getal van 1 tot en met 10"
 */
export function numberHint(schema: { type?: unknown; minimum?: number; maximum?: number }, unit: string | undefined, lang: Lang): string {
  const whole = schema.type === 'integer' || (Array.isArray(schema.type) && schema.type.includes('integer'));
  const base = msg(whole ? 'hintInteger' : 'hintNumber', lang) + (unit ? msg('hintUnit', lang, { unit }) : '');
  const { minimum: min, maximum: max } = schema;
  if (min !== undefined && max !== undefined) return base + msg('hintBetween', lang, { min: fmt(min, lang), max: fmt(max, lang) });
  if (min !== undefined) return base + msg('hintAtLeast', lang, { min: fmt(min, lang) });
  if (max !== undefined) return base + msg('hintAtMost', lang, { max: fmt(max, lang) });
  return base;
}
