import type { FormDefinition, Localized } from '../format/types';
import { fieldLabels, i18nKey, schemaAt } from './fields';

/** The value a `contains` subschema asks for: its `const` (or single `enum`), directly or on one property of the item. */
function wanted(contains: unknown): { value: unknown; property?: string } | undefined {
  if (contains === null || typeof contains !== 'object') return undefined;
  const node = contains as { const?: unknown; enum?: unknown[]; properties?: Record<string, unknown> };
  if ('const' in node) return { value: node.const };
  if (Array.isArray(node.enum) && node.enum.length === 1) return { value: node.enum[0] };
  for (const [property, sub] of Object.entries(node.properties ?? {})) {
    const found = wanted(sub);
    if (found && found.property === undefined) return { value: found.value, property };
  }
  return undefined;
}

/** Lower-cases a label's first letter for use inside a sentence, but leaves abbreviations (`IB`, `PO-raad`) alone. */
const inSentence = (label: string) => (/^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label);

/**
 * The message for a list that lacks a required entry (`contains`): who or what is missing, by the label the
 * form shows for that value (`i18n.nl` / `i18n.en` under `<list>.<value>` or `<list>.<property>.<value>`,
 * else the value itself), and the list's title.
 * @example "de schoolmaatschappelijk werker ontbreekt bij de deelnemers"
 */
export function containsMessage(form: Pick<FormDefinition, 'schema' | 'i18n'>, pointer: string): Localized | undefined {
  const found = wanted((schemaAt(form.schema, pointer) as { contains?: unknown } | undefined)?.contains);
  if (!found) return undefined;
  const value = typeof found.value === 'string' ? found.value : JSON.stringify(found.value);
  const key = [i18nKey(pointer), found.property, value].filter((part) => part).join('.');
  const nlValue = form.i18n?.nl?.[key] ?? value;
  const enValue = form.i18n?.en?.[key] ?? nlValue;
  const list = fieldLabels(form, pointer) ?? { nl: 'de lijst', en: 'the list' };
  return {
    nl: `de ${inSentence(nlValue)} ontbreekt bij de ${inSentence(list.nl)}`,
    en: `the ${inSentence(enValue)} is missing from the ${inSentence(list.en)}`,
  };
}
