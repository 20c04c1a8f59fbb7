import { existsSync } from 'node:fs';
import { loadBundle } from '@koers/engine';
import type { ParsedArgs } from '../args';
import { flag, langFlag } from '../args';
import { loadWithBudget } from '../budget';
import { expandJsonFiles, readSources } from '../files';
import { CliError, formatProblems } from '../load';
import type { Io } from '../main';
import { validateAgainst } from './validate-against';

/**
 * `koers validate [paths…]`: loads every workflow and form together (workflows refer to forms by id),
 * prints one `file:pointer: message` line per problem, exits 1 if there is any. `--budget s` (default 20) is
 * the time one file's check may take. With `--against <data dir | url>` a definition that differs from the
 * version published under its number in that database is a problem too.
 */
export async function validateCommand(args: ParsedArgs, io: Io): Promise<number> {
  const lang = langFlag(args);
  const budget = Number(flag(args, 'budget') ?? 20);
  if (!(budget > 0)) throw new CliError('--budget moet een aantal seconden > 0 zijn / must be a number of seconds > 0', 2);
  const paths = args.positional.length > 0 ? args.positional : ['workflows', 'forms'];
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length > 0) throw new CliError(missing.map((p) => `${p}: bestaat niet / does not exist`).join('\n'));
  const files = expandJsonFiles(paths);
  const sources = readSources(files);
  const checked = await loadWithBudget(sources, budget * 1000);
  for (const line of formatProblems(checked.problems, lang)) io.err(line);
  if (checked.problems.length > 0) {
    io.err(`${checked.problems.length} probleem/problemen in ${files.length} bestand(en)`);
    return 1;
  }
  const against = flag(args, 'against');
  // Every file passed within its budget, so loading them here again is safe; the comparison needs the bundle itself.
  if (against !== undefined && (await validateAgainst(loadBundle(sources), against, lang, io)).length > 0) return 1;
  io.out(`ok: ${checked.definitions} trajectsoort(en), ${checked.forms} formulier(en) / trajectory type(s), form(s)`);
  return 0;
}
