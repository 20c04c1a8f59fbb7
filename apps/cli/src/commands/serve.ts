import type { ParsedArgs } from '../args';
import { CliError } from '../load';
import type { Io } from '../main';
import { serverConfigFrom } from '../server-config';

/**
 * `koers serve [--port n] [--data-dir d | --database-url u] [--workers n]`: the server (`npm start` runs this), seeding
 * the demo into an empty database unless KOERS_SEED=0, after building the web app when its build is missing or stale;
 * with PostgreSQL as several processes on one port (`--workers`, default the cores). Returns once it listens; it runs
 * until Ctrl-C or SIGTERM.
 */
export async function serveCommand(args: ParsedArgs, io: Io): Promise<number> {
  if (args.positional.length > 0) throw new CliError('koers serve: geen bestanden verwacht / expects no files', 2);
  const config = serverConfigFrom(args);
  // Loaded here, not at the top: the other commands need no server or database drivers.
  const [{ DataDirLocked }, { ConfigError, ensureWebBuild, runServer }, { default: cluster }] = await Promise.all([
    import('@koers/store'), import('@koers/host'), import('node:cluster'),
  ]);
  // Built once, by the one process or the primary, before any worker starts.
  if (cluster.isPrimary) await ensureWebBuild(config.root, config.webRoot, io.out);
  try {
    await runServer(config, io.out, io.err);
  } catch (error) {
    if (error instanceof DataDirLocked || error instanceof ConfigError) throw new CliError(`koers serve: ${error.message}`, 2);
    throw error;
  }
  return 0;
}
