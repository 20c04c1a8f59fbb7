import type { CompiledDefinition } from '@koers/engine';
import { type DiagramFormat, renderDiagram } from '@koers/diagram';
import { Type } from '@sinclair/typebox';
import { InvalidRequest } from '../errors';
import { type Param, p } from '../http/params';
import { SVG_POLICY } from '../security';

const FORMATS: Record<DiagramFormat, string> = {
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  mermaid: 'text/plain; charset=utf-8',
  dot: 'text/vnd.graphviz; charset=utf-8',
};
const EXTENSIONS: Record<DiagramFormat, string> = { svg: 'svg', png: 'png', mermaid: 'mmd', dot: 'dot' };

export function formatOf(raw: string | undefined): DiagramFormat {
  const format = raw ?? 'svg';
  if (!Object.hasOwn(FORMATS, format)) {
    throw new InvalidRequest({ nl: `Formaat "${format}" bestaat niet; kies svg, png, mermaid of dot.`,
      en: `Format "${format}" does not exist; use svg, png, mermaid or dot.` }, '/format');
  }
  return format as DiagramFormat;
}

/** Sends a rendered diagram with its content type (and as a download on `?download`). */
export async function diagramResponse(c: { header(name: string, value: string): void; body(data: string | Uint8Array): Response },
  def: CompiledDefinition, format: DiagramFormat, options: Parameters<typeof renderDiagram>[2], download: boolean, suffix = '') {
  const body = await renderDiagram(def, format, options ?? {});
  c.header('Content-Type', FORMATS[format]);
  if (format === 'svg') c.header('Content-Security-Policy', SVG_POLICY);
  if (download) c.header('Content-Disposition', `attachment; filename="${def.definition.id}-v${def.definition.version}${suffix}.${EXTENSIONS[format]}"`);
  return c.body(typeof body === 'string' ? body : new Uint8Array(body));
}

/** The content types a diagram route answers with. */
export const DIAGRAM_MEDIA = [...new Set(Object.values(FORMATS).map((f) => f.split(';')[0]!))];

const format: Param<DiagramFormat, false> = {
  schema: Type.Unsafe<DiagramFormat>({ type: 'string', enum: Object.keys(FORMATS), default: 'svg' }),
  description: 'Formaat / format', required: false,
  parse: (raw) => (raw === undefined ? undefined : formatOf(raw)),
};

/** The query every diagram route takes: format, language and `?download`. */
export const diagramQuery = { format, lang: p.lang(), download: p.flag('Als bestand downloaden / as a download') };
