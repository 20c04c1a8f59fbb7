import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatJson } from '../src/json-format';

const root = join(import.meta.dirname, '..', '..', '..');
const shipped = [...readdirSync(join(root, 'workflows')).map((f) => join(root, 'workflows', f)), ...readdirSync(join(root, 'forms')).map((f) => join(root, 'forms', f))];

describe('the JSON an export writes', () => {
  it('puts short objects and lists on one line and longer ones one entry a line', () => {
    expect(formatJson({ title: { nl: 'Intake', en: 'Intake' }, empty: {}, none: [], roles: ['a', 'b'] }))
      .toBe('{\n  "title": { "nl": "Intake", "en": "Intake" },\n  "empty": {},\n  "none": [],\n  "roles": ["a", "b"]\n}\n');
    expect(formatJson({ description: { nl: 'x'.repeat(80), en: 'y'.repeat(80) } })).toBe(`{\n  "description": {\n    "nl": "${'x'.repeat(80)}",\n    "en": "${'y'.repeat(80)}"\n  }\n}\n`);
  });

  it('reads back as the same value with the same key order for every shipped workflow and form', () => {
    for (const file of shipped) {
      const text = readFileSync(file, 'utf8');
      expect(JSON.stringify(JSON.parse(formatJson(JSON.parse(text)))), file).toBe(JSON.stringify(JSON.parse(text)));
    }
  });

  it('writes some shipped files byte for byte as they are committed (the style they were written in)', () => {
    const same = shipped.filter((file) => { const text = readFileSync(file, 'utf8'); return formatJson(JSON.parse(text)) === text; });
    expect(same.length).toBeGreaterThanOrEqual(10);
  });
});
