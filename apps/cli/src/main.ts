import { CliError } from './load';
import { validateCommand } from './commands/validate';
import { pathsCommand } from './commands/paths';
import { diagramCommand } from './commands/diagram';
import { docsCommand } from './commands/docs';
import { verifyCommand } from './commands/verify';
import { seedCommand } from './commands/seed';
import { serveCommand } from './commands/serve';
import { prepareCommand } from './commands/prepare';
import { backupCommand } from './commands/backup';
import { restoreCommand } from './commands/restore';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { parseArgs, type ParsedArgs } from './args';
import { COMMAND_HELP, wantsHelp } from './help';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const USAGE = `koers — trajectsoorten controleren, tekenen en documenteren / check, draw and document trajectory types

Gebruik / usage:
  koers validate [bestanden of mappen…]            standaard: workflows forms
  koers diagram <workflow> --format svg|png|mermaid|dot [--out bestand] [--lang nl|en] [--overlay counts.json]
  koers docs <workflow> --out <map> [--lang nl|en] [--format markdown|html]
  koers paths <workflow> [--lang nl|en] [--json]
  koers verify [--data-dir map | --database-url url]   standaard: DATABASE_URL, anders ./data
  koers seed [--data-dir map | --database-url url]     demo-gegevens in een lege database / demo data into an empty database
  koers serve [--port n] [--data-dir map | --database-url url] [--workers n]   de server, zoals npm start / the server, as npm start
  koers prepare                                     web-app bouwen en PGlite-sjabloon maken (npm install doet dit) / build ahead for a fast start
  koers backup <bestand> [--data-dir map | --database-url url]   reservekopie van alle tabellen / backup of every table
  koers restore <bestand> [--data-dir map | --database-url url]  terugzetten in een lege database / restore into an empty database
  koers export <soort-id> [--version n] [--data-dir map | --database-url url | --server url --token t] [--out bundel.json | --split map]
                                                    een gepubliceerde versie als bundel of als workflows/ + forms/ / a published version as a bundle or files
  koers import <bundel.json | workflow.json> [--data-dir map | --database-url url | --server url --token t] [--note tekst] [--draft [--replace]]
                                                    publiceren (of als concept met --draft) / publish (or as a draft with --draft)
`;

type Command = (args: ParsedArgs, io: Io) => Promise<number> | number;

const COMMANDS: Record<string, Command> = {
  validate: validateCommand,
  paths: pathsCommand,
  diagram: diagramCommand,
  docs: docsCommand,
  verify: verifyCommand,
  seed: seedCommand,
  serve: serveCommand,
  prepare: prepareCommand,
  backup: backupCommand,
  restore: restoreCommand,
  export: exportCommand,
  import: importCommand,
};

/** Runs the CLI; returns the exit code. Every failure is a line on stderr, never a stack trace. */
export async function main(argv: string[], io: Io = { out: (l) => console.log(l), err: (l) => console.error(l) }): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`koers: onbekend commando "${name}" / unknown command\n\n${USAGE}`);
    return 2;
  }
  if (wantsHelp(rest)) {
    io.out(COMMAND_HELP[name] ?? USAGE);
    return 0;
  }
  try {
    return await command(parseArgs(rest), io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message);
      return error.exitCode;
    }
    const text = error instanceof Error ? error.message : String(error);
    io.err(`koers ${name}: ${text}`);
    return 1;
  }
}
