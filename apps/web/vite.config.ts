import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, defineConfig, type LogLevel, type Plugin } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = resolve(here, '../..');

/**
 * `virtual:koers-catalog`: the title of every form, and per trajectory type its id, title and the ids of the
 * forms it uses in the order they first appear. Computed at build time, so the form list needs neither the
 * workflow files nor every whole form (those load one by one through import.meta.glob).
 */
function koersCatalog(): Plugin {
  const id = 'virtual:koers-catalog';
  const workflows = join(repo, 'workflows');
  const forms = join(repo, 'forms');
  const jsonFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  return {
    name: 'koers-catalog',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(source) {
      if (source !== `\0${id}`) return undefined;
      const formTitles = jsonFiles(forms).map((file) => {
        this.addWatchFile(join(forms, file));
        const form = JSON.parse(readFileSync(join(forms, file), 'utf8')) as { id: string; title: unknown };
        return { id: file.replace(/\.json$/, ''), title: form.title };
      });
      const types = jsonFiles(workflows).map((file) => {
        this.addWatchFile(join(workflows, file));
        const text = readFileSync(join(workflows, file), 'utf8');
        const definition = JSON.parse(text) as { id: string; title: unknown };
        const forms = [...new Set([...text.matchAll(/"form"\s*:\s*"([^"]+)"/g)].map((m) => m[1]))];
        return { id: definition.id, title: definition.title, forms };
      });
      return `export const forms = ${JSON.stringify(formTitles)};\nexport const types = ${JSON.stringify(types)};`;
    },
  };
}

/**
 * The API reference page (api-docs.html, where GET /api/docs leads: Swagger UI, ~430 KB gzip) is built after the
 * app, by a build of its own into the same folder. In one build the two pages would share Vite's runtime chunk,
 * so adding the page would change the app's files; apart, the app's output stays byte for byte the same and none
 * of the reference is ever among the files the app loads. `vite apps/web` (dev) serves the page as it is.
 */
function apiDocsPage(): Plugin {
  let outDir = '';
  let logLevel: LogLevel = 'info';
  return {
    name: 'koers-api-docs',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      logLevel = config.logLevel ?? 'info';
    },
    async closeBundle() {
      await build({
        configFile: false, root: here, base: './', logLevel,
        // Swagger UI is one large chunk by nature; the app keeps Vite's default warning.
        build: { outDir, emptyOutDir: false, sourcemap: false, chunkSizeWarningLimit: 2000, rolldownOptions: { input: join(here, 'api-docs.html') } },
      });
    },
  };
}

export default defineConfig({
  root: here,
  base: './',
  plugins: [react(), koersCatalog(), apiDocsPage()],
  // @jsonforms/core brings its own ajv-formats 2 beside the engine's 3 (the same API): one copy in the browser.
  resolve: { dedupe: ['ajv-formats'] },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
});
