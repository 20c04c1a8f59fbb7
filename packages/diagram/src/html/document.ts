import { Marked } from 'marked';
import { type CompiledDefinition, type Lang, textIn } from '@koers/engine';
import { toDot } from '../dot';
import { DIAGRAM_MARK, type MarkdownOptions, toMarkdown } from '../markdown/document';
import { DOC_TEXT } from '../markdown/words';
import { toSvg } from '../svg';
import { htmlText } from '../text';
import { PRINT_CSS } from './style';

const TEXT = {
  print: { nl: 'Afdrukken / PDF', en: 'Print / PDF' },
  printHint: {
    nl: 'Kies bij het afdrukken "Opslaan als PDF" voor een PDF-bestand.',
    en: 'Choose "Save as PDF" when printing to get a PDF file.',
  },
  diagram: { nl: 'Processchema', en: 'Process diagram' },
  // A wide table scrolls on a phone; the keyboard reaches it by this name.
  table: { nl: 'Tabel', en: 'Table' },
} as const;

/**
 * The only script on the page: the print button. The policy allows exactly this text, by its SHA-256 (written
 * out, since this package has no hashing of its own; a test recomputes it, so an edit to the script that
 * forgets the hash fails).
 */
export const PRINT_SCRIPT = "document.getElementById('print').addEventListener('click',function(){window.print()});";
export const PRINT_SCRIPT_HASH = 'sha256-7FQr+HlYEk6BuAsQ25jhWlBXQUaaNKNhVedKFH06CUo=';

/**
 * The content security policy of the printable documentation: nothing loads from anywhere, the inline
 * stylesheet and the drawing's styles apply, and the one print script runs (by hash); a link such as
 * `javascript:` written into a definition text never does. The page carries it as a meta tag too, so a
 * saved copy opened from disk is just as closed.
 */
export const DOCS_HTML_POLICY = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src '${PRINT_SCRIPT_HASH}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

/** What the printable documentation takes: the Markdown options, less where the diagram goes. */
export type HtmlOptions = Omit<MarkdownOptions, 'diagram' | 'diagramHref'>;

/**
 * The documentation of a trajectory type as one printable HTML page: the same text as `toMarkdown`, with the
 * diagram drawn inline as SVG, a print stylesheet (A4, page breaks before the diagram, the steps and the paths, no split
 * table rows or drawings) and an "Afdrukken / PDF" button that opens the browser's print dialogue.
 * @example writeFileSync('pd.html', await toHtml(def, { lang: 'nl' }));
 */
export async function toHtml(def: CompiledDefinition, opts: HtmlOptions = {}): Promise<string> {
  const lang: Lang = opts.lang ?? 'nl';
  const title = opts.title ?? textIn(def.definition.title, lang);
  const markdown = toMarkdown(def, { ...opts, lang, title, diagram: 'mark' });
  const drawing = inlineSvg(await toSvg(toDot(def, { lang, title: false })), `${TEXT.diagram[lang]}: ${title}`);
  // Definition texts reach here escaped by `toMarkdown`, so `<` in a title is text, not markup.
  let body = (new Marked({ gfm: true, async: false }).parse(markdown) as string)
    .replace(DIAGRAM_MARK, `<figure class="diagram">${drawing}</figure>`)
    // Wide tables scroll on a phone instead of widening the page.
    .replace(/<table>/g, `<div class="table-scroll" tabindex="0" role="region" aria-label="${TEXT.table[lang]}"><table>`).replace(/<\/table>/g, '</table></div>');
  // On paper the diagram (with its heading), the steps and the paths each start on a new page.
  for (const key of ['diagram', 'steps', 'paths'] as const) body = body.replace(`<h2>${DOC_TEXT[key][lang]}</h2>`, `<h2 class="page">${DOC_TEXT[key][lang]}</h2>`);
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${htmlText(DOCS_HTML_POLICY)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${htmlText(title)}</title>`,
    `<style>${PRINT_CSS}</style>`,
    '</head>',
    '<body>',
    '<div class="toolbar">',
    `<button type="button" id="print">${TEXT.print[lang]}</button>`,
    `<span>${TEXT.printHint[lang]}</span>`,
    '</div>',
    `<main>${body}</main>`,
    `<script>${PRINT_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Graphviz's SVG without its XML prolog, named for assistive technology, scaling to the page's width. */
function inlineSvg(svg: string, label: string): string {
  const start = svg.indexOf('<svg');
  return svg.slice(start).replace(/^<svg\b/, `<svg role="img" aria-label="${htmlText(label)}"`).trim();
}
