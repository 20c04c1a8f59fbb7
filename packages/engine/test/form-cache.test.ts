import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBundle, createFormCache, type JsonObject } from '../src';

const ROOT = resolve(import.meta.dirname, '../../..');
const read = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as JsonObject;
const pd = read('workflows/pd-schoolontwikkeling.json');
const pdForms = readdirSync(join(ROOT, 'forms')).filter((f) => f.startsWith('pd-')).map((f) => read(`forms/${f}`));
const withTitle = (title: string) => ({ ...pd, title: { nl: title, en: title } });

describe('checking a bundle again with a form cache', () => {
  it('finds exactly what a check without the cache finds, for a clean and for a broken bundle', () => {
    const cache = createFormCache();
    const broken = pdForms.map((f, i) => (i === 2 ? { ...f, schema: { type: 'object', properties: { x: { type: 'nope' } } } } : f));
    for (const forms of [pdForms, broken, pdForms]) {
      const plain = checkBundle(pd, forms);
      const cached = checkBundle(pd, forms, { formCache: cache });
      expect(cached.problems).toEqual(plain.problems);
      expect(cached.definition === undefined).toBe(plain.definition === undefined);
    }
  });

  it('reuses the compiled forms while only the definition changes', () => {
    const cache = createFormCache();
    const first = checkBundle(withTitle('Een'), pdForms, { formCache: cache });
    const second = checkBundle(withTitle('Twee'), pdForms, { formCache: cache });
    expect(second.definition?.definition.title.nl).toBe('Twee');
    const formOf = (r: typeof first, id: string) => r.definition!.forms.get(id);
    expect(formOf(second, 'pd-intake')).toBe(formOf(first, 'pd-intake'));
    expect(cache.size).toBe(pdForms.length);
  });

  it('checks a changed form again and reports its problem in its own place', () => {
    const cache = createFormCache();
    checkBundle(pd, pdForms, { formCache: cache });
    const changed = pdForms.map((f, i) => (i === 0 ? { ...f, schema: { type: 'object', properties: { x: { type: 'nope' } } } } : f));
    const { problems } = checkBundle(pd, changed, { formCache: cache });
    expect(problems.some((p) => p.file === 'forms/0')).toBe(true);
  });

  it('forgets the least recently used forms beyond its bound', () => {
    const cache = createFormCache(3);
    checkBundle(pd, pdForms, { formCache: cache });
    expect(cache.size).toBe(3);
  });
});
