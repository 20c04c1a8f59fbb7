import type { CompiledDefinition, Lang } from '@koers/engine';
import { clusterLabel, edgeLabel, stateLabel } from './dot-labels';
import { type DiagramEdge, type DiagramModel, type DiagramState, buildModel, within } from './model';
import { type Overlay, heatColour, maxCount } from './overlay';
import { MARK_STYLE, type Position, markOf, markTexts } from './position';
import { COLOURS, FONT_FAMILY } from './theme';
import { dotId, htmlText } from './text';
import { word } from './words';

/** What every renderer accepts. */
export interface DiagramOptions {
  /** Language of titles and labels; Dutch by default. */
  lang?: Lang;
  /** Per step path: how many trajectories are there now (and how many are overdue). */
  overlay?: Overlay;
  /** One trajectory's position: its current step stands out, the steps it passed are green (ignored with an overlay). */
  position?: Position;
  /** Draw the trajectory type's title above the diagram (default true). */
  title?: boolean;
}

/** An HTML-like label, already escaped; written as `<...>` instead of a quoted string. */
interface Html {
  html: string;
}
type Attrs = Record<string, string | number | Html | undefined>;

const html = (label: string): Html => ({ html: label });

/** Attributes in DOT syntax: numbers bare, HTML labels in angle brackets, everything else quoted. */
function attrs(a: Attrs): string {
  const parts = Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${typeof v === 'number' ? v : typeof v === 'object' ? v.html : dotId(v!)}`);
  return parts.length > 0 ? ` [${parts.join(', ')}]` : '';
}

const nodeId = (path: string) => `s:${path}`;
const startId = (path: string) => `start:${path}`;
const clusterId = (path: string) => `cluster_${path}`;
const isCluster = (s: DiagramState) => (s.kind === 'compound' || s.kind === 'parallel') && s.children.length > 0;

const inId = (path: string) => `in:${path}`;
const outId = (path: string) => `out:${path}`;

/** The node an edge into a cluster points at: its start dot, or a parallel step's hidden entry point. */
function anchorIn(s: DiagramState): string {
  if (!isCluster(s)) return nodeId(s.path);
  if (s.kind === 'parallel') return inId(s.path);
  if (s.initial) return startId(s.path);
  return anchorIn(s.children[0]!);
}

/** The node an edge out of a cluster leaves from: a final child (or hidden exit point), so it leaves at the bottom. */
function anchorOut(s: DiagramState): string {
  if (!isCluster(s)) return nodeId(s.path);
  if (s.kind === 'parallel') return outId(s.path);
  const final = s.children.find((c) => c.kind === 'final');
  return final ? nodeId(final.path) : anchorIn(s);
}

/**
 * A readable Graphviz DOT picture of a trajectory type: steps with their titles and roles, transitions
 * labelled with what happens and under which condition, compound and parallel steps as clusters, a start
 * dot, final steps with a double border. With an overlay, steps show counts as badges on a heat scale.
 * @example const dot = toDot(def, { lang: 'nl', overlay: { intake: { count: 12, overdue: 3 } } });
 */
export function toDot(def: CompiledDefinition, opts: DiagramOptions = {}): string {
  const lang = opts.lang ?? 'nl';
  const model = buildModel(def, lang);
  const overlay = opts.overlay;
  const max = maxCount(overlay);
  const out: string[] = [];
  const emit = (depth: number, line: string) => out.push(`${'  '.repeat(depth)}${line}`);

  const position = overlay ? undefined : opts.position;
  const legend = overlay ? word('heatLegend', lang) : position ? word('positionLegend', lang) : undefined;
  const title = opts.title === false ? undefined : titleLabel(model, def, lang, legend);
  emit(0, `digraph ${dotId(def.definition.id)} {`);
  emit(1, `graph${attrs({
    compound: 'true', newrank: 'true', rankdir: 'TB', fontname: FONT_FAMILY, fontsize: 12, fontcolor: COLOURS.text,
    nodesep: 0.5, ranksep: 0.6, pad: 0.4, bgcolor: 'white', labelloc: 't', label: title === undefined ? undefined : html(title),
  })};`);
  emit(1, `node${attrs({
    fontname: FONT_FAMILY, fontsize: 13, fontcolor: COLOURS.text, shape: 'box', style: 'rounded,filled',
    fillcolor: COLOURS.step.fill, color: COLOURS.step.border, penwidth: 1.3, margin: '0.18,0.1',
  })};`);
  emit(1, `edge${attrs({ fontname: FONT_FAMILY, fontsize: 11, fontcolor: COLOURS.text, color: COLOURS.edge, arrowsize: 0.8, penwidth: 1.2 })};`);

  const fill = (s: DiagramState, normal: string) => {
    if (position) return MARK_STYLE[markOf(position, s.path)].fill;
    if (!overlay) return normal;
    const entry = overlay[s.path];
    return entry ? heatColour(entry.count, max) : '#ffffff';
  };
  // A marked step's border: thick and dark blue where the trajectory is now.
  const stroke = (s: DiagramState, normal: string) => {
    if (!position) return { color: normal };
    const style = MARK_STYLE[markOf(position, s.path)];
    return { color: style.border, penwidth: style.penwidth };
  };
  // Only steps carry the pill; the groups around them would repeat it.
  const marks = (s: DiagramState) => (position ? markTexts(position, s.path, lang) : []);
  const startDot = (depth: number, path: string) =>
    emit(depth, `${dotId(startId(path))}${attrs({ shape: 'circle', label: '', width: 0.2, fixedsize: 'true', style: 'filled', fillcolor: COLOURS.start, color: COLOURS.start })};`);

  const drawState = (s: DiagramState, depth: number, parent: DiagramState) => {
    const entry = overlay?.[s.path];
    if (isCluster(s)) {
      const region = parent.kind === 'parallel';
      const colours = s.kind === 'parallel' || region ? COLOURS.parallel : COLOURS.group;
      emit(depth, `subgraph ${dotId(clusterId(s.path))} {`);
      emit(depth + 1, `graph${attrs({
        label: html(clusterLabel(s, lang, entry)), labeljust: 'l', style: region ? 'rounded,dashed,filled' : 'rounded,filled',
        fillcolor: position ? '#ffffff' : fill(s, region ? '#ffffff' : colours.fill), color: colours.border, penwidth: region ? 1.4 : 1.2, margin: 14,
      })};`);
      if (s.kind === 'compound' && s.initial) {
        startDot(depth + 1, s.path);
        emit(depth + 1, `${dotId(startId(s.path))} -> ${dotId(entryHead(model, s.initial))}${entryAttrs(model, s.initial)};`);
      }
      if (s.kind === 'parallel') {
        // Hidden entry and exit points above and below the regions keep the regions side by side, and give
        // edges into and out of the parallel step one place to meet its border.
        const hidden = attrs({ shape: 'point', style: 'invis', width: 0.01, height: 0.01, label: '' });
        emit(depth + 1, `${dotId(inId(s.path))}${hidden};`);
        emit(depth + 1, `${dotId(outId(s.path))}${hidden};`);
        for (const region of s.children) {
          emit(depth + 1, `${dotId(inId(s.path))} -> ${dotId(anchorIn(region))} [style="invis"${isCluster(region) ? `, lhead=${dotId(clusterId(region.path))}` : ''}];`);
          emit(depth + 1, `${dotId(anchorOut(region))} -> ${dotId(outId(s.path))} [style="invis"${isCluster(region) ? `, ltail=${dotId(clusterId(region.path))}` : ''}];`);
        }
      }
      for (const child of s.children) drawState(child, depth + 1, s);
      emit(depth, '}');
      return;
    }
    const base = { tooltip: s.path, fillcolor: undefined as string | undefined };
    if (s.kind === 'final') {
      emit(depth, `${dotId(nodeId(s.path))}${attrs({ ...base, label: html(stateLabel(s, lang, entry, lang === 'nl' ? 'eindstap' : 'final step', 'CENTER', marks(s))), peripheries: 2, fillcolor: fill(s, COLOURS.final.fill), ...stroke(s, COLOURS.final.border) })};`);
    } else if (s.kind === 'history') {
      emit(depth, `${dotId(nodeId(s.path))}${attrs({ ...base, label: s.title === s.key ? 'H' : `H: ${s.title}`, shape: 'circle', fillcolor: '#ffffff' })};`);
    } else if (s.decision) {
      emit(depth, `${dotId(nodeId(s.path))}${attrs({ ...base, label: html(stateLabel(s, lang, entry, undefined, 'CENTER', marks(s))), shape: 'diamond', style: 'filled', margin: '0.05,0.05', fillcolor: fill(s, COLOURS.decision.fill), ...stroke(s, COLOURS.decision.border) })};`);
    } else {
      emit(depth, `${dotId(nodeId(s.path))}${attrs({ ...base, label: html(stateLabel(s, lang, entry, undefined, 'CENTER', marks(s))), fillcolor: fill(s, COLOURS.step.fill), ...(position ? stroke(s, COLOURS.step.border) : {}) })};`);
    }
  };

  if (model.root.children.length > 0) {
    startDot(1, '');
    const initial = model.root.initial ?? def.definition.machine.initial;
    if (initial) emit(1, `${dotId(startId(''))} -> ${dotId(entryHead(model, initial))}${entryAttrs(model, initial)};`);
  }
  for (const child of model.root.children) drawState(child, 1, model.root);
  if (model.edges.some((e) => e.source === '')) {
    emit(1, `${dotId('any:')}${attrs({ label: lang === 'nl' ? 'op elk moment' : 'at any time', shape: 'note', style: 'filled', fillcolor: '#ffffff', color: COLOURS.automatic, fontsize: 11 })};`);
  }
  for (const edge of model.edges) emit(1, drawEdge(model, edge, lang));
  emit(0, '}');
  return `${out.join('\n')}\n`;
}

/** Where a start dot's arrow points: the initial step, or inside it when that is a cluster. */
function entryHead(model: DiagramModel, target: string): string {
  const s = model.states.get(target)!;
  return isCluster(s) ? anchorIn(s) : nodeId(s.path);
}

/** The start dot's arrow: into a cluster it stops at the border. */
function entryAttrs(model: DiagramModel, target: string): string {
  const s = model.states.get(target)!;
  return isCluster(s) ? ` [lhead=${dotId(clusterId(s.path))}]` : '';
}

function drawEdge(model: DiagramModel, edge: DiagramEdge, lang: Lang): string {
  const src = model.states.get(edge.source)!;
  const tgt = model.states.get(edge.target ?? edge.source)!;
  const tail = edge.source === '' ? 'any:' : isCluster(src) ? anchorOut(src) : nodeId(src.path);
  // A transition back to the whole machine (`#id`) restarts it: draw it to the start dot.
  const head = tgt.path === '' ? startId('') : isCluster(tgt) ? anchorIn(tgt) : nodeId(tgt.path);
  const a: Attrs = { label: html(edgeLabel(edge, lang)) };
  if (edge.source !== '' && isCluster(src) && !within(tgt.path, src.path)) a.ltail = clusterId(src.path);
  if (tgt.path !== '' && isCluster(tgt) && !within(src.path, tgt.path)) a.lhead = clusterId(tgt.path);
  if (edge.kind === 'always') Object.assign(a, { style: 'dashed', color: COLOURS.automatic, fontcolor: COLOURS.muted });
  if (edge.kind === 'done') Object.assign(a, { color: COLOURS.done, penwidth: 1.8 });
  // A timer: dashed in its own colour, so it never reads as something a person does (or as an automatic choice, grey).
  if (edge.timer !== undefined) Object.assign(a, { style: 'dashed', color: COLOURS.timer, fontcolor: COLOURS.timer });
  return `${dotId(tail)} -> ${dotId(head)}${attrs(a)};`;
}

function titleLabel(model: DiagramModel, def: CompiledDefinition, lang: Lang, legend: string | undefined): string {
  const version = `${def.definition.id} · ${lang === 'nl' ? 'versie' : 'version'} ${def.definition.version}`;
  const timers = model.edges.some((e) => e.timer !== undefined || e.more?.some((m) => m.timer !== undefined));
  const rows = [
    `<FONT POINT-SIZE="20"><B>${htmlText(model.title)}</B></FONT>`,
    `<FONT POINT-SIZE="10" COLOR="${COLOURS.muted}">${htmlText(version)}</FONT>`,
    ...(legend ? [`<FONT POINT-SIZE="10" COLOR="${COLOURS.muted}">${htmlText(legend)}</FONT>`] : []),
    // Only a type with timers explains them; the others keep their title as it was.
    ...(timers ? [`<FONT POINT-SIZE="10" COLOR="${COLOURS.timer}">${htmlText(word('timerLegend', lang))}</FONT>`] : []),
  ];
  return `<${rows.join('<BR/>')}<BR/> >`;
}
