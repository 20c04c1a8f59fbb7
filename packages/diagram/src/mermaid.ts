import type { CompiledDefinition } from '@koers/engine';
import type { DiagramOptions } from './dot';
import { conditionText, warningTexts } from './dot-labels';
import { type DiagramModel, type DiagramState, buildModel } from './model';
import { HEAT_SCALE, badgeTexts, heatColour, maxCount } from './overlay';
import { MARK_STYLE, markOf, markTexts } from './position';
import { COLOURS } from './theme';
import { CLOCK } from './time';
import { word } from './words';

/**
 * Makes text safe inside Mermaid labels: characters the state-diagram grammar reads as syntax (quotes,
 * colons, semicolons, brackets, braces, `#`, `%%` comments, angle brackets) become Mermaid entity codes
 * (`#58;`), which Mermaid turns back into the characters when it draws. Line breaks become spaces.
 * @example mermaidText('Besluit: "go" [ja]') // 'Besluit#58; #34;go#34; #91;ja#93;'
 */
export function mermaidText(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[#"'`:;%&[\]{}<>|\\]/g, (c) => `#${c.codePointAt(0)};`)
    // Mermaid's lexer turns any line containing "direction TB|LR|…" into a direction statement.
    .replace(/(direc)(t)(ion)/gi, (_m, a: string, b: string, c: string) => `${a}#${b.codePointAt(0)};${c}`);
}

/**
 * The diagram as Mermaid `stateDiagram-v2` text, for Markdown that renders it (GitHub, GitLab, docs sites):
 * compound steps as composite states, parallel regions separated by `--`, `[*]` for start and end, the same
 * titles, event labels and conditions as the DOT picture. Mermaid cannot render in Node: this is text only.
 */
export function toMermaid(def: CompiledDefinition, opts: DiagramOptions = {}): string {
  const lang = opts.lang ?? 'nl';
  const model = buildModel(def, lang);
  const ids = mermaidIds(model);
  const id = (path: string) => ids.get(path)!;
  const overlay = opts.overlay;
  const position = overlay ? undefined : opts.position;
  const max = maxCount(overlay);
  const out: string[] = [];
  const emit = (depth: number, line: string) => out.push(`${'  '.repeat(depth)}${line}`);

  if (opts.title !== false) out.push('---', `title: ${JSON.stringify(model.title)}`, '---');
  out.push('stateDiagram-v2');
  emit(1, 'direction TB');

  // Each edge is written inside the deepest composite holding both ends; Mermaid cannot link into a composite from outside it otherwise.
  const edgesByContainer = new Map<string, string[]>();
  for (const edge of model.edges) {
    const target = edge.target ?? edge.source;
    const container = commonContainer(parentOf(edge.source), parentOf(target));
    const text = [edge, ...(edge.more ?? [])].map((e) => `${e.label}${e.timer ? ` (${e.timer})` : ''}${e.condition ? `, ${conditionText(e, lang)}` : ''}${warningTexts(e, lang).map((w) => ` ${w}`).join('')}`).join(' · ');
    const from = edge.source === '' ? ANY : id(edge.source);
    const line = `${from} --> ${id(target)} : ${mermaidText(text)}`;
    edgesByContainer.set(container, [...(edgesByContainer.get(container) ?? []), line]);
  }

  const classes = new Map<string, string[]>();
  const addClass = (name: string, path: string) => classes.set(name, [...(classes.get(name) ?? []), id(path)]);

  const declare = (s: DiagramState, depth: number) => {
    const entry = overlay?.[s.path];
    const mark = position ? markOf(position, s.path) : undefined;
    if (entry) addClass(`heat${HEAT_SCALE.indexOf(heatColour(entry.count, max) as (typeof HEAT_SCALE)[number])}`, s.path);
    else if (mark && mark !== 'coming' && s.children.length === 0) addClass(mark === 'current' ? 'hier' : 'afgerond', s.path);
    else if (s.kind === 'final') addClass('eindstap', s.path);
    const details = [s.roles.join(', ')];
    if (s.time.length > 0) details.push(`${CLOCK} ${s.time.join(' · ')}`);
    if (position && s.children.length === 0) details.push(markTexts(position, s.path, lang).join(', '));
    if (entry) {
      const badge = badgeTexts(entry, lang);
      details.push([badge.count, badge.overdue].filter(Boolean).join(', '));
    }
    if (s.children.length === 0) {
      emit(depth, `state "${mermaidText(s.title)}" as ${id(s.path)}`);
      for (const detail of details.filter(Boolean)) emit(depth, `${id(s.path)} : ${mermaidText(detail)}`);
      return;
    }
    const heading = [s.title, ...details.filter(Boolean)].join(' · ');
    const hint = s.kind === 'parallel' ? ` (${word('parallel', lang)})` : '';
    emit(depth, `state "${mermaidText(heading + hint)}" as ${id(s.path)} {`);
    body(s, depth + 1);
    emit(depth, '}');
  };

  const body = (s: DiagramState, depth: number) => {
    if (s.kind === 'parallel') {
      s.children.forEach((region, i) => {
        if (i > 0) emit(depth, '--');
        declare(region, depth);
      });
    } else {
      for (const child of s.children) declare(child, depth);
      if (s.initial) emit(depth, `[*] --> ${id(s.initial)}`);
      for (const child of s.children.filter((c) => c.kind === 'final')) emit(depth, `${id(child.path)} --> [*]`);
    }
    for (const line of edgesByContainer.get(s.path) ?? []) emit(depth, line);
  };

  if (model.edges.some((e) => e.source === '')) emit(1, `state "${mermaidText(lang === 'nl' ? 'op elk moment' : 'at any time')}" as ${ANY}`);
  body(model.root, 1);

  if (overlay) HEAT_SCALE.forEach((colour, i) => emit(1, `classDef heat${i} fill:${colour},stroke:${COLOURS.step.border},color:${COLOURS.text}`));
  emit(1, `classDef eindstap fill:${COLOURS.final.fill},stroke:${COLOURS.final.border},color:${COLOURS.text}`);
  if (position) {
    emit(1, `classDef hier fill:${MARK_STYLE.current.fill},stroke:${MARK_STYLE.current.border},stroke-width:3px,color:${COLOURS.text}`);
    emit(1, `classDef afgerond fill:${MARK_STYLE.done.fill},stroke:${MARK_STYLE.done.border},color:${COLOURS.text}`);
  }
  for (const [name, members] of classes) emit(1, `class ${members.join(',')} ${name}`);
  return `${out.join('\n')}\n`;
}

const ANY = 's__elk_moment';

/** Mermaid ids: letters, digits and `_` only (`-` and `.` break its lexer), unique per state. */
function mermaidIds(model: DiagramModel): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>([ANY]);
  for (const path of model.states.keys()) {
    if (path === '') continue;
    const base = `s_${path.replace(/[^A-Za-z0-9]/g, '_')}`;
    let candidate = base;
    for (let n = 2; used.has(candidate); n++) candidate = `${base}_${n}`;
    used.add(candidate);
    ids.set(path, candidate);
  }
  return ids;
}

function parentOf(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? '' : path.slice(0, dot);
}

function commonContainer(a: string, b: string): string {
  const pa = a === '' ? [] : a.split('.');
  const pb = b === '' ? [] : b.split('.');
  const common: string[] = [];
  for (let i = 0; i < Math.min(pa.length, pb.length) && pa[i] === pb[i]; i++) common.push(pa[i]!);
  return common.join('.');
}
