// Entry point for a deployment from the environment (and the test harness): environment -> startServer. It serves
// the web build it finds; `npm start` runs `koers serve`, which also builds the web app when needed.
import { DataDirLocked } from '@koers/store';
import { ConfigError, configFromEnv, runServer } from '@koers/host';

try {
  // KOERS_WORKERS (default: the cores with DATABASE_URL, else 1) processes share the port.
  await runServer(configFromEnv(process.env));
} catch (error) {
  // A second server on the same data directory, or a setting that cannot be used: say so plainly instead of a stack trace.
  if (!(error instanceof DataDirLocked) && !(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
