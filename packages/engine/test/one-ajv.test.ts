import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '@koers/testing';

/** Every TypeScript source file under the packages' and apps' `src` folders. */
function sources(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name)) out.push(path);
    }
  };
  for (const group of ['packages', 'apps']) {
    for (const pkg of readdirSync(join(ROOT, group))) {
      try {
        walk(join(ROOT, group, pkg, 'src'));
      } catch { /* a package without src */ }
    }
  }
  return out;
}

/** Whether source text constructs Ajv or imports its class as a value (type-only imports are fine). */
function buildsAjv(text: string): boolean {
  const values = text.replace(/import type [^;]+;/g, '').replace(/\btype Ajv\b/g, '');
  return /new Ajv\b|\{[^}]*\bAjv\b[^}]*\}\s*from\s*'ajv'|import Ajv\b/.test(values);
}

describe('one Ajv factory', () => {
  it('builds every Ajv through createAjv in the engine, so the options live in one place', () => {
    const factory = join(ROOT, 'packages/engine/src/forms/ajv.ts');
    const elsewhere = sources()
      .filter((file) => file !== factory && buildsAjv(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(elsewhere).toEqual([]);
  });
});
