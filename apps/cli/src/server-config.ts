import { ConfigError, type ServerConfig, configFromEnv, workersFrom } from '@koers/host/config';
import { type ParsedArgs, flag } from './args';
import { CliError } from './load';

/**
 * The server's configuration as `npm start` reads it from the environment, with the command line on top:
 * `--database-url` (else `--data-dir`, else DATABASE_URL, else KOERS_DATA_DIR or ./data), `--port` and `--workers`
 * (else KOERS_WORKERS; the default follows the database chosen here).
 */
export function serverConfigFrom(args: ParsedArgs, env: Record<string, string | undefined> = process.env): ServerConfig {
  let config: ServerConfig;
  const { KOERS_WORKERS: workers, ...rest } = env;
  try {
    config = configFromEnv(rest);
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message, 2);
    throw error;
  }
  const url = flag(args, 'database-url');
  const dataDir = flag(args, 'data-dir');
  if (url !== undefined) config.databaseUrl = url;
  else if (dataDir !== undefined) {
    config.databaseUrl = undefined;
    config.dataDir = dataDir;
  }
  const port = flag(args, 'port');
  if (port !== undefined) {
    if (!/^\d{1,5}$/.test(port) || Number(port) > 65_535) throw new CliError(`--port moet een poortnummer zijn / must be a port number (niet "${port}")`, 2);
    config.port = Number(port);
  }
  try {
    config.workers = workersFrom(flag(args, 'workers') ?? workers, config.databaseUrl);
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message, 2);
    throw error;
  }
  return config;
}

/** Which database a configuration opens, for messages (never the URL: it may hold a password). */
export function databaseName(config: ServerConfig): string {
  return config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
}
