import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

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

export default defineConfig({
  root: here,
  base: './',
  plugins: [react(), koersCatalog()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
});
