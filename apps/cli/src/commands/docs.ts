import { join } from 'node:path';
import { toDot, toHtml, toMarkdown, toPng, toSvg } from '@koers/diagram';
import { type ParsedArgs, flag, langFlag, workflowArg } from '../args';
import { CliError, loadWorkflow } from '../load';
import type { Io } from '../main';
import { checkFlags, writeOutput } from './diagram';

/**
 * `koers docs <workflow> --out <dir> [--lang nl|en] [--format markdown|html]`: writes `<id>.md` (the
 * documentation of the trajectory type, with the Mermaid diagram inline) and `<id>.svg` + `<id>.png` (the
 * diagram it links to) into `<dir>`; with `--format html` one printable page `<id>.html`, the diagram inside.
 */
export async function docsCommand(args: ParsedArgs, io: Io): Promise<number> {
  checkFlags(args, 'docs', ['out', 'lang', 'format']);
  const lang = langFlag(args);
  const format = flag(args, 'format') ?? 'markdown';
  if (format !== 'markdown' && format !== 'html') throw new CliError(`--format moet markdown of html zijn / must be markdown or html (niet "${format}")`, 2);
  const file = workflowArg(args, 'docs');
  const dir = flag(args, 'out');
  if (!dir) throw new CliError('koers docs: geef --out <map> / give --out <folder>', 2);
  const def = loadWorkflow(file);
  const id = def.definition.id;
  if (format === 'html') {
    const path = join(dir, `${id}.html`);
    writeOutput(path, await toHtml(def, { lang }));
    io.out(path);
    return 0;
  }
  const svg = await toSvg(toDot(def, { lang }));
  const written = [
    [join(dir, `${id}.svg`), svg],
    [join(dir, `${id}.png`), toPng(svg)],
    [join(dir, `${id}.md`), toMarkdown(def, { lang, diagramHref: `${id}.svg` })],
  ] as const;
  for (const [path, content] of written) writeOutput(path, content);
  for (const [path] of written) io.out(path);
  return 0;
}
