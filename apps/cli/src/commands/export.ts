import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ParsedArgs } from '../args';
import { flag } from '../args';
import { formatJson } from '../json-format';
import { CliError } from '../load';
import type { Io } from '../main';
import { type Bundle, typeTarget } from '../type-target';

const TYPE_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** `--version n`, or undefined for the newest. */
export function versionFlag(args: ParsedArgs): number | undefined {
  const raw = flag(args, 'version');
  if (raw === undefined) return undefined;
  if (!/^[1-9]\d{0,6}$/.test(raw)) throw new CliError(`--version moet een geheel getal ≥ 1 zijn / must be a whole number ≥ 1 (niet "${raw}")`, 2);
  return Number(raw);
}

/** Writes a file whole or not at all (a half-written file must never be committed). */
function writeWhole(file: string, text: string) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.deel`, text);
  renameSync(`${file}.deel`, file);
}

/** The files `--split DIR` writes: DIR/workflows/<id>.json and DIR/forms/<form id>.json. */
export function splitFiles(bundle: Bundle, dir: string): Array<{ file: string; text: string }> {
  const id = (bundle.definition as { id: string }).id;
  return [
    { file: join(dir, 'workflows', `${id}.json`), text: formatJson(bundle.definition) },
    ...bundle.forms.map((form) => ({ file: join(dir, 'forms', `${(form as { id: string }).id}.json`), text: formatJson(form) })),
  ];
}

/**
 * `koers export <typeId> [--version n] (--data-dir d | --database-url u | --server url [--token t]) [--out f | --split dir]`:
 * a published version as one bundle (the JSON GET /api/types/:id serves) to stdout or `--out`, or split into
 * workflows/ and forms/ files formatted like the shipped ones, so a type built in the browser can be committed.
 */
export async function exportCommand(args: ParsedArgs, io: Io): Promise<number> {
  const [typeId, ...rest] = args.positional;
  if (!typeId || rest.length > 0) throw new CliError('koers export: geef precies één trajectsoort-id / give exactly one trajectory type id', 2);
  if (!TYPE_ID.test(typeId)) throw new CliError(`koers export: "${typeId}" is geen trajectsoort-id / is not a trajectory type id`, 2);
  const version = versionFlag(args);
  const out = flag(args, 'out');
  const split = flag(args, 'split');
  if (out !== undefined && split !== undefined) throw new CliError('koers export: kies --out of --split / choose --out or --split', 2);
  const target = await typeTarget(args, 'export');
  let bundle: Bundle;
  try {
    bundle = await target.read(typeId, version);
  } finally {
    await target.close();
  }
  const v = (bundle.definition as { version: number }).version;
  if (split !== undefined) {
    const files = splitFiles(bundle, split);
    for (const { file, text } of files) writeWhole(file, text);
    io.out(`${typeId} v${v}: ${files.map((f) => f.file).join(', ')}`);
  } else if (out !== undefined) {
    writeWhole(out, `${JSON.stringify(bundle, null, 2)}\n`);
    io.out(`${typeId} v${v}: ${out}`);
  } else io.out(JSON.stringify(bundle, null, 2));
  return 0;
}
