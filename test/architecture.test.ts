import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { violations, WORKSPACE } from './architecture-rules';

const root = join(import.meta.dirname, '..');

/** Every TypeScript file under a folder (relative to the repository root). */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  if (!existsSync(join(root, dir))) return out;
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(entry.name)) out.push(path);
  }
  return out;
}

const units = ['packages', 'apps'].flatMap((kind) => readdirSync(join(root, kind)).map((name) => `${kind}/${name}`))
  .filter((unit) => existsSync(join(root, unit, 'package.json')));

describe('dependency direction and third-party imports', () => {
  it('knows every package and app: a new one is given its rules here', () => {
    expect(units.filter((unit) => WORKSPACE[unit] === undefined)).toEqual([]);
  });

  it('type-checks every package and app under its own tsconfig, referenced from the root tsconfig.json', () => {
    const solution = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')) as { references: { path: string }[] };
    const referenced = new Set(solution.references.map((r) => r.path.replace(/\/tsconfig\.json$/, '')));
    expect(units.filter((unit) => !existsSync(join(root, unit, 'tsconfig.json')) || !referenced.has(unit))).toEqual([]);
  });

  for (const unit of units) {
    it(`${unit} imports only what it may`, () => {
      const bad = sourceFiles(`${unit}/src`).flatMap((file) => violations(unit, file, readFileSync(join(root, file), 'utf8')));
      expect(bad).toEqual([]);
    });
  }

  for (const name of ['engine', 'diagram']) {
    it(`packages/${name} stays pure: no environment, no clock`, () => {
      const bad: string[] = [];
      for (const file of sourceFiles(`packages/${name}/src`)) {
        if (/process\.env|Date\.now\(\)|new Date\(\)/.test(readFileSync(join(root, file), 'utf8'))) bad.push(`${file} reads env or clock`);
      }
      expect(bad).toEqual([]);
    });
  }
});

describe('the import rules catch what they forbid', () => {
  const check = (unit: string, line: string) => violations(unit, `${unit}/src/example.ts`, line);
  it.each([
    ['packages/engine', "import { readFileSync } from 'node:fs';", 'a Node built-in'],
    ['packages/engine', "import fs from 'fs';", 'a Node built-in'],
    ['packages/engine', "import type { Sql } from 'postgres';", 'a server or database library'],
    ['packages/engine', "const { drizzle } = await import('drizzle-orm/pglite');", 'a server or database library'],
    ['packages/engine', "import { useState } from 'react';", 'a UI library'],
    ['packages/engine', "import { toDot } from '@koers/diagram';", 'may import no other workspace package'],
    ['packages/diagram', "import { PGlite } from '@electric-sql/pglite';", 'a server or database library'],
    ['packages/diagram', "export { hostname } from 'node:os';", 'a Node built-in'],
    ['packages/runner', "import { Hono } from 'hono';", 'a server or database library'],
    ['packages/runner', "import { hc } from 'hono/client';", 'a server or database library'],
    ['packages/runner', "import { join } from 'node:path';", 'a Node built-in'],
    ['packages/runner', "import type { Store } from '@koers/store';", 'may import only @koers/engine'],
    ['apps/web', "import { createApp } from '@koers/server';", "only with 'import type'"],
    ['apps/web', "import { type AppType } from '@koers/server';", "only with 'import type'"],
    ['apps/web', "import { Hono } from 'hono';", 'a server or database library'],
    ['apps/web', "import { createStore } from '@koers/store';", 'may import only @koers/engine, @koers/runner'],
    ['apps/web', "import process from 'node:process';", 'a Node built-in'],
    ['apps/web', "import { toDot } from '@koers/diagram';", "use '@koers/diagram/browser'"],
    ['apps/cli', "import { main } from '../../server/src/main';", 'outside apps/cli'],
    ['apps/cli', "import { openDatabases } from '@koers/testing';", 'may import only'],
  ])('%s: %s', (unit, line, reason) => {
    const [message] = check(unit, line);
    expect(message).toContain(`${unit}/src/example.ts imports '`);
    expect(message).toContain(reason);
  });

  it('lets through what each unit may use', () => {
    expect(check('apps/web', "import type { AppType } from '@koers/server';")).toEqual([]);
    expect(check('apps/web', "import { hc } from 'hono/client';")).toEqual([]);
    expect(check('apps/web', "import { toDot } from '@koers/diagram/browser';")).toEqual([]);
    expect(check('packages/runner', "import { useState } from 'react';")).toEqual([]);
    expect(check('packages/engine', "import { safeRegExp } from '#regexp';")).toEqual([]);
    expect(check('packages/server', "import { Hono } from 'hono';")).toEqual([]);
  });
});

describe('time zones', () => {
  it('packages/engine never reads the machine\'s time zone: no local-time Date methods, durations through time/duration.ts', () => {
    const LOCAL_TIME = /\.(get|set)(FullYear|Month|Date|Day|Hours|Minutes|Seconds)\(|getTimezoneOffset|toLocale(Date|Time)?String|iso8601-duration/;
    const bad: string[] = [];
    for (const file of sourceFiles('packages/engine/src')) {
      if (LOCAL_TIME.test(readFileSync(join(root, file), 'utf8'))) bad.push(file);
    }
    expect(bad).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(root, 'packages', 'engine', 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    // Its end() uses the machine's local-time setters, so a due date moved with the server's TZ.
    expect(Object.keys(manifest.dependencies)).not.toContain('iso8601-duration');
  });
});
