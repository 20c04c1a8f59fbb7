import type { CompiledDefinition } from '@koers/engine';
import { type DiagramOptions, toDot } from './dot';
import { toMermaid } from './mermaid';
import { type PngOptions, toPng } from './png';
import { toSvg } from './svg';

export type DiagramFormat = 'svg' | 'png' | 'mermaid' | 'dot';

/** The formats `renderDiagram` knows, for checking user input. */
export const DIAGRAM_FORMATS: readonly DiagramFormat[] = ['svg', 'png', 'mermaid', 'dot'];

/**
 * One call from definition to picture: DOT and Mermaid as text, SVG as text, PNG as bytes.
 * @example const png = await renderDiagram(def, 'png', { lang: 'nl', width: 1600 });
 */
export function renderDiagram(def: CompiledDefinition, format: 'png', opts?: DiagramOptions & PngOptions): Promise<Uint8Array>;
export function renderDiagram(def: CompiledDefinition, format: 'svg' | 'mermaid' | 'dot', opts?: DiagramOptions): Promise<string>;
export function renderDiagram(def: CompiledDefinition, format: DiagramFormat, opts?: DiagramOptions & PngOptions): Promise<string | Uint8Array>;
export async function renderDiagram(def: CompiledDefinition, format: DiagramFormat, opts: DiagramOptions & PngOptions = {}): Promise<string | Uint8Array> {
  switch (format) {
    case 'dot':
      return toDot(def, opts);
    case 'mermaid':
      return toMermaid(def, opts);
    case 'svg':
      return toSvg(toDot(def, opts));
    case 'png':
      return toPng(await toSvg(toDot(def, opts)), opts);
  }
}
