/**
 * One font for DOT, SVG and PNG: Graphviz sizes boxes for it and resvg draws with it, so text fits.
 * DejaVu Sans ships with Debian (fonts-dejavu-core) and covers Dutch accents, ✓ and ≥.
 */
export const FONT_FAMILY = 'DejaVu Sans';

/** Colours chosen for a non-engineer audience: calm fills, dark text, one accent per kind of thing. */
export const COLOURS = {
  text: '#1f2a33',
  muted: '#4b5863',
  step: { fill: '#e8f1fb', border: '#4a78b0' },
  decision: { fill: '#fdf6e3', border: '#b08a2e' },
  final: { fill: '#e3f3df', border: '#3f8a3f' },
  group: { fill: '#f6f8fa', border: '#8a9bb0' },
  parallel: { fill: '#fbf9ff', border: '#7a68b3' },
  start: '#2d3a45',
  edge: '#5b6770',
  automatic: '#8a96a0',
  done: '#3f8a3f',
  condition: '#8a5a00',
  /** Timers (events the system sends when their moment comes) and deadlines: a colour no person's event has. */
  timer: '#6a3fa0',
  /** A transition's soft rules (warnings): the trajectory goes on, with a flag. */
  warning: '#b35c00',
  badge: '#2d3a45',
  overdue: '#b3261e',
  here: '#084a8c',
} as const;
