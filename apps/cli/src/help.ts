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
  docs: `koers docs <workflow> --out <map> [--lang nl|en] [--format markdown|html]
  Schrijft een leesbare beschrijving van een trajectsoort (Markdown met diagram) in een map; met --format html
  één afdrukbare pagina (afdrukken of als PDF bewaren in de browser).
  Writes a readable description of a trajectory type (Markdown with a diagram) into a folder; with --format html
  one printable page (print it or save it as PDF from the browser).`,
  paths: `koers paths <workflow> [--lang nl|en] [--json]
  Somt elk pad door de trajectsoort op, als tabel (of JSON). / Lists every path through the trajectory type, as a table (or JSON).`,
  verify: `koers verify [--data-dir map | --database-url url]
  Speelt het logboek van elk traject opnieuw af en meldt waar de opgeslagen stand afwijkt. Standaard: DATABASE_URL, anders ./data.
  Replays every trajectory's event log and reports where the stored state differs. Default: DATABASE_URL, else ./data.`,
  seed: `koers seed [--data-dir map | --database-url url]
  Vult een lege database met demo-gegevens. / Fills an empty database with demo data.`,
  export: `koers export <soort-id> [--version n] [--data-dir map | --database-url url | --server url [--token t]] [--out bundel.json | --split map]
  Haalt een gepubliceerde versie op (zonder --version: de nieuwste) als één bundel { definition, forms }, dezelfde JSON als
  GET /api/types/:id; zonder --out naar stdout. --split map schrijft map/workflows/<id>.json en map/forms/<formulier-id>.json,
  opgemaakt als de meegeleverde bestanden, om een in de browser gebouwde soort te committen.
  Fetches a published version (newest without --version) as one bundle, the JSON GET /api/types/:id serves; --split writes
  workflows/ and forms/ files formatted like the shipped ones. Standaard / default: DATABASE_URL, anders / else ./data.
  Voorbeeld / example: koers export kwaliteitsronde --server https://koers.example.nl --split .`,
  import: `koers import <bundel.json | workflow.json> [--data-dir map | --database-url url | --server url --token t] [--note tekst] [--draft [--replace]]
  Publiceert een trajectsoort langs dezelfde weg als POST /api/types (controle door de engine, daarna een vaste versie), of
  zet hem met --draft als concept klaar in het beheer (--replace overschrijft een bestaand concept). Een workflow-bestand
  neemt zijn formulieren uit de map forms/ ernaast, zoals koers validate. Bij problemen: één regel per probleem
  (bestand:pointer: melding [code]), exitcode 1, er wordt niets geschreven. --token: een API-token van een beheerder (of KOERS_TOKEN).
  Publishes a type the way POST /api/types does, or stores it as the admin's draft with --draft. A workflow file takes its
  forms from the forms/ folder beside it. On problems: one line each, exit code 1, nothing written.
  Voorbeeld / example: koers import workflows/kwaliteitsronde.json --server http://localhost:3000 --token koers_… --note "Eerste versie"`,
  prepare: `koers prepare
  Maakt vooraf wat de eerste start anders afwacht: de build van de web-app (als die ontbreekt of verouderd is) en het
  PGlite-sjabloon waarmee een nieuwe database begint (in node_modules/.cache/koers). npm install roept dit aan; faalt
  nooit (exit 0): wat nu niet lukt, doet koers serve later. / Makes ahead what the first start would wait for: the web
  app's build and the PGlite template a new database starts from. npm install runs it; never fails.`,
  serve: `koers serve [--port n] [--data-dir map | --database-url url] [--workers n|auto]
  Start de server, zoals npm start. Met PostgreSQL draaien --workers processen op één poort (standaard: het aantal
  kernen; KOERS_WORKERS); met PGlite één. KOERS_LOG=json: één JSON-regel per verzoek en melding, met request-id.
  / Starts the server, as npm start does. With PostgreSQL, --workers processes share one port (default: the number of
  cores; KOERS_WORKERS); with PGlite one. KOERS_LOG=json: one JSON line per request and message, with a request id.`,
};

/** Whether the arguments ask for help: `--help` or `-h` anywhere. */
export function wantsHelp(argv: string[]): boolean {
  return argv.some((arg) => arg === '--help' || arg === '-h' || arg.startsWith('--help='));
}
