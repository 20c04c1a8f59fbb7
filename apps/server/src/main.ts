// Entry point of `npm start`: environment -> startServer (store, demo seed on first start, app, listen).
import { DataDirLocked } from '@koers/store';
import { configFromEnv } from './config';
import { startServer, stopOnSignals } from './start';

try {
  stopOnSignals(await startServer(configFromEnv(process.env)));
} catch (error) {
  // A second server on the same data directory: say so plainly instead of a stack trace.
  if (!(error instanceof DataDirLocked)) throw error;
  console.error(error.message);
  process.exit(1);
}
