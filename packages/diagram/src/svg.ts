import { Graphviz } from '@hpcc-js/wasm-graphviz';

let graphviz: Promise<Graphviz> | undefined;

/** Loads the Graphviz WASM module once per process; later calls reuse it. */
function loadGraphviz(): Promise<Graphviz> {
  graphviz ??= Graphviz.load().catch((error: unknown) => {
    graphviz = undefined;
    throw error;
  });
  return graphviz;
}

/**
 * Lays out DOT with Graphviz (in-process WASM, no binary needed) and returns the SVG text.
 * @example const svg = await toSvg(toDot(def));
 */
export async function toSvg(dot: string): Promise<string> {
  const gv = await loadGraphviz();
  return gv.layout(dot, 'svg', 'dot');
}
