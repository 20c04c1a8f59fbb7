import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';

/**
 * The compiled CLI in a checkout's cache (`koers.mjs` and the chunks it loads when a command needs them), and the
 * list of the sources it was made from (`koers.mjs.json`).
 */
export const bundleFile = (cacheDir: string) => join(cacheDir, 'cli', 'koers.mjs');

/**
 * What `bin/koers.js` checks before it runs the bundle: every source file, and every package file it imports, with
 * its size and modification time.
 */
export interface BundleManifest {
  node: string;
  inputs: Record<string, { size: number; mtimeMs: number }>;
}

/**
 * Our own TypeScript (the CLI and every `@koers/*` package) goes into the bundle; every other package stays an
 * import, written as the file Node would load for the sources (resolved as Node resolves: `main`, the `import`,
 * `node` and `default` conditions), so the bundle runs from wherever it lies and a package nested under one of ours
 * stays the one that package gets. `import.meta.dirname` and `.url` keep naming each source file's own place (the
 * migrations, the catalogue, the web build are found from there).
 */
function ownCodeOnly(root: string): Plugin {
  return {
    name: 'koers-own-code-only',
    setup(build) {
      build.onResolve({ filter: /^[^./#]/ }, async (args) => {
        if (args.path.startsWith('@koers/') || args.path.startsWith('node:') || args.pluginData === 'resolving') return undefined;
        const found = await build.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, pluginData: 'resolving' });
        if (found.errors.length > 0 || found.external || !isAbsolute(found.path)) return { external: true };
        return { path: pathToFileURL(found.path).href, external: true };
      });
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        if (relative(root, args.path).startsWith('node_modules')) return undefined;
        const text = readFileSync(args.path, 'utf8')
          .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)))
          .replaceAll('import.meta.filename', JSON.stringify(args.path))
          .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href));
        return { contents: text, loader: 'ts' };
      });
    },
  };
}

/**
 * Compiles the CLI (and the server it starts) into one ES module in `cacheDir`, so `npm start` does not translate
 * TypeScript at every start (tsx: about a second, and an esbuild process beside every worker). `bin/koers.js`
 * runs it only while every source it was made from is unchanged; otherwise it runs the sources through tsx.
 */
export async function bundleCli(root: string, cacheDir: string): Promise<{ file: string; inputs: number }> {
  const { build } = await import('esbuild');
  const file = bundleFile(cacheDir);
  rmSync(dirname(file), { recursive: true, force: true });
  const result = await build({
    // Split where the sources import lazily (`await import('@koers/store')`), so `koers --help` loads no database.
    entryPoints: { koers: join(root, 'apps', 'cli', 'src', 'main.ts') }, outdir: dirname(file), splitting: true, outExtension: { '.js': '.mjs' },
    bundle: true, platform: 'node', format: 'esm', mainFields: ['main'], conditions: [],
    absWorkingDir: root, target: 'node20', sourcemap: 'linked', metafile: true, logLevel: 'silent', plugins: [ownCodeOnly(root)],
    // Packages left as imports may be CommonJS; `require` for the few places esbuild must call it.
    // (Spelled in two parts: the loader above rewrites that expression wherever it stands in our sources.)
    banner: { js: `import { createRequire as __koersRequire } from 'node:module'; const require = __koersRequire(${'import.meta'}.url);` },
  });
  const inputs: BundleManifest['inputs'] = {};
  const note = (path: string) => {
    const stat = statSync(path);
    inputs[relative(root, path)] = { size: stat.size, mtimeMs: stat.mtimeMs };
  };
  for (const input of Object.keys(result.metafile.inputs)) {
    const path = join(root, input);
    if (!relative(root, path).startsWith('node_modules')) note(path);
  }
  // The packages' files the bundle imports by path: another version of a package (a later `npm install`) that
  // moved or changed one of them makes the bundle stale too, not a start that fails on a missing file.
  for (const output of Object.values(result.metafile.outputs)) {
    for (const imported of output.imports) {
      if (imported.external && imported.path.startsWith('file:')) note(fileURLToPath(imported.path));
    }
  }
  const manifest: BundleManifest = { node: process.version, inputs };
  writeFileSync(`${file}.json`, JSON.stringify(manifest));
  return { file, inputs: Object.keys(inputs).length };
}
