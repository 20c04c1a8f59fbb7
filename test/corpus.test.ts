import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Problem, type SourceFile, evaluate, loadBundle } from '@koers/engine';
import { type Io, main } from '../apps/cli/src/main';
import { nestedStates } from '@koers/testing';

/**
 * The bad-input corpus: every folder in test/corpus is one broken trajectory type (a copy of
 * test/fixtures/valid with one thing broken) plus `expect.json`, the exact problems it must produce.
 * Hostile input that would be too big to commit is generated below at run time.
 */

const corpus = join(import.meta.dirname, 'corpus');
const fixture = join(import.meta.dirname, 'fixtures', 'valid');
const FOLDERS = ['workflows', 'forms'] as const;

interface Expected {
  file: string;
  pointer: string;
  code: string;
}
interface Expectation {
  description: string;
  problems: Expected[];
}

/** The case's .json files as the CLI finds them: workflows/ then forms/, each sorted. */
function readCase(dir: string): SourceFile[] {
  return FOLDERS.flatMap((folder) => {
    const path = join(dir, folder);
    if (!existsSync(path)) return [];
    return readdirSync(path).filter((name) => name.endsWith('.json')).sort()
      .map((name) => ({ file: `${folder}/${name}`, text: readFileSync(join(path, name), 'utf8') }));
  });
}

const byPlace = (a: Expected, b: Expected) =>
  a.file.localeCompare(b.file) || a.pointer.localeCompare(b.pointer) || a.code.localeCompare(b.code);
const located = (problems: Problem[]): Expected[] =>
  problems.map(({ file, pointer, code }) => ({ file, pointer, code })).sort(byPlace);

