import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JsonObject, Lang } from '@koers/engine';
import { choiceOptions, setChoiceOptions } from '../src/admin/model/form-choices';
import {
  elementOption, fieldText, isRequired, layoutLabel, schemaValue, setElementOption, setFieldText, setLayoutLabel,
  setRequired, setSchemaValue,
} from '../src/admin/model/form-field-edit';
import { allFields, schemaNode } from '../src/admin/model/form-fields';
import { flatten, layoutOf, moveChild } from '../src/admin/model/form-layout';
import { readRule, writeRule } from '../src/admin/model/form-rule';

const dir = join(import.meta.dirname, '..', '..', '..', 'forms');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const load = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as JsonObject;
const LANGS: Lang[] = ['nl', 'en'];
const KEYWORDS = ['minimum', 'maximum', 'multipleOf', 'minLength', 'maxLength', 'minItems', 'maxItems', 'default'];
const OPTIONS = ['multi', 'slider', 'format', 'elementLabelProp'];

/** Reads every property the builder models and writes it back unchanged. */
function writeBackEverything(original: JsonObject): JsonObject {
  let form = original;
  for (const { pointer } of allFields(form)) {
    for (const lang of LANGS) {
      for (const part of ['label', 'description'] as const) form = setFieldText(form, pointer, part, lang, fieldText(form, pointer, part, lang));
    }
    form = setRequired(form, pointer, isRequired(form, pointer));
    for (const keyword of KEYWORDS) form = setSchemaValue(form, pointer, keyword, schemaValue(form, pointer, keyword));
    const node = schemaNode(form, pointer);
    const items = node?.items as JsonObject | undefined;
    if (node?.enum || node?.oneOf || items?.enum || items?.oneOf) form = setChoiceOptions(form, pointer, choiceOptions(form, pointer));
  }
  for (const item of flatten(layoutOf(form))) {
    if (item.kind === 'field' || item.keys[0] !== 'uischema') continue;
    for (const option of OPTIONS) form = setElementOption(form, item.keys, option, elementOption(form, item.keys, option));
    const rule = readRule(form, item.keys, parentBase(form, item.keys));
    if (rule !== 'custom' && rule !== undefined) form = writeRule(form, item.keys, parentBase(form, item.keys), rule);
    if (item.kind === 'group' || item.kind === 'tab') {
      for (const lang of LANGS) form = setLayoutLabel(form, item.keys, lang, layoutLabel(form, item.keys, lang));
    }
  }
  return form;
}

/** The base a UI element's scopes are relative to (a group's items inside its detail layout). */
function parentBase(form: JsonObject, keys: readonly (string | number)[]): string {
  const owner = flatten(layoutOf(form)).find((i) => i.childrenKeys && keys.join('/').startsWith(`${i.childrenKeys.join('/')}/`)
    && keys.length === i.childrenKeys.length + 1);
  return owner?.base ?? '';
}

describe('the form builder round trip over every shipped form', () => {
  it.each(files)('%s opens in the builder: every control points at a field of its schema', (file) => {
    const form = load(file);
    const items = flatten(layoutOf(form));
    expect(items.length).toBeGreaterThan(1);
    for (const item of items.filter((i) => i.kind === 'control')) expect(schemaNode(form, item.field!), item.id).toBeDefined();
    expect(items.some((i) => i.kind === 'other')).toBe(false);
  });

  it.each(files)('%s written back property by property is the file, key order included', (file) => {
    const original = load(file);
    const text = JSON.stringify(original);
    const form = writeBackEverything(original);
    expect(form).toEqual(original);
    expect(JSON.stringify(form)).toBe(text);
  });

  it.each(files)('%s: moving each field down and back up leaves it unchanged', (file) => {
    const original = load(file);
    let form = original;
    for (const parent of flatten(layoutOf(original))) {
      const count = parent.children?.length ?? 0;
      for (let i = 0; i + 1 < count; i += 1) form = moveChild(moveChild(form, parent, i, i + 1), parent, i + 1, i);
    }
    expect(JSON.stringify(form)).toBe(JSON.stringify(original));
  });
});
