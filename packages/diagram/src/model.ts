import type { CompiledDefinition, Lang, StateInfo, TransitionInfo } from '@koers/engine';
import { describeGuard, isDecisionPoint, isWithin, textIn } from '@koers/engine';
import { CLOCK, TIME_WORDS, dueText, momentText, reminderTexts } from './time';
import { word } from './words';

/** A step as drawn: its title and roles in one language, and its children. */
export interface DiagramState {
  path: string;
  key: string;
  kind: StateInfo['kind'];
  title: string;
  /** Role titles the step waits for. */
  roles: string[];
  children: DiagramState[];
  /** Path of the initial child of a compound step. */
  initial: string | undefined;
  /** A step that only chooses where to go next, at once (eventless transitions, no events). */
  decision: boolean;
  /** Its deadline and its reminders in words, a line each ("termijn: voor de herfstvakantie", "herinneringen: …"). */
  time: string[];
}

/** A transition as drawn: a label in words and, when it has one, its condition in words. */
export interface DiagramEdge {
  source: string;
  /** `undefined` for a transition that stays in its step (actions only). */
  target: string | undefined;
  kind: TransitionInfo['kind'];
  event: string | undefined;
  label: string;
  /** The guard in words, or "anders" for the fallback after guarded alternatives. */
  condition: string | undefined;
  /** True for that fallback: taken when none of the guarded alternatives before it holds. */
  otherwise: boolean;
  /** Further ways to stay in the same step, drawn on this one loop instead of a tangle of loops. */
  more?: DiagramEdge[];
  /** For a timer (an event the system sends by itself): its moment in words, "na 6 maanden". */
  timer?: string;
  /** Its soft rules (`warnings`), each as the guard in words: when one does not hold, the trajectory is flagged. */
  warnings?: string[];
}

/** Everything a renderer needs, already in one language: DOT and Mermaid both draw from this. */
export interface DiagramModel {
  title: string;
  root: DiagramState;
  states: Map<string, DiagramState>;
  edges: DiagramEdge[];
}

/** Builds the language-specific picture of a definition from the engine's structure index. */
export function buildModel(def: CompiledDefinition, lang: Lang): DiagramModel {
  const { index, definition } = def;
  const states = new Map<string, DiagramState>();
  const build = (info: StateInfo): DiagramState => {
    const meta = info.config.meta;
    const child = (key: string) => (info.path === '' ? key : `${info.path}.${key}`);
    const state: DiagramState = {
      path: info.path,
      key: info.key,
      kind: info.kind,
      title: info.path === '' ? textIn(definition.title, lang) : textIn(meta?.title, lang) || info.key,
      roles: (meta?.roles ?? []).map((r) => textIn(definition.roles[r]?.title, lang) || r),
      children: [],
      initial: info.kind === 'compound' && info.config.initial ? child(info.config.initial) : undefined,
      decision: isDecisionPoint(info),
      time: stepTime(def, info, lang),
    };
    states.set(info.path, state);
    state.children = info.children.map((key) => build(index.states.get(child(key))!));
    return state;
  };
  const root = build(index.states.get('')!);

  const edges: DiagramEdge[] = [];
  const guardedBefore = new Set<string>();
  for (const tr of index.transitions) {
    const group = `${tr.source}\u0000${tr.event}`;
    const source = index.states.get(tr.source);
    const spec = tr.kind === 'event' ? source?.config.meta?.events?.[tr.event] : undefined;
    const timer = tr.kind === 'event' ? source?.config.meta?.timers?.[tr.event] : undefined;
    const eventForm = spec?.form;
    let condition: string | undefined;
    let otherwise = false;
    if (tr.config.guard !== undefined) {
      condition = describeGuard(tr.config.guard, { def, lang, eventForm });
      guardedBefore.add(group);
    } else if (guardedBefore.has(group)) {
      condition = word('otherwise', lang);
      otherwise = true;
    }
    const own = textIn(tr.config.meta?.label, lang);
    const label =
      timer ? `${CLOCK} ${own || textIn(timer.label, lang) || tr.event}`
      : tr.kind === 'event' ? own || textIn(spec?.label, lang) || tr.event
        : tr.kind === 'always' ? (own ? `${own} (${word('automatic', lang)})` : word('automatic', lang))
          : own || word('whenDone', lang);
    const targets = tr.resolved.length === 0 ? [undefined] : tr.resolved.filter((r): r is string => r !== undefined);
    const warnings = (tr.config.warnings ?? []).map((w) => describeGuard(w.guard, { def, lang, eventForm }));
    for (const target of targets) {
      edges.push({
        source: tr.source, target, kind: tr.kind, event: tr.kind === 'event' ? tr.event : undefined, label, condition, otherwise,
        ...(timer ? { timer: momentText(timer, def, lang) } : {}), ...(warnings.length > 0 ? { warnings } : {}),
      });
    }
  }
  return { title: root.title, root, states, edges: mergeSelfLoops(mergeParallelEdges(edges, lang)) };
}

