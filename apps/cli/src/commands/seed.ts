import type { ParsedArgs } from '../args';
import { CliError } from '../load';
import type { Io } from '../main';
import { databaseName, serverConfigFrom } from '../server-config';
import { openStore } from '../open-store';

/**
 * `koers seed [--data-dir d | --database-url u]` (or DATABASE_URL): fills an empty database with the demo
 * bestuur, schools, accounts and trajectories, as the first `npm start` does. Refuses a database that
 * holds any account or organisation (exit 1); exit 2 when the database cannot be opened.
 */
export async function seedCommand(args: ParsedArgs, io: Io): Promise<number> {
  if (args.positional.length > 0) throw new CliError('koers seed: geen bestanden verwacht / expects no files (gebruik / use --data-dir of / or DATABASE_URL)', 2);
  const config = serverConfigFrom(args);
  const where = databaseName(config);
  // Loaded here, not at the top: the other commands need no database drivers.
  const demo = await import('@koers/host');
  const catalogue = demo.loadCatalogue(config.root);
  const missing = demo.missingDemoTypes(catalogue);
  if (missing.length > 0) throw new CliError(`koers seed: trajectsoort ${missing.join(', ')} ontbreekt in ${config.root} / trajectory type missing`);
  const store = await openStore('seed', { url: config.databaseUrl, dataDir: config.dataDir }, { create: true });
  try {
    if (!(await demo.isEmptyDatabase(store))) {
      io.err(`koers seed: de database (${where}) is niet leeg; de demo komt alleen in een lege database. Verwijder de map of kies een andere met --data-dir.`);
      io.err(`koers seed: the database (${where}) is not empty; the demo goes into an empty database only. Delete the folder or choose another with --data-dir.`);
      return 1;
    }
    const began = performance.now();
    const seeded = await demo.seedDemo(store, catalogue);
    const ms = Math.round(performance.now() - began);
    io.out(`${where}: 1 bestuur, ${seeded.schools.length} scholen, ${seeded.people.length} accounts, ${seeded.trajectories.length} trajecten (${ms} ms)`);
    io.out(`${where}: 1 board, ${seeded.schools.length} schools, ${seeded.people.length} accounts, ${seeded.trajectories.length} trajectories`);
    io.out('');
    for (const line of demo.accountsTable({ fresh: true })) io.out(line);
    io.out(`Start de server met / start the server with: koers serve${config.databaseUrl ? '' : ` --data-dir ${config.dataDir}`}`);
    return 0;
  } finally {
    await store.close();
  }
}
