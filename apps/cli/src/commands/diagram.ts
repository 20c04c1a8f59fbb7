import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname } from 'node:path';
import { type CompiledDefinition, parseJson } from '@koers/engine';
import { DIAGRAM_FORMATS, type DiagramFormat, type Overlay, checkOverlay, renderDiagram } from '@koers/diagram';
import { type ParsedArgs, flag, langFlag, workflowArg } from '../args';
import { CliError, formatProblems, loadWorkflow } from '../load';
import type { Io } from '../main';

const BY_EXTENSION: Record<string, DiagramFormat> = { '.svg': 'svg', '.png': 'png', '.mmd': 'mermaid', '.mermaid': 'mermaid', '.dot': 'dot', '.gv': 'dot' };

/** Refuses flags a command does not know, so a typo (`--fromat`) is not silently ignored. */
export function checkFlags(args: ParsedArgs, command: string, known: string[]): void {
  const unknown = Object.keys(args.flags).filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new CliError(`koers ${command}: onbekende optie(s) / unknown option(s): ${unknown.map((n) => `--${n}`).join(', ')}`, 2);
  }
}

/** Writes a file, creating its folder; a failure names the file. */
export function writeOutput(file: string, content: string | Uint8Array): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`${file}: kan niet schrijven / cannot write (${reason})`);
  }
}

/** Reads and checks an overlay file (`{ "<step>": { "count": n, "overdue": m } }`) against the definition. */
export function readOverlay(file: string, def: CompiledDefinition, lang: 'nl' | 'en'): Overlay {
  if (!existsSync(file)) throw new CliError(`${file}: bestand bestaat niet / file does not exist`);
  const parsed = parseJson(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) throw new CliError(formatProblems(parsed.problems, lang).join('\n'));
  const issues = checkOverlay(parsed.value, def);
  if (issues.length > 0) throw new CliError(issues.map((i) => `${file}:${i.pointer || '/'}: ${i.message[lang]}`).join('\n'));
  return parsed.value as unknown as Overlay;
}

function formatOf(args: ParsedArgs, out: string | undefined): DiagramFormat {
  const given = flag(args, 'format') ?? (out ? BY_EXTENSION[extname(out).toLowerCase()] : undefined) ?? 'svg';
  if (!(DIAGRAM_FORMATS as readonly string[]).includes(given)) {
    throw new CliError(`--format moet ${DIAGRAM_FORMATS.join(', ')} zijn / must be one of those (niet "${given}")`, 2);
  }
  return given as DiagramFormat;
}

function positiveInt(args: ParsedArgs, name: string): number | undefined {
  const raw = flag(args, name);
  if (raw === undefined) return undefined;
  if (!/^[1-9]\d{0,4}$/.test(raw)) throw new CliError(`--${name} moet een geheel getal > 0 zijn / must be a whole number > 0 (niet "${raw}")`, 2);
  return Number(raw);
}

/**
 * `koers diagram <workflow> --format svg|png|mermaid|dot [--out file] [--lang nl|en] [--overlay counts.json] [--width px]`:
 * draws a trajectory type. Text formats go to stdout without `--out`; PNG needs `--out`.
 */
export async function diagramCommand(args: ParsedArgs, io: Io): Promise<number> {
  checkFlags(args, 'diagram', ['format', 'out', 'lang', 'overlay', 'width']);
  const lang = langFlag(args);
  const file = workflowArg(args, 'diagram');
  const out = flag(args, 'out');
  const format = formatOf(args, out);
  const width = positiveInt(args, 'width');
  if (format === 'png' && !out) throw new CliError('koers diagram: png is binair; geef --out bestand.png / png is binary; give --out file.png', 2);
  const def = loadWorkflow(file);
  const overlayFile = flag(args, 'overlay');
  const overlay = overlayFile ? readOverlay(overlayFile, def, lang) : undefined;
  const body = await renderDiagram(def, format, { lang, ...(overlay ? { overlay } : {}), ...(width ? { width } : {}) });
  if (!out) {
    io.out(typeof body === 'string' ? body.replace(/\n$/, '') : '');
    return 0;
  }
  writeOutput(out, body);
  io.out(`${out}: ${format} geschreven / written`);
  return 0;
}
