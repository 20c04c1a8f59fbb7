import type { CompiledDefinition, Lang, StateInfo, TrajectoryPath } from '@koers/engine';
import { simplePaths, textIn, timersIn, valueText } from '@koers/engine';
import { toMermaid } from '../mermaid';
import { CLOCK, momentText } from '../time';
import { formBlock, stepFacts, stepForms, stepTitle, transitionsBlock } from './step';
import { timeBlock } from './time';
import { carryBlock } from './carry';
import { groupEventsBlock, groupsBlock } from './groups';
import { code, escapeMarkdown, table } from './table';
import { DOC_TEXT } from './words';

/** More paths than this are folded into a <details> block. */
const FOLD_PATHS = 12;
/** At most this many paths are written out; `koers paths` lists them all. */
const MAX_PATHS = 50;

/** What goes into the document besides the definition. */
export interface MarkdownOptions {
  lang?: Lang;
  /** Link to the rendered diagram (e.g. `pd-schoolontwikkeling.svg`), shown as an image. */
  diagramHref?: string;
  /** The document's heading; the trajectory type's title by default. */
  title?: string;
  /** The paths to list; computed with the engine's `simplePaths` when left out. */
  paths?: TrajectoryPath[];
  /**
   * Where the diagram goes: a Mermaid block (the default, for Markdown viewers), or `DIAGRAM_MARK` alone on its
   * line, for a renderer that puts the drawing there itself (the printable HTML). The latter also leaves a long
   * list of paths unfolded, since paper cannot unfold it.
   */
  diagram?: 'mermaid' | 'mark';
}

/** The line `toMarkdown` writes where the diagram goes with `diagram: 'mark'`. */
export const DIAGRAM_MARK = '<!-- koers:diagram -->';

/**
 * Markdown documentation of a trajectory type, for the people who run it: what it is, who takes part,
 * its budgets and limits, the diagram, every step with instructions, roles, expected duration, forms
 * with their fields and the actions with who may take them, conditions in words, and every path.
 * @example writeFileSync('docs/mini.md', toMarkdown(def, { lang: 'nl', diagramHref: 'mini.svg' }));
 */
