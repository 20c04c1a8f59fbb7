// The web app's build for the server to serve: made (or made again) when it is missing or older than its sources.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Everything a web build is made from: the app, the packages it bundles, and the definitions its catalogue lists. */
export function webSources(root: string): string[] {
  const web = join(root, 'apps', 'web');
  const packages = readdirSync(join(root, 'packages')).map((name) => join(root, 'packages', name, 'src'));
  return [join(web, 'index.html'), join(web, 'api-docs.html'), join(web, 'vite.config.ts'), join(web, 'src'), join(web, 'public'), ...packages, join(root, 'workflows'), join(root, 'forms')];
}

/** The newest modification time (ms) of a file or of anything under a folder; 0 when it does not exist. */
export function newestChange(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** Whether the build in `outDir` is missing or older than one of `sources`. */
export function webBuildIsStale(outDir: string, sources: string[]): boolean {
  const built = statSync(join(outDir, 'index.html'), { throwIfNoEntry: false });
  return !built || sources.some((source) => newestChange(source) > built.mtimeMs);
}

/**
 * One vite build of apps/web into `outDir`, in its own process (this one goes on meanwhile). On failure `outDir` is
 * removed and the build's output is in the answer.
 */
export async function viteBuild(root: string, outDir: string, logLevel: 'warn' | 'error' = 'warn'): Promise<{ ok: true } | { ok: false; output: string }> {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const child = spawn(process.execPath, [vite, 'build', join(root, 'apps', 'web'), '--outDir', outDir, '--emptyOutDir', '--logLevel', logLevel], {
    cwd: root, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  const status = await new Promise<number | null>((resolve) => {
    child.once('error', (error) => {
      output += String(error);
      resolve(null);
    });
    child.once('close', resolve);
  });
  if (status === 0) return { ok: true };
  rmSync(outDir, { recursive: true, force: true });
  return { ok: false, output };
}

/**
 * Builds the web app into `outDir` with vite when the build there is missing or stale, so `koers serve` (and
 * `npm start`, which runs it) always serves the app at `/`. The build runs in its own process (this one goes on
 * meanwhile) and lands in place whole. Resolves false (and says why) when it cannot build: then the server runs
 * without the app.
 */
export async function ensureWebBuild(root: string, outDir: string, log: (line: string) => void): Promise<boolean> {
  if (!webBuildIsStale(outDir, webSources(root))) return true;
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!existsSync(vite)) {
    log('Webapp niet gebouwd: vite ontbreekt (npm install) / web app not built: vite is missing (npm install)');
    return false;
  }
  const began = performance.now();
  const building = `${outDir}.bouw-${process.pid}`;
  const built = await viteBuild(root, building, 'warn');
  if (!built.ok) {
    log(`Webapp niet gebouwd / web app not built:\n${built.output}`);
    return false;
  }
  rmSync(outDir, { recursive: true, force: true });
  renameSync(building, outDir);
  const ms = Math.round(performance.now() - began);
  log(`Webapp gebouwd in ${ms} ms / web app built in ${ms} ms`);
  return true;
}
