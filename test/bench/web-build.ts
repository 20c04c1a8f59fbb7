// The web build the benches measure: apps/web built into a temp dir with Vite's manifest, plus which source
// modules went into each chunk (from the bundler itself), so a bench can say what a page's files contain.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';
import { ROOT } from '../browser/harness';

/** One chunk of the Vite manifest (keys are source paths relative to apps/web, or `index.html`). */
export interface ManifestChunk { file: string; imports?: string[]; dynamicImports?: string[]; css?: string[] }

export interface WebBuild {
  outDir: string;
  manifest: Record<string, ManifestChunk>;
  /** Output file (`assets/x.js`) -> the modules bundled into it (absolute paths, or `\0virtual` ids). */
  modules: Map<string, string[]>;
  /** The files a page needs before it renders: the chunk of `key` and its static imports, recursively. */
  staticClosure: (key: string, seen?: Set<string>) => Set<string>;
  /** As staticClosure, following lazy imports too: everything the page can load. */
  fullClosure: (key: string, seen?: Set<string>) => Set<string>;
}

/** Builds apps/web with its own config into `outDir` (emptied), recording each chunk's modules. */
export async function buildWebWithModules(outDir: string): Promise<WebBuild> {
  const modules = new Map<string, string[]>();
  const recorder: Plugin = {
    name: 'bench-chunk-modules',
    generateBundle(_options, bundle) {
      for (const [file, output] of Object.entries(bundle)) if (output.type === 'chunk') modules.set(file, [...output.moduleIds]);
    },
  };
  await build({
    root: join(ROOT, 'apps/web'),
    configFile: join(ROOT, 'apps/web/vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, manifest: true },
    plugins: [recorder],
  });
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const walk = (lazy: boolean) => {
    const closure = (key: string, seen = new Set<string>()): Set<string> => {
      const chunk = manifest[key];
      if (!chunk) throw new Error(`not in the Vite manifest: ${key}`);
      if (!seen.has(chunk.file)) {
        seen.add(chunk.file);
        for (const dep of [...(chunk.imports ?? []), ...(lazy ? chunk.dynamicImports ?? [] : [])]) closure(dep, seen);
      }
      return seen;
    };
    return closure;
  };
  return { outDir, manifest, modules, staticClosure: walk(false), fullClosure: walk(true) };
}

/** The style sheets the chunks of `files` bring along (Vite loads a chunk's CSS with it). */
export function cssOf(web: WebBuild, files: Iterable<string>): Set<string> {
  const wanted = new Set(files);
  return new Set(Object.values(web.manifest).filter((chunk) => wanted.has(chunk.file)).flatMap((chunk) => chunk.css ?? []));
}

/** The gzipped size in bytes of built files, JavaScript and CSS (gzip level 9, as a server would send them). */
export function gzipBytes(web: WebBuild, files: Iterable<string>): number {
  return [...files].reduce((sum, file) => sum + gzipSync(readFileSync(join(web.outDir, file)), { level: 9 }).length, 0);
}

/**
 * A participant page's first visit: the entry's and the page's static JavaScript with their CSS. Budgeted (issue 4,
 * again after issue 13): the participant's pages must stay light on a school's phone.
 */
export const PARTICIPANT_BUDGET_KB = 200;
export function firstVisit(web: WebBuild, page: string): { js: Set<string>; css: Set<string>; bytes: number } {
  const entry = web.staticClosure('index.html');
  const js = web.staticClosure(page, new Set(entry));
  const css = cssOf(web, js);
  return { js, css, bytes: gzipBytes(web, [...js, ...css]) };
}

/**
 * Admin-only code: the admin's sources, the libraries only the admin uses, and the engine's linter with the format
 * schemas (in the browser only the admin lints a definition; through the engine's barrel they would otherwise
 * land in the chunk the participant's pages share with it, which `"sideEffects": false` in the engine prevents).
 */
const ADMIN_ONLY = [/\/apps\/web\/src\/admin\//, /\/node_modules\/@codemirror\//, /\/node_modules\/codemirror/, /\/node_modules\/@lezer\//,
  /\/node_modules\/@dnd-kit\//, /\/node_modules\/@xstate\/react\//, /\/packages\/engine\/src\/lint\//, /\/packages\/engine\/src\/load\/check-bundle/,
  /\/packages\/engine\/schemas\//];

/** The admin-only modules among a set of output files (empty: nothing of the admin leaks into them). */
export function adminModulesIn(web: WebBuild, files: Iterable<string>): string[] {
  const found: string[] = [];
  for (const file of files) {
    for (const id of web.modules.get(file) ?? []) if (ADMIN_ONLY.some((pattern) => pattern.test(id))) found.push(id.replace(`${ROOT}/`, ''));
  }
  return found;
}
