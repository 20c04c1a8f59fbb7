import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { webBuildIsStale } from '../src';

describe('the web build the server serves', () => {
  const dir = mkdtempSync(join(tmpdir(), 'koers-webbuild-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const source = join(dir, 'src', 'deep', 'page.tsx');
  const built = join(dir, 'dist', 'index.html');
  mkdirSync(join(dir, 'src', 'deep'), { recursive: true });
  writeFileSync(source, 'export {};');
  const at = (file: string, seconds: number) => utimesSync(file, seconds, seconds);

  it('is made when there is none', () => {
    expect(webBuildIsStale(join(dir, 'dist'), [join(dir, 'src')])).toBe(true);
  });

  it('is kept while it is newer than every source, and made again once a source deep in a folder changes', () => {
    mkdirSync(join(dir, 'dist'), { recursive: true });
    writeFileSync(built, '<html></html>');
    for (const folder of [join(dir, 'src'), join(dir, 'src', 'deep')]) at(folder, 1_000);
    at(source, 1_000);
    at(built, 2_000);
    expect(webBuildIsStale(join(dir, 'dist'), [join(dir, 'src')])).toBe(false);
    at(source, 3_000);
    expect(webBuildIsStale(join(dir, 'dist'), [join(dir, 'src')])).toBe(true);
  });
});