/** Runs the CLI in-process with captured output. */
async function cli(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (line) => out.push(line), err: (line) => err.push(...line.split('\n')) };
  const code = await main(argv, io);
  return { code, out, err };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const cases = readdirSync(corpus, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

describe('the bad-input corpus', () => {
  it('holds at least 40 cases, each with a described, non-empty expectation', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const name of cases) {
      expect(name, name).toMatch(/^\d{2,3}-[a-z0-9-]+$/);
      const expectation = JSON.parse(readFileSync(join(corpus, name, 'expect.json'), 'utf8')) as Expectation;
      expect(expectation.description.length, name).toBeGreaterThan(0);
      expect(expectation.problems.length, name).toBeGreaterThan(0);
      expect(readCase(join(corpus, name)).length, name).toBeGreaterThan(0);
    }
  });

  it('starts from a fixture that loads without a single problem', () => {
    const bundle = loadBundle(readCase(fixture));
    expect(bundle.problems).toEqual([]);
    expect(bundle.definitions).toHaveLength(1);
  });

  for (const name of cases) {
    const dir = join(corpus, name);
    const expectation = JSON.parse(readFileSync(join(dir, 'expect.json'), 'utf8')) as Expectation;

    describe(`${name}: ${expectation.description}`, () => {
      it('is refused by the loader with exactly the expected problems, each explained in Dutch and English', () => {
        const files = readCase(dir);
        let bundle: ReturnType<typeof loadBundle> | undefined;
        expect(() => { bundle = loadBundle(files); }).not.toThrow();
        expect(located(bundle!.problems)).toEqual([...expectation.problems].sort(byPlace));
        for (const problem of bundle!.problems) {
          expect(problem.message.nl.trim(), `${problem.code} nl`).not.toBe('');
          expect(problem.message.en.trim(), `${problem.code} en`).not.toBe('');
        }
        // A refused workflow is never handed out as a usable definition.
        const refused = new Set(expectation.problems.map((p) => p.file));
        expect(bundle!.definitions.filter((d) => refused.has(d.file))).toEqual([]);
      });

      it('makes `koers validate` exit 1 with one `file:pointer: message [code]` line per problem', async () => {
        const folders = FOLDERS.map((f) => join(dir, f)).filter((p) => existsSync(p)).map((p) => relative(process.cwd(), p));
        const { code, out, err } = await cli(['validate', ...folders]);
        expect(code).toBe(1);
        expect(out).toEqual([]);
        const summary = err.at(-1) ?? '';
        expect(summary).toMatch(new RegExp(`^${expectation.problems.length} probleem`));
        const lines = err.slice(0, -1);
        expect(lines).toHaveLength(expectation.problems.length);
        const unmatched = [...lines];
        for (const p of expectation.problems) {
          const path = relative(process.cwd(), join(dir, p.file));
          const pattern = new RegExp(`^${escapeRegExp(path)}:${escapeRegExp(p.pointer || '/')}: \\S.* \\[${escapeRegExp(p.code)}\\]$`);
          const at = unmatched.findIndex((line) => pattern.test(line));
          expect(at, `no line for ${p.file}:${p.pointer} [${p.code}] in\n${lines.join('\n')}`).toBeGreaterThanOrEqual(0);
          unmatched.splice(at, 1);
        }
      });
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Hostile input generated at run time: too big to commit, and each must give one specific code.

const miniText = readFileSync(join(fixture, 'workflows', 'mini.json'), 'utf8');
const formText = readFileSync(join(fixture, 'forms', 'mini-intake.json'), 'utf8');
const mini = () => JSON.parse(miniText) as Record<string, any>;
const T = (text: string) => ({ nl: text, en: text });

/**
 * Loads the files; the loader must not throw. How long it takes is the benchmark's business (`npm run bench`
 * times the large cases): here the test's own timeout is the bound that catches a hang or a blow-up.
 */
function loadSafely(files: SourceFile[]): { problems: Problem[] } {
  let problems: Problem[] = [];
  expect(() => { problems = loadBundle(files).problems; }).not.toThrow();
  return { problems };
}

const withForm = (workflow: string): SourceFile[] => [
  { file: 'workflows/mini.json', text: workflow },
  { file: 'forms/mini-intake.json', text: formText },
];

describe('hostile input generated at run time', () => {
  it('refuses 10,000 levels of nested arrays as too deep, before parsing them', () => {
    const { problems } = loadSafely([{ file: 'workflows/mini.json', text: `${'['.repeat(10_000)}${']'.repeat(10_000)}` }]);
    expect(located(problems)).toEqual([{ file: 'workflows/mini.json', pointer: '', code: 'too-deep' }]);
  });

  it('refuses 10,000 levels of nested objects in a form as too deep', () => {
    const { problems } = loadSafely([{ file: 'forms/mini-intake.json', text: `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}` }]);
    expect(located(problems)).toEqual([{ file: 'forms/mini-intake.json', pointer: '', code: 'too-deep' }]);
  });

  it('does not count brackets inside strings as nesting', () => {
    const d = mini();
    d.description = T(`${'[{'.repeat(2_000)} haakjes in een tekst`);
    const { problems } = loadSafely(withForm(JSON.stringify(d)));
    expect(located(problems)).toEqual([]);
  });

  it('refuses a file over 2 MB as too large', () => {
    const padded = miniText.replace('{', `{${' '.repeat(2.5 * 1024 * 1024)}`);
    const { problems } = loadSafely(withForm(padded));
    expect(located(problems)).toEqual([{ file: 'workflows/mini.json', pointer: '', code: 'too-large' }]);
  });

  it('refuses a title of a million characters with the pointer to that title', () => {
    const d = mini();
    d.title = { nl: 'x'.repeat(1_000_000), en: 'Mini' };
    const { problems } = loadSafely(withForm(JSON.stringify(d)));
    expect(located(problems)).toEqual([{ file: 'workflows/mini.json', pointer: '/title/nl', code: 'format-maxLength' }]);
  });

  it('refuses a state name of 5,000 characters, pointing at that state', () => {
    const d = mini();
    const name = `s${'a'.repeat(4_999)}`;
    d.machine.states[name] = { type: 'final', meta: { title: T('Lang') } };
    const { problems } = loadSafely(withForm(JSON.stringify(d)));
    expect(located(problems)).toEqual([{ file: 'workflows/mini.json', pointer: `/machine/states/${name}`, code: 'format-pattern' }]);
  });

  it('refuses 10,000 states side by side without hanging', () => {
    const d = mini();
    for (let i = 0; i < 10_000; i++) d.machine.states[`extra${i}`] = { type: 'final', meta: { title: T(`Extra ${i}`) } };
    const { problems } = loadSafely(withForm(JSON.stringify(d)));
    expect(located(problems)).toEqual([{ file: 'workflows/mini.json', pointer: '/machine/states', code: 'format-maxProperties' }]);
  });

  it('checks 9,900 nested states and finds the one broken target among them', () => {
    const d = nestedStates(mini());
    d.machine.states.s50.states.k50.on.VERDER = 'nergens';
    const { problems } = loadSafely(withForm(JSON.stringify(d)));
    expect(located(problems)).toEqual([{ file: 'workflows/mini.json', pointer: '/machine/states/s50/states/k50/on/VERDER', code: 'unknown-target' }]);
  });

  it('accepts the same 9,900 nested states without the broken target', () => {
    const { problems } = loadSafely(withForm(JSON.stringify(nestedStates(mini()))));
    expect(located(problems)).toEqual([]);
  });

  it('refuses an expression of 6,000 nodes as too large', () => {
    const d = mini();
    const expr = { '+': Array.from({ length: 3_000 }, () => ({ var: 'counters.rondes' })) };
    d.machine.states.check.always[0].guard = { type: 'condition', params: { expr } };
    const { problems } = loadSafely(withForm(JSON.stringify(d)));
    expect(problems.map((p) => p.code)).toEqual(['bad-expression']);
    expect(problems[0]!.pointer.startsWith('/machine/states/check/always/0/guard/params/expr/+/')).toBe(true);
    expect(problems[0]!.message.en).toMatch(/too large/);
  });

  it('refuses a form with 5,000 levels of nested schema as too deep rather than compiling it', () => {
    let schema = '{"type":"string"}';
    for (let i = 0; i < 5_000; i++) schema = `{"type":"object","properties":{"a":${schema}}}`;
    const text = formText.replace(/"schema": \{[\s\S]*?\n {2}\},\n {2}"uischema"/, `"schema": ${schema},\n  "uischema"`);
    const { problems } = loadSafely([{ file: 'forms/mini-intake.json', text }]);
    expect(located(problems)).toEqual([{ file: 'forms/mini-intake.json', pointer: '', code: 'too-deep' }]);
  });

  describe('expressions at run time', () => {
    const data = { event: { doelen: ['a', 'b'], naam: 'Noord' }, now: '2026-09-01T08:00:00.000Z', counters: { rondes: 1 } };

    it('read only the data\'s own properties, never inherited functions', () => {
      expect(evaluate({ var: 'event.toString' }, data)).toBeNull();
      expect(evaluate({ var: 'now.toUpperCase' }, data)).toBeNull();
      expect(evaluate({ var: ['event.valueOf', 'geen'] }, data)).toBe('geen');
    });

    it('still read lengths, list items and nested values', () => {
      expect(evaluate({ var: 'event.doelen.length' }, data)).toBe(2);
      expect(evaluate({ var: 'event.doelen.1' }, data)).toBe('b');
      expect(evaluate({ var: 'event.naam.length' }, data)).toBe(5);
      expect(evaluate({ map: [{ var: 'event.doelen' }, { cat: [{ var: '' }, '!'] }] }, data)).toEqual(['a!', 'b!']);
    });

    it('refuse to run a path that reaches for the host, even when it is computed', () => {
      for (const expr of [{ var: 'constructor.constructor' }, { var: { cat: ['constructor', '.constructor'] } }, { var: [['__proto__']] }]) {
        expect(() => evaluate(expr, data), JSON.stringify(expr)).toThrow(/unsafe expression/);
      }
    });
  });

  describe('through the CLI', () => {
    const dir = mkdtempSync(join(tmpdir(), 'koers-corpus-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('reports a deeply nested and an oversized file as one line each, without a stack trace', async () => {
      mkdirSync(join(dir, 'workflows'));
      writeFileSync(join(dir, 'workflows', 'diep.json'), `${'['.repeat(10_000)}${']'.repeat(10_000)}`);
      writeFileSync(join(dir, 'workflows', 'groot.json'), miniText.replace('{', `{${' '.repeat(2.5 * 1024 * 1024)}`));
      const { code, err } = await cli(['validate', join(dir, 'workflows')]);
      expect(code).toBe(1);
      expect(err.filter((line) => /\[too-deep\]$/.test(line))).toHaveLength(1);
      expect(err.filter((line) => /\[too-large\]$/.test(line))).toHaveLength(1);
      expect(err.join('\n')).not.toMatch(/\n\s+at /);
    });

    it('stops a file whose check outlasts the time budget, says so at that file, and still checks the others', async () => {
      const folder = join(dir, 'budget');
      mkdirSync(join(folder, 'workflows'), { recursive: true });
      mkdirSync(join(folder, 'forms'));
      // Checking 9,900 states takes a second or more; the budget here is a quarter of that.
      writeFileSync(join(folder, 'workflows', 'groot.json'), JSON.stringify(nestedStates(mini())));
      writeFileSync(join(folder, 'forms', 'mini-intake.json'), formText.replace('"examples": [', '"examples": [ { "besluit": "misschien" },'));
      const { code, err } = await cli(['validate', '--budget', '0.25', join(folder, 'workflows'), join(folder, 'forms')]);
      expect(code).toBe(1);
      expect(err.filter((line) => line.endsWith('[check-timeout]'))).toEqual([
        expect.stringMatching(/workflows\/groot\.json:\/: controle van dit bestand duurde langer dan 0\.25 s/),
      ]);
      expect(err.filter((line) => /forms\/mini-intake\.json:\/examples\/0\/besluit: .*\[bad-example\]$/.test(line))).toHaveLength(1);
    });
  });
});
