import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '@koers/testing';

// README "Schrijfstijl / writing style": Dutch copy addresses the reader as "u", never "je", "jij", "jouw" or "jullie".
// Words quoted from the source documents keep their own wording: text between quotation marks is skipped, and so is
// code (`je` in backticks), so a doc can name the words it avoids.
const INFORMAL = /\b(je|jij|jouw|jullie)\b/i;

function files(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const next = join(path, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(next);
      } else if (ext.test(entry.name)) out.push(next);
    }
  };
  walk(join(ROOT, dir));
  return out;
}

/** A text without what it quotes (‘…’, “…”, '…', "…") and without inline code. */
function ownWords(text: string): string {
  return text.replace(/`[^`]*`/g, '').replace(/‘[^’]*’|“[^”]*”|'[^']*'|"[^"]*"/g, '');
}

/**
 * The string literals of a TypeScript source, one line each (messages, errors, labels, lint reports): English never
 * has these words, so every literal can be checked, whatever function it is handed to.
 */
function literals(text: string): string[] {
  const withoutComments = text.replace(/\/\*[^]*?\*\//g, '').replace(/(^|[^:\\])\/\/.*$/gm, '$1');
  return [...withoutComments.matchAll(/(['"`])((?:\\.|(?!\1)[^\\\n])*)\1/g)].map((m) => m[2]!);
}

/** The texts people read in a form or workflow file: titles, descriptions, labels, instructions, `nl` texts; not example answers. */
function dutchInData(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return ['title', 'description', 'label', 'text', 'instructions', 'nl', 'message'].includes(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => dutchInData(item, key));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => {
    if (k === 'examples' || k === 'default' || k === 'en') return [];
    if (k === 'i18n') return dutchInData((v as { nl?: unknown }).nl ?? {}, 'nl');
    return dutchInData(v, k === 'nl' || /^[a-z]+(\.[a-zA-Z0-9-]+)+$/.test(k) ? 'nl' : k);
  });
}

function informal(file: string, texts: string[]): string[] {
  return texts.filter((text) => INFORMAL.test(ownWords(text))).map((text) => `${relative(ROOT, file)}: ${text}`);
}

describe('one form of address in Dutch copy: u', () => {
  it('uses no je, jij, jouw or jullie in the messages of the web app, runner, server and engine', () => {
    const sources = ['apps/web/src', 'packages/runner/src', 'packages/server/src', 'packages/engine/src', 'packages/diagram/src', 'packages/host/src', 'apps/cli/src']
      .flatMap((dir) => files(dir, /\.tsx?$/));
    expect(sources.flatMap((file) => informal(file, literals(readFileSync(file, 'utf8'))))).toEqual([]);
  });

  it('uses none in the forms and workflows, except in words quoted from the source documents', () => {
    const data = [...files('forms', /\.json$/), ...files('workflows', /\.json$/)];
    expect(data.flatMap((file) => informal(file, dutchInData(JSON.parse(readFileSync(file, 'utf8')))))).toEqual([]);
  });

  it('uses none in the documentation people read (README, docs/)', () => {
    const docs = [join(ROOT, 'README.md'), ...files('docs', /\.md$/)];
    expect(docs.flatMap((file) => informal(file, readFileSync(file, 'utf8').split(/\n\s*\n/)))).toEqual([]);
  });
});
