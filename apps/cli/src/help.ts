/** What `koers <command> --help` (or `-h`) prints: the command's use, its options and an example. */
export const COMMAND_HELP: Record<string, string> = {
  validate: `koers validate [bestanden of mappen…] [--lang nl|en] [--budget seconden]
  Controleert workflows en formulieren samen; één regel per probleem: bestand:pointer: melding [code].
  Checks workflows and forms together; one line per problem: file:pointer: message [code].
  Standaard / default: workflows forms. Exitcode 1 bij problemen / exit code 1 on problems.
  --budget: hoe lang de controle van één bestand mag duren (standaard 20 s) / time per file (default 20 s).
  Voorbeeld / example: koers validate workflows/pd-schoolontwikkeling.json forms`,
  diagram: `koers diagram <workflow> --format svg|png|mermaid|dot [--out bestand] [--lang nl|en] [--overlay counts.json]
  Tekent een trajectsoort; zonder --out naar stdout (niet voor png).
  Draws a trajectory type; without --out to stdout (not for png).
  Voorbeeld / example: koers diagram workflows/voortgezet-leren.json --out vl.svg`,
  docs: `koers docs <workflow> --out <map> [--lang nl|en]
  Schrijft een leesbare beschrijving van een trajectsoort (Markdown met diagram) in een map.
  Writes a readable description of a trajectory type (Markdown with a diagram) into a folder.`,
  paths: `koers paths <workflow> [--lang nl|en] [--json]
  Somt elk pad door de trajectsoort op, als tabel (of JSON). / Lists every path through the trajectory type, as a table (or JSON).`,
  verify: `koers verify [--data-dir map | --database-url url]
  Speelt het logboek van elk traject opnieuw af en meldt waar de opgeslagen stand afwijkt. Standaard: DATABASE_URL, anders ./data.
  Replays every trajectory's event log and reports where the stored state differs. Default: DATABASE_URL, else ./data.`,
  seed: `koers seed [--data-dir map | --database-url url]
  Vult een lege database met demo-gegevens. / Fills an empty database with demo data.`,
  serve: `koers serve [--port n] [--data-dir map | --database-url url]
  Start de server, zoals npm start. / Starts the server, as npm start does.`,
};

/** Whether the arguments ask for help: `--help` or `-h` anywhere. */
export function wantsHelp(argv: string[]): boolean {
  return argv.some((arg) => arg === '--help' || arg === '-h' || arg.startsWith('--help='));
}
