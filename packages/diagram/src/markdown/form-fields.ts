import type { FormDefinition, JsonValue, Lang } from '@koers/engine';
import { type FieldSchema, answerText, fieldLabel, valueText } from '@koers/engine';
import { pointerSegment } from '../text';
import { word } from '../words';

/** One field of a form as documentation lists it. `pointer` uses `*` for "every item" of a list. */
export interface FieldRow {
  pointer: string;
  label: string;
  type: string;
  required: boolean;
  constraints: string[];
  description: string | undefined;
}

/**
 * Every field of a form, depth first in schema order: lists of groups show their item fields as
 * `/doelen/*\/doel`.
 */
export function formFields(form: FormDefinition, lang: Lang): FieldRow[] {
  const rows: FieldRow[] = [];
  const visit = (schema: FieldSchema, pointer: string, required: boolean) => {
    rows.push({
      pointer,
      label: fieldLabel(form, pointer, lang),
      type: typeText(schema, lang),
      required,
      constraints: constraints(form, pointer, schema, lang),
      description: lang === 'en' ? form.i18n?.en?.[`${i18nPath(pointer)}.description`] ?? schema.description : schema.description,
    });
    walk(schema, pointer);
  };
  const walk = (schema: FieldSchema, pointer: string) => {
    if (schema.properties) {
      for (const [key, child] of Object.entries(schema.properties)) {
        visit(child, `${pointer}/${pointerSegment(key)}`, (schema.required ?? []).includes(key));
      }
    }
    if (schema.items?.properties) walk(schema.items, `${pointer}/*`);
  };
  walk(form.schema as FieldSchema, '');
  return rows;
}

function i18nPath(pointer: string): string {
  return pointer.split('/').slice(1).filter((s) => s !== '*').join('.');
}

function typeText(schema: FieldSchema, lang: Lang): string {
  const nl = lang === 'nl';
  if (schema.enum || schema.oneOf) return nl ? 'keuze' : 'choice';
  const type = Array.isArray(schema.type) ? schema.type.filter((t) => t !== 'null')[0] : schema.type;
  switch (type) {
    case 'string':
      switch (schema.format) {
        case 'date': return nl ? 'datum' : 'date';
        case 'date-time': return nl ? 'datum en tijd' : 'date and time';
        case 'email': return nl ? 'e-mailadres' : 'email address';
        case 'uri': case 'url': return 'link';
        default: return nl ? 'tekst' : 'text';
      }
    case 'integer': return nl ? 'geheel getal' : 'whole number';
    case 'number': return nl ? 'getal' : 'number';
    case 'boolean': return nl ? 'ja/nee' : 'yes/no';
    case 'array': return schema.items?.properties ? (nl ? 'lijst van groepen' : 'list of groups') : (nl ? 'lijst' : 'list');
    case 'object': return nl ? 'groep' : 'group';
    default: return type ?? '';
  }
}

function constraints(form: FormDefinition, pointer: string, schema: FieldSchema, lang: Lang): string[] {
  const nl = lang === 'nl';
  const out: string[] = [];
  const options: JsonValue[] | undefined = schema.enum ?? schema.oneOf?.map((o) => o.const ?? null);
  if (options) out.push(`${nl ? 'opties' : 'options'}: ${options.map((o) => optionText(form, pointer, o, lang)).join(', ')}`);
  if (schema.minimum !== undefined) out.push(`${nl ? 'minimaal' : 'at least'} ${schema.minimum}`);
  if (schema.exclusiveMinimum !== undefined) out.push(`${nl ? 'meer dan' : 'more than'} ${schema.exclusiveMinimum}`);
  if (schema.maximum !== undefined) out.push(`${nl ? 'maximaal' : 'at most'} ${schema.maximum}`);
  if (schema.exclusiveMaximum !== undefined) out.push(`${nl ? 'minder dan' : 'less than'} ${schema.exclusiveMaximum}`);
  if (schema.minLength !== undefined && schema.minLength > 0) out.push(`${nl ? 'minimaal' : 'at least'} ${schema.minLength} ${nl ? 'teken(s)' : 'character(s)'}`);
  if (schema.maxLength !== undefined) out.push(`${nl ? 'maximaal' : 'at most'} ${schema.maxLength} ${nl ? 'tekens' : 'characters'}`);
  if (schema.minItems !== undefined && schema.minItems > 0) out.push(`${nl ? 'minimaal' : 'at least'} ${schema.minItems} ${nl ? 'item(s)' : 'item(s)'}`);
  if (schema.maxItems !== undefined) out.push(`${nl ? 'maximaal' : 'at most'} ${schema.maxItems} items`);
  if (schema.pattern !== undefined) out.push(`${nl ? 'patroon' : 'pattern'} ${schema.pattern}`);
  if (schema.default !== undefined) out.push(`${nl ? 'standaard' : 'default'} ${valueText(schema.default, lang, schema)}`);
  return out;
}

function optionText(form: FormDefinition, pointer: string, value: JsonValue, lang: Lang): string {
  const raw = typeof value === 'string' ? value : JSON.stringify(value);
  if (value === null) return word('empty', lang);
  // Only a real option title or translation is worth showing beside the stored value.
  const shown = answerText(form, pointer, value, lang);
  return shown !== valueText(value, lang) ? `${raw} (${shown})` : raw;
}
