import { existsSync } from 'node:fs';
import { loadBundle } from '@koers/engine';
import type { ParsedArgs } from '../args';
import { flag, langFlag } from '../args';
import { expandJsonFiles, readSources } from '../files';
import { CliError, formatProblems } from '../load';
import type { Io } from '../main';
import { validateAgainst } from './validate-against';

/**
 * `koers validate [paths…]`: loads every workflow and form together (workflows refer to forms by id),
 * prints one `file:pointer: message` line per problem, exits 1 if there is any. With `--against <data dir | url>`
 * a definition that differs from the version published under its number in that database is a problem too.
 */
export async function validateCommand(args: ParsedArgs, io: Io): Promise<number> {
  const lang = langFlag(args);
  const paths = args.positional.length > 0 ? args.positional : ['workflows', 'forms'];
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length > 0) throw new CliError(missing.map((p) => `${p}: bestaat niet / does not exist`).join('\n'));
  const files = expandJsonFiles(paths);
  const bundle = loadBundle(readSources(files));
  for (const line of formatProblems(bundle.problems, lang)) io.err(line);
  if (bundle.problems.length > 0) {
    io.err(`${bundle.problems.length} probleem/problemen in ${files.length} bestand(en)`);
    return 1;
  }
  const against = flag(args, 'against');
  if (against !== undefined && (await validateAgainst(bundle, against, lang, io)).length > 0) return 1;
  io.out(`ok: ${bundle.definitions.length} trajectsoort(en), ${bundle.forms.size} formulier(en) / trajectory type(s), form(s)`);
  return 0;
}
