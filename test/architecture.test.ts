import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/** Which workspace packages each package may import (../shared/ARCHITECTURE.md, "Dependency direction"). */
const ALLOWED: Record<string, string[]> = {
  engine: [],
  diagram: ['engine'],
  store: ['engine'],
  server: ['engine', 'store', 'diagram'],
  runner: ['engine'],
  // Test helpers only: never imported by the packages above (none lists it).
  host: ['engine', 'store', 'server'],
  testing: ['engine', 'store', 'server'],
};

/** Node built-ins a pure package must not touch: no I/O, no environment, no clock of its own. */
const IO_MODULES = /^(node:)?(fs|fs\/promises|net|http|https|child_process|process|os|worker_threads|dgram|cluster)$/;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(entry.name)) out.push(path);
  }
  return out;
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!);
}

const packages = readdirSync(join(root, 'packages')).filter((name) => ALLOWED[name] !== undefined);

describe('dependency direction', () => {
  for (const name of packages) {
    it(`packages/${name} imports only the packages it may`, () => {
      const bad: string[] = [];
      for (const file of sourceFiles(join(root, 'packages', name, 'src'))) {
        for (const spec of imports(file)) {
          const match = /^@koers\/([^/]+)/.exec(spec);
          if (match && match[1] !== name && !ALLOWED[name]!.includes(match[1]!)) bad.push(`${relative(root, file)} -> ${spec}`);
          if (spec.startsWith('..') && !join(file, '..', spec).startsWith(join(root, 'packages', name))) {
            bad.push(`${relative(root, file)} -> ${spec} (reaches outside the package)`);
          }
        }
      }
      expect(bad).toEqual([]);
    });
  }

  for (const name of ['engine', 'diagram']) {
    it(`packages/${name} stays pure: no file, network or process access`, () => {
      const bad: string[] = [];
      for (const file of sourceFiles(join(root, 'packages', name, 'src'))) {
        for (const spec of imports(file)) if (IO_MODULES.test(spec)) bad.push(`${relative(root, file)} -> ${spec}`);
        if (/process\.env|Date\.now\(\)|new Date\(\)/.test(readFileSync(file, 'utf8'))) bad.push(`${relative(root, file)} reads env or clock`);
      }
      expect(bad).toEqual([]);
    });
  }
});

describe('time zones', () => {
  it('packages/engine never reads the machine\'s time zone: no local-time Date methods, durations through time/duration.ts', () => {
    const LOCAL_TIME = /\.(get|set)(FullYear|Month|Date|Day|Hours|Minutes|Seconds)\(|getTimezoneOffset|toLocale(Date|Time)?String|iso8601-duration/;
    const bad: string[] = [];
    for (const file of sourceFiles(join(root, 'packages', 'engine', 'src'))) {
      if (LOCAL_TIME.test(readFileSync(file, 'utf8'))) bad.push(relative(root, file));
    }
    expect(bad).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(root, 'packages', 'engine', 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    // Its end() uses the machine's local-time setters, so a due date moved with the server's TZ.
    expect(Object.keys(manifest.dependencies)).not.toContain('iso8601-duration');
  });
});
