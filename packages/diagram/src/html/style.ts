import { FONT_FAMILY } from '../theme';

/**
 * The stylesheet of the printable documentation: calm type on screen, and on paper A4 with the toolbar gone,
 * each main part (steps, paths) on a new page, and no drawing, table row or heading split from what follows.
 */
export const PRINT_CSS = `
:root { color-scheme: light; }
body { margin: 0; font: 16px/1.55 "${FONT_FAMILY}", system-ui, sans-serif; color: #1f2a33; background: #fff; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.5rem 0 0.75rem; }
h2 { font-size: 1.45rem; margin: 2.25rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 2px solid #d5dde4; }
h3 { font-size: 1.2rem; margin: 1.75rem 0 0.5rem; }
h4, h5, h6 { font-size: 1.05rem; margin: 1.25rem 0 0.5rem; }
h1, h2, h3, h4, h5, h6, p, li, td, th { overflow-wrap: anywhere; }
@media (max-width: 30rem) { h1 { font-size: 1.5rem; } main { padding: 0.75rem; } }
code { font: 0.875em/1.4 ui-monospace, "DejaVu Sans Mono", monospace; background: #f1f4f7; padding: 0 0.2em; border-radius: 3px; }
table { border-collapse: collapse; width: 100%; margin: 0.75rem 0 1.25rem; font-size: 0.9375rem; }
th, td { border: 1px solid #c9d3dc; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #eef3f7; }
.table-scroll { overflow-x: auto; }
figure.diagram { margin: 1rem 0; overflow-x: auto; }
figure.diagram svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
details > summary { cursor: pointer; }
.toolbar { position: sticky; top: 0; display: flex; flex-wrap: wrap; align-items: center; gap: 0.75rem;
  padding: 0.6rem 1.25rem; background: #f6f8fa; border-bottom: 1px solid #d5dde4; font-size: 0.9375rem; }
.toolbar button { font: inherit; font-weight: 600; min-height: 2.5rem; padding: 0.35rem 1rem; border-radius: 6px;
  border: 1px solid #1f5f99; background: #1f5f99; color: #fff; cursor: pointer; }
.toolbar button:focus-visible { outline: 3px solid #f0b400; outline-offset: 2px; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  .toolbar { display: none; }
  h2 { break-after: avoid; }
  h3, h4, h5, h6 { break-after: avoid; }
  h2.page { break-before: page; }
  figure.diagram { overflow: visible; break-inside: avoid; }
  figure.diagram svg { max-height: 235mm; width: 100%; }
  tr, li { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
`;
