import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '@koers/testing';
import { bundleCli } from '../src/bundle';
// @ts-expect-error plain JavaScript without types: the check bin/koers.js makes before tsx is loaded
import { bundleIsFresh } from '../bin/fresh.js';

const cache = mkdtempSync(join(tmpdir(), 'koers-bundle-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));
let file: string;

/**
 * Runs the compiled CLI in a process of its own, as bin/koers.js does. With `once`, when the output matches it, calls
 * `once.then` with the first group while the process runs, then stops the process.
 */
function runBundle(args: string[], env: Record<string, string> = {}, once?: { match: RegExp; then: (found: string) => Promise<void> }) {
  // A file, not `node -e`: the loader thread of `validate` inherits the process's flags, and `--input-type` is refused there.
  const runner = join(cache, 'run.mjs');
  writeFileSync(runner, `const { main } = await import(${JSON.stringify(pathToFileURL(file).href)});\nprocess.exitCode = await main(process.argv.slice(2));\n`);
  const child = spawn(process.execPath, [runner, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let during: Promise<void> | undefined;
  const seen = (chunk: Buffer) => {
    out += chunk.toString();
    const found = once && !during ? once.match.exec(out) : null;
    if (found) during = once!.then(found[1]!).finally(() => child.kill('SIGTERM'));
  };
  child.stdout.on('data', seen);
  child.stderr.on('data', seen);
  return new Promise<{ code: number | null; out: string; ran: boolean }>((resolve, reject) => {
    child.once('close', (code) => {
      if (!during) resolve({ code, out, ran: false });
      else during.then(() => resolve({ code, out, ran: true }), reject);
    });
  });
}

describe('the compiled CLI (koers prepare)', () => {
  beforeAll(async () => {
    ({ file } = await bundleCli(ROOT, cache));
  }, 60_000);

  it('lists every source it was made from, and is fresh until one of them changes', () => {
    const manifest = JSON.parse(readFileSync(`${file}.json`, 'utf8')) as { inputs: Record<string, { size: number }> };
    expect(Object.keys(manifest.inputs)).toEqual(expect.arrayContaining(['apps/cli/src/main.ts', 'packages/store/src/create.ts', 'packages/engine/src/index.ts']));
    // The packages stay imports; the files it imports from them are listed, so a package changed by an install makes it stale.
    expect(Object.keys(manifest.inputs).filter((f) => f.startsWith('node_modules/')).some((f) => f.startsWith('node_modules/hono/'))).toBe(true);
    expect(bundleIsFresh(ROOT, file)).toBe(true);
    const changed = join(cache, 'changed.mjs');
    writeFileSync(`${changed}.json`, JSON.stringify({ ...manifest, inputs: { ...manifest.inputs, 'apps/cli/src/main.ts': { ...manifest.inputs['apps/cli/src/main.ts']!, size: 1 } } }));
    expect(bundleIsFresh(ROOT, changed)).toBe(false);
    writeFileSync(`${changed}.json`, JSON.stringify({ ...manifest, node: 'v0.0.0' }));
    expect(bundleIsFresh(ROOT, changed)).toBe(false);
    expect(bundleIsFresh(ROOT, join(cache, 'missing.mjs'))).toBe(false);
  });

  it('validates the shipped types (the engine, its JSON Schema and the Dutch Ajv messages load from it)', async () => {
    const { code, out } = await runBundle(['validate', 'workflows', 'forms']);
    expect(out).toMatch(/^ok: 3 trajectsoort/m);
    expect(code).toBe(0);
  }, 60_000);

  it('serves the app on a new PGlite database: the migrations and the web build are found from where their sources are', async () => {
    const env = { PORT: '0', HOST: '127.0.0.1', KOERS_DATA_DIR: join(cache, 'data'), DATABASE_URL: '', KOERS_LOG: 'text', KOERS_SEED: '0' };
    const { ran, out } = await runBundle(['serve'], env, {
      match: /runs at (http:\/\/\S+)/,
      then: async (url) => {
        expect((await fetch(`${url}/readyz`)).status).toBe(200);
        expect(await (await fetch(`${url}/`)).text()).toContain('<div id="root"');
      },
    });
    expect(ran, out).toBe(true);
  }, 90_000);
});
