import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './run';

const root = join(import.meta.dirname, '..', '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'koers-paths-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));


/** A copy of the valid fixture with its workflow changed. */
function fixtureWith(name: string, change: (workflow: Record<string, any>) => void): string {
  const dir = join(tmp, name);
  cpSync(join(root, 'test/fixtures/valid'), dir, { recursive: true });
  const file = join(dir, 'workflows', 'mini.json');
  const workflow = JSON.parse(readFileSync(file, 'utf8'));
  change(workflow);
  writeFileSync(file, JSON.stringify(workflow, null, 2));
  return file;
}

describe('koers <command> --help', () => {
  it('prints the command\'s help and exits 0 without running it, for every command and for -h too', async () => {
    for (const command of ['validate', 'diagram', 'docs', 'paths', 'verify', 'seed', 'serve']) {
      for (const flag of ['--help', '-h']) {
        const result = await run(command, flag);
        expect(result.code, `${command} ${flag}`).toBe(0);
        expect(result.out, `${command} ${flag}`).toMatch(new RegExp(`^koers ${command}`));
        expect(result.err, `${command} ${flag}`).toBe('');
      }
    }
  });
});

describe('koers validate', () => {
  it('accepts the shipped trajectory types and their forms', async () => {
    const result = await run('validate', join(root, 'workflows'), join(root, 'forms'));
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^ok: 3 trajectsoort/);
  });

  it('reports a missing folder as a problem, not a crash', async () => {
    const result = await run('validate', join(tmp, 'bestaat-niet'));
    expect(result.code).toBe(1);
    expect(result.err).toContain('bestaat niet');
  });
});

describe('koers paths', () => {
  it('prints every path as a table with Dutch step titles', async () => {
    const result = await run('paths', join(root, 'test/fixtures/valid/workflows/mini.json'));
    expect(result.code).toBe(0);
    expect(result.out).toContain('| 1 | Intake → Gestopt | Intake afronden | afgerond |');
    expect(result.out).toContain('Intake → Uitvoering → Uitvoering → Klaar');
    expect(result.out).toMatch(/2 paden \(2 afgerond, 0 vast\)$/);
  });

  it('fails on a path that gets stuck, and says which event was refused and why', async () => {
    const file = fixtureWith('stuck', (w) => {
      w.machine.states.uitvoering.on.RONDE_KLAAR.guard = { type: 'budgetAvailable', params: { budget: 'uren', amount: 100 } };
    });
    const result = await run('paths', file);
    expect(result.code).toBe(1);
    expect(result.out).toContain('| vast |');
    expect(result.err).toBe('vast in "Uitvoering": Ronde klaar: guard-false');
  });

  it('lists one route per choice through parallel tracks over three rounds, not their orderings, and counts them', async () => {
    const result = await run('paths', join(root, 'test/fixtures/paths/workflows/rondes.json'));
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/\n8 paden \(8 afgerond, 0 vast\)$/);
    expect(result.out.length).toBeLessThan(20_000);
    const json = await run('paths', join(root, 'test/fixtures/paths/workflows/rondes.json'), '--json');
    expect(json.out.length).toBeLessThan(200_000);
  });

  it('takes an event that stays in the step, so a guard on a counter it raises is no stuck path', async () => {
    const result = await run('paths', join(root, 'test/fixtures/paths/workflows/gesprekken.json'), '--lang', 'en');
    expect(result.code).toBe(0);
    expect(result.out).toContain('| 1 | Coaching → Coaching → Finished | Record conversation → Finish coaching | finished |');
    expect(result.out).toMatch(/1 paths \(1 finished, 0 stuck\)$/);
  });

  it('gives the paths as JSON with --json, in English with --lang en', async () => {
    const result = await run('paths', join(root, 'test/fixtures/valid/workflows/mini.json'), '--json');
    expect(JSON.parse(result.out)).toHaveLength(2);
    const en = await run('paths', join(root, 'test/fixtures/valid/workflows/mini.json'), '--lang', 'en');
    expect(en.out).toContain('| 1 | Intake → Stopped | Finish intake | finished |');
  });

  it('refuses wrong usage with exit code 2', async () => {
    expect((await run('paths')).code).toBe(2);
    expect((await run('paths', 'a.json', 'b.json')).code).toBe(2);
    expect((await run('paths', join(root, 'test/fixtures/valid/workflows/mini.json'), '--lang', 'fr')).code).toBe(2);
  });
});