/** A step's due date and reminders as lines of small print; none when it has neither a deadline nor reminders. */
function stepTime(def: CompiledDefinition, info: StateInfo, lang: Lang): string[] {
  const meta = info.config.meta;
  if (!meta?.deadline && !meta?.reminders) return [];
  const due = dueText(def, meta, lang);
  const reminders = reminderTexts(def, meta.reminders, lang);
  return [
    ...(due ? [`${TIME_WORDS.due[lang]}: ${due}`] : []),
    ...(reminders.length > 0 ? [`${TIME_WORDS.reminders[lang]}: ${reminders.join(', ')}`] : []),
  ];
}

/** Every transition that stays in (or re-enters) a step shares one loop on that step. */
function mergeSelfLoops(edges: DiagramEdge[]): DiagramEdge[] {
  const loops = new Map<string, DiagramEdge>();
  const out: DiagramEdge[] = [];
  for (const edge of edges) {
    if ((edge.target ?? edge.source) !== edge.source || edge.source === '') {
      out.push(edge);
      continue;
    }
    const first = loops.get(edge.source);
    if (first) first.more = [...(first.more ?? []), edge];
    else {
      const copy = { ...edge };
      loops.set(edge.source, copy);
      out.push(copy);
    }
  }
  return out;
}

/**
 * Alternatives of one event that lead to the same step become one arrow with their conditions joined by
 * "of", so labels do not pile up on top of each other.
 */
function mergeParallelEdges(edges: DiagramEdge[], lang: Lang): DiagramEdge[] {
  const groups = new Map<string, DiagramEdge[]>();
  for (const edge of edges) {
    const key = JSON.stringify([edge.source, edge.target ?? null, edge.kind, edge.event ?? null, edge.label, edge.timer ?? null]);
    groups.set(key, [...(groups.get(key) ?? []), edge]);
  }
  return [...groups.values()].map((group) => {
    if (group.length === 1) return group[0]!;
    const unconditional = group.some((e) => e.condition === undefined);
    const otherwise = group.every((e) => e.otherwise);
    // Brackets keep "(A en B) of C" from reading as "A en (B of C)".
    const compound = new RegExp(` (${word('and', lang)}|${word('or', lang)}) `);
    const part = (text: string) => (compound.test(text) ? `(${text})` : text);
    const condition = unconditional ? undefined : group.map((e) => part(e.condition!)).join(` ${word('or', lang)} `);
    const warnings = [...new Set(group.flatMap((e) => e.warnings ?? []))];
    return { ...group[0]!, condition, otherwise: !unconditional && otherwise, ...(warnings.length > 0 ? { warnings } : {}) };
  });
}

/** Whether `path` lies inside `ancestor` (or is it): the engine's rule. */
export const within: (path: string, ancestor: string) => boolean = isWithin;
