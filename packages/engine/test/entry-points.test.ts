import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

/** Every .ts module under src, with the modules it imports at run time (type-only imports carry no code). */
function importGraph(): Map<string, string[]> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts')) files.push(path);
    }
  };
  walk(SRC);
  const known = new Set(files);
  return new Map(files.map((file) => {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/^(?:import|export)\s(?!type\b)[^;]*?from\s+'(\.[^']+)'/gms)].map((m) => {
      const base = resolve(dirname(file), m[1]!);
      return known.has(`${base}.ts`) ? `${base}.ts` : join(base, 'index.ts');
    });
    return [relative(SRC, file), targets.map((t) => relative(SRC, t))];
  }));
}

describe('the engine entry points', () => {
  it('only the loaders and the two entries reach lint code; the runtime (meetings, forms, expressions, time) does not', () => {
    const graph = importGraph();
    const reachesLint = (file: string, seen = new Set<string>()): boolean => {
      if (seen.has(file)) return false;
      seen.add(file);
      return (graph.get(file) ?? []).some((dep) => dep.startsWith('lint/') || reachesLint(dep, seen));
    };
    const reaching = [...graph.keys()].filter((file) => !file.startsWith('lint/') && reachesLint(file)).sort();
    expect(reaching).toEqual(['index.ts', 'lint.ts', 'load/bundle.ts', 'load/check-bundle.ts']);
    // The meeting fields once took the linter's list of name-holding keywords; the list now lives with the forms.
    expect(graph.get('forms/meetings.ts')).toContain('forms/schema-words.ts');
  });
});
