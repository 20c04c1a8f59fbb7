import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './run';

const root = join(import.meta.dirname, '..', '..', '..');
const MINI = join(root, 'test/fixtures/valid/workflows/mini.json');
const PARALLEL = join(root, 'test/fixtures/parallel/workflows/parallel.json');
const tmp = mkdtempSync(join(tmpdir(), 'koers-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));


function tmpFile(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}

describe('koers diagram', () => {
  it('prints Mermaid and DOT to stdout when there is no --out', async () => {
    const mermaid = await run('diagram', MINI, '--format', 'mermaid');
    expect(mermaid.code).toBe(0);
    expect(mermaid.out).toContain('stateDiagram-v2');
    expect(mermaid.out).toContain('state "Intake" as s_intake');
    const dot = await run('diagram', MINI, '--format', 'dot', '--lang', 'en');
    expect(dot.code).toBe(0);
    expect(dot.out).toMatch(/^digraph "mini" \{/);
    expect(dot.out).toContain('<B>Execution</B>');
  });

  it('writes SVG and PNG files with --out, creating the folder', async () => {
    const svgFile = join(tmp, 'nieuw', 'mini.svg');
    const svg = await run('diagram', MINI, '--format', 'svg', '--out', svgFile);
    expect(svg.code).toBe(0);
    expect(readFileSync(svgFile, 'utf8')).toContain('>Uitvoering</text>');
    const pngFile = join(tmp, 'parallel.png');
    const png = await run('diagram', PARALLEL, '--format', 'png', '--out', pngFile, '--width', '900');
    expect(png.code).toBe(0);
    expect(png.out).toContain(pngFile);
    const bytes = readFileSync(pngFile);
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(bytes.readUInt32BE(16)).toBe(900);
  });

  it('takes the format from the --out extension when --format is left out', async () => {
    const file = join(tmp, 'mini.mmd');
    expect((await run('diagram', MINI, '--out', file)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('stateDiagram-v2');
  });

  it('draws an overlay of counts from a JSON file', async () => {
    const counts = tmpFile('counts.json', JSON.stringify({ intake: { count: 12, overdue: 3 }, uitvoering: { count: 2 } }));
    const result = await run('diagram', MINI, '--format', 'dot', '--overlay', counts);
    expect(result.code).toBe(0);
    expect(result.out).toContain('12 trajecten');
    expect(result.out).toContain('3 over tijd');
  });

  it('refuses an overlay with unknown steps or bad counts, naming file and pointer', async () => {
    const counts = tmpFile('bad-counts.json', JSON.stringify({ nergens: { count: 1 }, intake: { count: 2, overdue: 5 }, klaar: { count: -1 } }));
    const result = await run('diagram', MINI, '--format', 'svg', '--overlay', counts);
    expect(result.code).toBe(1);
    expect(result.err.split('\n')).toEqual([
      `${counts}:/nergens: onbekende stap "nergens" in mini`,
      `${counts}:/intake/overdue: overdue (5) is groter dan count (2)`,
      `${counts}:/klaar/count: count moet een geheel getal ≥ 0 zijn`,
    ]);
    expect(result.out).toBe('');
  });

  it('refuses an overlay that is not JSON, or not there', async () => {
    const broken = tmpFile('broken.json', '{ "intake": ');
    const bad = await run('diagram', MINI, '--format', 'dot', '--overlay', broken);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:/: geen geldige JSON`));
    const missing = await run('diagram', MINI, '--format', 'dot', '--overlay', join(tmp, 'nope.json'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('nope.json: bestand bestaat niet / file does not exist');
  });

  it('reports a missing workflow file with its name', async () => {
    const result = await run('diagram', join(tmp, 'weg.json'), '--format', 'svg');
    expect(result.code).toBe(1);
    expect(result.err).toBe(`${join(tmp, 'weg.json')}: bestand bestaat niet / file does not exist`);
  });

  it('treats a wrong format, png to stdout, unknown options and a missing workflow argument as usage errors', async () => {
    const format = await run('diagram', MINI, '--format', 'gif');
    expect(format.code).toBe(2);
    expect(format.err).toContain('--format moet svg, png, mermaid, dot zijn');
    const png = await run('diagram', MINI, '--format', 'png');
    expect(png.code).toBe(2);
    expect(png.err).toContain('geef --out bestand.png');
    const typo = await run('diagram', MINI, '--fromat', 'svg');
    expect(typo.code).toBe(2);
    expect(typo.err).toContain('--fromat');
    expect((await run('diagram', '--format', 'svg')).code).toBe(2);
    expect((await run('diagram', MINI, '--format', 'svg', '--lang', 'de')).code).toBe(2);
    expect((await run('diagram', MINI, '--format', 'png', '--out', join(tmp, 'x.png'), '--width', 'breed')).code).toBe(2);
  });
});

describe('koers docs', () => {
  it('writes Markdown documentation with the diagram beside it as SVG and PNG', async () => {
    const dir = join(tmp, 'docs');
    const result = await run('docs', PARALLEL, '--out', dir);
    expect(result.code).toBe(0);
    expect(result.out.split('\n')).toEqual(['parallel.svg', 'parallel.png', 'parallel.md'].map((f) => join(dir, f)));
    const md = readFileSync(join(dir, 'parallel.md'), 'utf8');
    expect(md).toMatch(/^# Parallel traject\n/);
    expect(md).toContain('![Processchema: Parallel traject](parallel.svg)');
    expect(md).toContain('```mermaid');
    expect(md).toContain('## Alle paden');
    expect(readFileSync(join(dir, 'parallel.svg'), 'utf8')).toContain('>Kennismaking</text>');
    expect([...readFileSync(join(dir, 'parallel.png')).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('writes English documentation on request', async () => {
    const dir = join(tmp, 'docs-en');
    expect((await run('docs', MINI, '--out', dir, '--lang', 'en')).code).toBe(0);
    const md = readFileSync(join(dir, 'mini.md'), 'utf8');
    expect(md).toContain('## Steps');
    expect(md).toContain('![Process diagram: Mini](mini.svg)');
  });

  it('needs --out and an existing workflow', async () => {
    const noOut = await run('docs', MINI);
    expect(noOut.code).toBe(2);
    expect(noOut.err).toContain('--out');
    const missing = await run('docs', join(tmp, 'weg.json'), '--out', join(tmp, 'never'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('bestand bestaat niet');
    expect(existsSync(join(tmp, 'never'))).toBe(false);
  });

  it('reports a folder it cannot write to with its name', async () => {
    const file = tmpFile('not-a-folder', 'x');
    const result = await run('docs', MINI, '--out', file);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/not-a-folder\/mini\.svg: kan niet schrijven \/ cannot write/);
  });
});
