/*
 * The browser-safe entry (`@koers/diagram/browser`): everything of the package that runs in a web page. The
 * main entry also exports PNG rendering, whose rasteriser (@resvg/resvg-js) is a native Node addon.
 */
export { toDot, type DiagramOptions } from './dot';
export { toSvg } from './svg';
export { toMermaid, mermaidText } from './mermaid';
export { buildModel, type DiagramModel, type DiagramState, type DiagramEdge } from './model';
export { markOf, markTexts, MARK_STYLE, type Position, type Mark } from './position';
export { FONT_FAMILY } from './theme';
