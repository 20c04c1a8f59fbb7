import { existsSync, readFileSync } from 'node:fs';
import { type Problem, parseJson } from '@koers/engine';
import type { ParsedArgs } from '../args';
import { flag } from '../args';
import { CliError, formatProblems, loadWorkflow } from '../load';
import type { Io } from '../main';
import { type Bundle, typeTarget } from '../type-target';

/** Where each part of the bundle came from, so a problem names the file to fix: `definition` and `forms/<i>`. */
interface Read {
  bundle: Bundle;
  /** The file and pointer prefix a part's problems are reported at. */
  placeOf(part: string): { file: string; prefix: string };
}

/**
 * Reads a bundle file (`{ definition, forms }`) or a workflow file with the forms from the `forms/` folder beside
 * it (as `koers validate` finds them). Problems in the files themselves end the command before anything is sent.
 */
async function readInput(file: string): Promise<Read> {
  if (!existsSync(file)) throw new CliError(`${file}: bestand bestaat niet / file does not exist`);
  const parsed = parseJson(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) throw new CliError(formatProblems(parsed.problems).join('\n'));
  const value = parsed.value as Record<string, unknown>;
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'machine' in value) {
    const def = loadWorkflow(file);
    // Loaded here, not at the top: the other commands need no server code.
    const forms = (await import('@koers/server')).bundleForms(def);
    return {
      bundle: { definition: value, forms: forms.map((f) => f.definition) },
      placeOf: (part) => ({ file: part === 'definition' ? file : forms[Number(part.split('/')[1])]?.file ?? file, prefix: '' }),
    };
  }
  return { bundle: { definition: value?.definition, forms: Array.isArray(value?.forms) ? value.forms : [] }, placeOf: (part) => ({ file, prefix: `/${part}` }) };
}

/**
 * `koers import <bundle.json | workflow.json> (--data-dir d | --database-url u | --server url --token t) [--draft [--replace]] [--note tekst]`:
 * publishes the type through the same path as POST /api/types (lint, then an immutable version), or with `--draft`
 * stores it as the admin's draft of that type. Any problem: one `file:pointer: message [code]` line each, exit 1,
 * nothing written.
 */
export async function importCommand(args: ParsedArgs, io: Io): Promise<number> {
  const [file, ...rest] = args.positional;
  if (!file || rest.length > 0) throw new CliError('koers import: geef precies één bestand / give exactly one file', 2);
  const note = flag(args, 'note');
  const asDraft = args.flags.draft === true;
  const replace = args.flags.replace === true;
  if (replace && !asDraft) throw new CliError('koers import: --replace hoort bij --draft / belongs with --draft', 2);
  const input = await readInput(file);
  const target = await typeTarget(args, 'import');
  try {
    const written = asDraft ? await target.draft(input.bundle, replace) : await target.publish(input.bundle, note);
    if (written.ok) {
      io.out(written.line);
      return 0;
    }
    if ('message' in written) {
      io.err(`koers import: ${written.message}`);
      return 1;
    }
    const located: Problem[] = written.problems.map((p) => {
      const place = input.placeOf(p.file);
      return { ...p, file: place.file, pointer: `${place.prefix}${p.pointer}` };
    });
    for (const line of formatProblems(located)) io.err(line);
    io.err(`koers import: ${located.length} probleem/problemen; er is niets geschreven / problem(s); nothing was written`);
    return 1;
  } finally {
    await target.close();
  }
}