export function toMarkdown(def: CompiledDefinition, opts: MarkdownOptions = {}): string {
  const lang = opts.lang ?? 'nl';
  const d = def.definition;
  const h = (key: keyof typeof DOC_TEXT) => DOC_TEXT[key][lang];
  const out: string[] = [];
  const push = (...blocks: string[]) => out.push(...blocks, '');

  push(`# ${escapeMarkdown(opts.title ?? textIn(d.title, lang))}`);
  push(escapeMarkdown(textIn(d.description, lang)));
  push(`${code(d.id)} · ${h('version')} ${d.version}`);

  push(`## ${h('roles')}`);
  push(table([h('role'), h('key'), h('about')],
    Object.entries(d.roles).map(([key, role]) => [escapeMarkdown(textIn(role.title, lang)), code(key), escapeMarkdown(textIn(role.description, lang))])));

  push(`## ${h('rules')}`);
  push(rules(def, lang) || h('none'));

  const groups = groupsBlock(def, lang);
  if (groups) push(groups);

  push(`## ${h('diagram')}`);
  if (opts.diagramHref) push(`![${h('diagram')}: ${escapeMarkdown(textIn(d.title, lang))}](${encodeURI(opts.diagramHref)})`);
  if (opts.diagram === 'mark') push(DIAGRAM_MARK);
  else push('```mermaid', toMermaid(def, { lang, title: false }).trimEnd(), '```');

  push(`## ${h('steps')}`);
  const root = def.index.states.get('')!;
  if (def.index.transitions.some((tr) => tr.source === '')) {
    push(`### ${h('anyTime')}`);
    push(transitionsBlock(def, root, lang));
  }
  const documented = new Map<string, string>();
  const visit = (info: StateInfo, number: string) => {
    push(`${'#'.repeat(Math.min(6, 2 + info.depth))} ${number} ${stepTitle(def, info.path, lang)}`);
    push(stepFacts(def, info, lang));
    const instructions = escapeMarkdown(textIn(info.config.meta?.instructions, lang));
    if (instructions) push(instructions);
    const carry = carryBlock(def, info, lang);
    if (carry) push(carry);
    for (const formId of stepForms(info)) {
      const seen = documented.get(formId);
      if (seen) {
        push(`**${h('form')}: ${escapeMarkdown(textIn(def.forms.get(formId)?.definition.title, lang) || formId)}** (${code(formId)}) — ${h('see')} ${seen}.`);
        continue;
      }
      documented.set(formId, `${number} ${stepTitle(def, info.path, lang)}`);
      push(formBlock(def, formId, lang));
    }
    const block = transitionsBlock(def, info, lang);
    if (block) push(block);
    const fromGroup = groupEventsBlock(def, info, lang);
    if (fromGroup) push(fromGroup);
    const time = timeBlock(def, info, lang);
    if (time) push(time);
    info.children.forEach((key, i) => visit(def.index.states.get(info.path === '' ? key : `${info.path}.${key}`)!, `${number}${i + 1}.`));
  };
  root.children.forEach((key, i) => visit(def.index.states.get(key)!, `${i + 1}.`));

  const paths = opts.paths ?? simplePaths(def);
  push(`## ${h('paths')}`);
  push(h('pathsIntro'));
  const list = paths.slice(0, MAX_PATHS).map((p, i) => `${i + 1}. ${pathText(def, p, lang)}`).join('\n')
    + (paths.length > MAX_PATHS ? `\n\n${morePaths(def, paths.length - MAX_PATHS, lang)}` : '');
  if (paths.length === 0) push(h('none'));
  // A long list folds away (GitHub and most Markdown viewers render <details>), so the steps stay easy to reach.
  else if (paths.length > FOLD_PATHS && opts.diagram !== 'mark') {
    // Blank lines around the list, or Markdown inside <details> is not rendered.
    push(`<details><summary>${paths.length} ${h('pathsCount')}</summary>`);
    push(list);
    push('</details>');
  }
  else push(list);
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function rules(def: CompiledDefinition, lang: Lang): string {
  const d = def.definition;
  const nl = lang === 'nl';
  const lines: string[] = [];
  if (d.capacity) {
    const message = escapeMarkdown(textIn(d.capacity.message, lang));
    lines.push(`- **${nl ? 'Capaciteit' : 'Capacity'}**: ${nl ? `hoogstens ${d.capacity.max} trajecten tegelijk` : `at most ${d.capacity.max} trajectories at once`}${message ? ` — “${message}”` : ''}`);
  }
  for (const [key, b] of Object.entries(d.budgets ?? {})) {
    lines.push(`- **Budget** ${escapeMarkdown(textIn(b.title, lang))} (${code(key)}): ${b.limit} ${escapeMarkdown(textIn(b.unit, lang))}`);
  }
  for (const [key, c] of Object.entries(d.counters ?? {})) {
    const limit = c.max !== undefined ? (nl ? `hoogstens ${c.max}` : `at most ${c.max}`) : (nl ? 'geen maximum' : 'no maximum');
    lines.push(`- **${nl ? 'Teller' : 'Counter'}** ${escapeMarkdown(textIn(c.title, lang))} (${code(key)}): ${limit}`);
  }
  for (const [key, v] of Object.entries(d.variables ?? {})) {
    const start = v.default !== undefined ? `: ${nl ? 'begint als' : 'starts as'} ${escapeMarkdown(valueText(v.default, lang))}` : '';
    lines.push(`- **${nl ? 'Variabele' : 'Variable'}** ${escapeMarkdown(textIn(v.title, lang))} (${code(key)})${start}`);
  }
  return lines.join('\n');
}

function morePaths(def: CompiledDefinition, more: number, lang: Lang): string {
  const command = code(`koers paths ${def.file}`);
  return lang === 'nl'
    ? `… en nog ${more} ${more === 1 ? 'pad' : 'paden'}: ${command} toont ze allemaal.`
    : `… and ${more} more ${more === 1 ? 'path' : 'paths'}: ${command} lists them all.`;
}

function pathText(def: CompiledDefinition, path: TrajectoryPath, lang: Lang): string {
  const title = (leaves: string[]) => leaves.map((p) => stepTitle(def, p, lang)).join(' + ');
  const parts = [`**${title(path.steps[0]?.from ?? path.end)}**`];
  for (const step of path.steps) {
    // A timer: the clock, and when instead of who ("◷ Half jaar verstreken (na 6 maanden)").
    const timer = step.system ? timersIn(def, step.from, step.event)[0] : undefined;
    const who = timer ? momentText(timer.spec, def, lang) : textIn(def.definition.roles[step.role]?.title, lang) || step.role;
    parts.push(`${timer ? `${CLOCK} ` : ''}*${escapeMarkdown(textIn(step.label, lang))}* (${escapeMarkdown(who)})`, `**${title(step.to)}**`);
  }
  return `${parts.join(' → ')} — ${path.done ? DOC_TEXT.done[lang] : DOC_TEXT.stuck[lang]}`;
}

/** The same as `toMarkdown`, named to pair with `renderDiagram`. */
export const renderDocs = toMarkdown;
