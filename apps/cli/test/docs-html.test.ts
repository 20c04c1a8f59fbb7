import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './run';

const root = join(import.meta.dirname, '..', '..', '..');
const PD = join(root, 'workflows/pd-schoolontwikkeling.json');
const MINI = join(root, 'test/fixtures/valid/workflows/mini.json');
const tmp = mkdtempSync(join(tmpdir(), 'koers-cli-html-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('koers docs --format html', () => {
  it('writes one printable HTML page with the diagram inside, and nothing else', async () => {
    const dir = join(tmp, 'html');
    const result = await run('docs', PD, '--out', dir, '--format', 'html');
    expect(result.code).toBe(0);
    expect(result.out).toBe(join(dir, 'pd-schoolontwikkeling.html'));
    const page = readFileSync(join(dir, 'pd-schoolontwikkeling.html'), 'utf8');
    expect(page).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(page).toContain('<figure class="diagram"><svg');
    expect(page).toContain('Afdrukken / PDF');
    expect(page).toContain('als er nog geen consultatietraject is aangevraagd');
    expect(existsSync(join(dir, 'pd-schoolontwikkeling.md'))).toBe(false);
  });

  it('writes it in English on request', async () => {
    const dir = join(tmp, 'html-en');
    expect((await run('docs', MINI, '--out', dir, '--format', 'html', '--lang', 'en')).code).toBe(0);
    const page = readFileSync(join(dir, 'mini.html'), 'utf8');
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<h2 class="page">Steps</h2>');
  });

  it('treats an unknown format as a usage error and writes nothing', async () => {
    const dir = join(tmp, 'never');
    const result = await run('docs', MINI, '--out', dir, '--format', 'pdf');
    expect(result.code).toBe(2);
    expect(result.err).toContain('--format moet markdown of html zijn');
    expect(existsSync(dir)).toBe(false);
  });
});
