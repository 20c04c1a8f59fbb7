import type { ParsedArgs } from '../args';
import { CliError } from '../load';
import type { Io } from '../main';
import { serverConfigFrom } from '../server-config';
import { bundleCli } from '../bundle';

/**
 * `koers prepare` (npm install runs it): makes ahead what the first `npm start` would otherwise wait for: the web
 * app's build when it is missing or stale, the migrated PGlite template a new database starts from, the demo seeded
 * into one (used by a new data folder for `DEMO_TEMPLATE_HOURS`; not with KOERS_SEED=0), and the CLI compiled to
 * JavaScript (`bin/koers.js` runs it while its sources are unchanged). Never fails:
 * whatever cannot be made now is made (or done without) by `koers serve`, which says why; exit 0 either way, so an
 * install never fails on it.
 */
export async function prepareCommand(args: ParsedArgs, io: Io): Promise<number> {
  if (args.positional.length > 0) throw new CliError('koers prepare: geen bestanden verwacht / expects no files', 2);
  const config = serverConfigFrom(args);
  const [{ cacheDirOf, ensureWebBuild, loadCatalogue, makeDemoTemplate }, { pgliteTemplate, pgliteTemplateFile }] = await Promise.all([import('@koers/host'), import('@koers/store')]);
  const began = performance.now();
  const cacheDir = cacheDirOf(config.root);
  // The template is made in this process while vite builds in its own: side by side.
  // The demo is made from the template, then kept beside it: the first `npm start` on a new folder starts from it.
  const template = pgliteTemplate(cacheDir).then(
    async () => {
      io.out(`PGlite-sjabloon klaar / PGlite template ready: ${pgliteTemplateFile(cacheDir)}`);
      if (!config.seed) return;
      try {
        const file = await makeDemoTemplate(config.root, cacheDir, loadCatalogue(config.root));
        if (file) io.out(`Demo vooraf gemaakt / demo made ahead: ${file}`);
      } catch (error) {
        io.err(`Demo niet vooraf gemaakt / demo not made ahead: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    (error: unknown) => io.err(`PGlite-sjabloon niet gemaakt / PGlite template not made: ${error instanceof Error ? error.message : String(error)}`),
  );
  const web = ensureWebBuild(config.root, config.webRoot, io.out).catch((error: unknown) => {
    io.err(`Webapp niet gebouwd / web app not built: ${error instanceof Error ? error.message : String(error)}`);
  });
  const cli = bundleCli(config.root, cacheDir).then(
    ({ file, inputs }) => io.out(`CLI gecompileerd / CLI compiled (${inputs} bestanden, nagekeken bij elke start / files, checked at every start): ${file}`),
    (error: unknown) => io.err(`CLI niet gecompileerd, npm start leest de bronnen / CLI not compiled, npm start reads the sources: ${error instanceof Error ? error.message : String(error)}`),
  );
  await Promise.all([web, template, cli]);
  const ms = Math.round(performance.now() - began);
  io.out(`Klaar in ${ms} ms / ready in ${ms} ms`);
  return 0;
}
