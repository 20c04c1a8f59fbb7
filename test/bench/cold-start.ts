// `npx tsx test/bench/cold-start.ts`: `npm start` (koers serve on the embedded database) from its start to the
// sign-in page answering, on a fresh data folder (the demo is seeded) and again on that folder, 3 times each; with
// the resident memory of the server once it answers. The web build, the PGlite template and the compiled CLI are what
// `npm install` made (`koers prepare`), with the demo made ahead; the lines say whether they were there. Once with the compiled CLI, once with
// the TypeScript sources through tsx (KOERS_SOURCES=1), in the same run. Prints figures; assertions are for tests.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { cacheDirOf, cachedDemoTemplate } from '@koers/host';
import { pgliteTemplateFile } from '@koers/store';
import { bundleFile } from '../../apps/cli/src/bundle';
// @ts-expect-error plain JavaScript without types: the check bin/koers.js makes
import { bundleIsFresh } from '../../apps/cli/bin/fresh.js';
import { median } from './setup';

const ROOT = join(import.meta.dirname, '..', '..');

/** Starts the server on `dataDir` and resolves with the time until GET / answers the app, and its memory then. */
async function startOnce(dataDir: string, sources: boolean): Promise<{ ms: number; rssMb: number }> {
  const began = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'apps', 'cli', 'bin', 'koers.js'), 'serve'], {
    cwd: ROOT, env: { ...process.env, PORT: '0', KOERS_DATA_DIR: dataDir, DATABASE_URL: '', KOERS_SOURCES: sources ? '1' : '0' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        const found = /runs at (http:\/\/\S+)/.exec(text);
        if (found) resolve(found[1]!);
      });
      child.once('exit', (code) => reject(new Error(`koers serve ended (${code}): ${text}`)));
    });
    for (;;) {
      const res = await fetch(`${url}/`).catch(() => undefined);
      if (res?.ok && (await res.text()).includes('<div id="root"')) break;
    }
    const ms = performance.now() - began;
    const rssMb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
    return { ms, rssMb };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('close', resolve));
  }
}

const template = existsSync(pgliteTemplateFile(cacheDirOf(ROOT)));
const compiled = bundleIsFresh(ROOT, bundleFile(cacheDirOf(ROOT)));
const demo = cachedDemoTemplate(ROOT, cacheDirOf(ROOT), new Date()) !== undefined;
for (const sources of compiled ? [false, true] : [true]) {
  const fresh: number[] = [];
  const warm: number[] = [];
  let rss = 0;
  for (let i = 0; i < 3; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'koers-cold-'));
    try {
      fresh.push((await startOnce(join(dir, 'data'), sources)).ms);
      const again = await startOnce(join(dir, 'data'), sources);
      warm.push(again.ms);
      rss = again.rssMb;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const how = sources ? 'TypeScript-bronnen via tsx / sources through tsx' : 'gecompileerd / compiled (koers prepare)';
  console.log(`npm start tot de inlogpagina / to the sign-in page, ${how}, verse datamap / fresh data folder (${demo ? 'vooraf gemaakte demo / demo made ahead' : template ? 'demo ingelezen, met PGlite-sjabloon / seeded, with template' : 'demo ingelezen, zonder sjabloon / seeded, no template'}): ${(median(fresh) / 1000).toFixed(1)} s (mediaan van 3 / median of 3)`);
  console.log(`npm start tot de inlogpagina / to the sign-in page, ${how}, bestaande datamap / existing data folder: ${(median(warm) / 1000).toFixed(1)} s; RSS ${rss.toFixed(0)} MB`);
}
if (!compiled) console.log('geen actuele gecompileerde CLI / no up-to-date compiled CLI: run `npx koers prepare` to compare');
