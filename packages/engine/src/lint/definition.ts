import type { Problem } from '../errors';
import type { EventSpec, Ref, TrajectoryDefinition } from '../format/types';
import { type StructureIndex, ancestry, buildIndex, refList, resolveTarget } from '../format/structure';
import { localized } from '../format/localize';
import { schemaAt } from '../forms/fields';
import type { CompiledForm } from '../forms/form';
import { escapePointer } from '../load/json';
import { checkForm, checkReference } from './references';
import { reachableStates, transitionsFrom } from './reachability';
import { checkEventlessCycles } from './cycles';
import { checkDurations } from './durations';
import { checkRoleKinds, checkRoleScope } from './roles';
import { checkFormAccess } from './form-access';
import { checkTime } from './time';
import { checkGroups } from './groups';
import { groupEventsOf } from '../groups/events';
import { checkWarnings } from './warnings';
import { checkPrefillAndSignoff } from './prefill';

export interface LintContext {
  file: string;
  forms: ReadonlyMap<string, CompiledForm>;
  /** Forms that exist but were refused, by id, with their file: a reference to one says so, not "does not exist". */
  refused?: ReadonlyMap<string, string>;
}

type Report = (pointer: string, code: string, nl: string, en: string) => void;

/**
 * Lints a definition that already matches the format schema: structure, references, expressions.
 * Returns every problem found.
 */
export function lintDefinition(def: TrajectoryDefinition, ctx: LintContext): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (pointer, code, nl, en) => problems.push({ file: ctx.file, pointer, code, message: { nl, en } });
  const index = buildIndex(def.machine);
  checkIds(def, index, report);
  checkRoleKinds(def, report);
  checkRoleScope(def, report);
  checkShape(index, report);
  checkTargets(index, report);
  checkEvents(def, index, ctx, report);
  checkRefs(def, index, ctx, report);
  checkDurations(index, report);
  checkTime(def, index, report);
  checkGroups(def, index, ctx, report);
  checkFormAccess(def, index, ctx, report);
  checkPrefillAndSignoff(def, index, ctx, report);
  if (problems.length === 0) checkFlow(index, report);
  return problems;
}

function checkIds(def: TrajectoryDefinition, index: StructureIndex, report: Report): void {
  const seen = new Map<string, string>();
  for (const info of index.states.values()) {
    const id = info.config.id;
    if (!id) continue;
    const other = seen.get(id);
    if (other !== undefined) {
      report(`${info.pointer}/id`, 'duplicate-id', `twee stappen hebben het id "${id}" (ook ${other})`,
        `two steps share the id "${id}" (also ${other})`);
    } else seen.set(id, info.pointer);
  }
  if (def.machine.id !== def.id && !/^[A-Za-z]/.test(def.machine.id)) {
    report('/machine/id', 'machine-id', 'machine-id moet met een letter beginnen', 'machine id must start with a letter');
  }
}

function checkShape(index: StructureIndex, report: Report): void {
  for (const info of index.states.values()) {
    const { config, pointer, kind, children } = info;
    if (kind === 'compound') {
      if (!config.initial) {
        report(`${pointer}/initial`, 'missing-initial', 'samengestelde stap zonder "initial"', 'compound state without "initial"');
      } else if (!children.includes(config.initial)) {
        report(`${pointer}/initial`, 'unknown-initial', `beginstap "${config.initial}" bestaat niet`,
          `initial state "${config.initial}" does not exist`);
      }
    }
    if (kind === 'parallel' && children.length < 2) {
      report(`${pointer}/states`, 'parallel-regions', 'een parallelle stap heeft minstens twee sporen',
        'a parallel state needs at least two regions');
    }
    if ((kind === 'atomic' || kind === 'final' || kind === 'history') && children.length > 0) {
      report(`${pointer}/states`, 'leaf-children', `een stap van type "${kind}" heeft geen substappen`,
        `a state of type "${kind}" has no child states`);
    }
    if (kind === 'final' && (config.on || config.always)) {
      report(pointer, 'final-exits', 'een eindstap heeft geen uitgaande overgangen', 'a final state has no outgoing transitions');
    }
    if (kind === 'history' && config.target !== undefined
      && resolveTarget(index.states, index.ids, info.path, config.target) === undefined) {
      // XState resolves this only when the history state is entered, and then throws.
      report(`${pointer}/target`, 'unknown-target', `doelstap "${config.target}" bestaat niet`, `target state "${config.target}" does not exist`);
    }
    for (const key of ['target', 'history'] as const) {
      if (kind !== 'history' && config[key] !== undefined) {
        const hint = key === 'target' ? localized('; een overgang schrijft u in "on" of "always"', '; write a transition in "on" or "always"') : localized('', '');
        report(`${pointer}/${key}`, 'history-only', `"${key}" hoort alleen bij een stap van type "history"${hint.nl}`,
          `"${key}" belongs only on a state of type "history"${hint.en}`);
      }
    }
    if (config.initial && kind !== 'compound') {
      report(`${pointer}/initial`, 'initial-on-leaf', `"initial" hoort alleen bij een samengestelde stap`,
        '"initial" belongs only on a compound state');
    }
  }
}

function checkTargets(index: StructureIndex, report: Report): void {
  for (const t of index.transitions) {
    t.resolved.forEach((resolved, i) => {
      if (resolved !== undefined) return;
      const pointer = typeof t.config.target === 'string' || !Array.isArray(t.config.target) ? t.pointer : `${t.pointer}/target/${i}`;
      report(pointer, 'unknown-target', `doelstap "${t.targets[i]}" bestaat niet`, `target state "${t.targets[i]}" does not exist`);
    });
    if (t.resolved.length > 1 && t.resolved.every((r) => r !== undefined)) {
      const clash = conflictingTargets(index, t.resolved as string[]);
      if (clash) {
        report(`${t.pointer}/target`, 'conflicting-targets',
          `doelen "${clash[0]}" en "${clash[1]}" liggen niet in verschillende sporen van één parallelle stap (XState zou er stil één van nemen)`,
          `targets "${clash[0]}" and "${clash[1]}" are not in separate regions of one parallel state (XState would silently take one)`);
      }
    }
    if (t.kind === 'always' && t.targets.length === 0) {
      report(t.pointer, 'always-no-target', 'een automatische overgang heeft een doel nodig', 'an eventless transition needs a target');
    }
  }
}

/** Several targets are only meaningful in different regions of one parallel state; returns a pair that is not. */
function conflictingTargets(index: StructureIndex, targets: string[]): [string, string] | undefined {
  for (let i = 0; i < targets.length; i++) {
    for (let j = i + 1; j < targets.length; j++) {
      const a = targets[i]!.split('.');
      const b = targets[j]!.split('.');
      let n = 0;
      while (n < a.length && n < b.length && a[n] === b[n]) n++;
      const common = a.slice(0, n).join('.');
      if (n === a.length || n === b.length || index.states.get(common)?.kind !== 'parallel') return [targets[i]!, targets[j]!];
    }
  }
  return undefined;
}

function checkEvents(def: TrajectoryDefinition, index: StructureIndex, ctx: LintContext, report: Report): void {
  // Forms some event carries: only those ever hold answers to look back on.
  const filled = new Set([...index.states.values()]
    .flatMap((info) => Object.values(info.config.meta?.events ?? {}).flatMap((spec) => (spec.form ? [spec.form] : []))));
  // Events the system sends for the type's groups need no description in meta.events (the groups block is one).
  const groupEvents = groupEventsOf(def);
  for (const info of index.states.values()) {
    const meta = info.config.meta;
    const on = Object.keys(info.config.on ?? {});
    const specs = meta?.events ?? {};
    const timers = meta?.timers ?? {};
    for (const event of on) {
      if (!specs[event] && !timers[event] && !groupEvents.has(event)) {
        report(`${info.pointer}/on/${escapePointer(event)}`, 'event-undescribed',
          `gebeurtenis "${event}" staat niet in meta.events, meta.timers of groups (wie of wat stuurt hem?)`,
          `event "${event}" is in neither meta.events, meta.timers nor groups (who or what sends it?)`);
      }
    }
    for (const [event, spec] of Object.entries(specs)) {
      const pointer = `${info.pointer}/meta/events/${escapePointer(event)}`;
      if (!on.includes(event)) {
        report(pointer, 'event-unused', `meta.events beschrijft "${event}", maar "on" heeft hem niet`,
          `meta.events describes "${event}" but "on" does not handle it`);
      }
      checkEventSpec(def, spec, info.config.meta?.forms ?? [], pointer, ctx, report);
    }
    (meta?.roles ?? []).forEach((role, i) => checkRole(def, role, `${info.pointer}/meta/roles/${i}`, report));
    // Events of this step and of the steps around it (an event on a compound step is sent in its children).
    const carried = new Set(ancestry(info.path).flatMap((path) =>
      Object.values(index.states.get(path)?.config.meta?.events ?? {}).flatMap((spec) => (spec.form ? [spec.form] : []))));
    (meta?.forms ?? []).forEach((form, i) => {
      checkForm(ctx, form, `${info.pointer}/meta/forms/${i}`, report);
      if (ctx.forms.has(form) && !carried.has(form)) {
        report(`${info.pointer}/meta/forms/${i}`, 'form-not-carried',
          `formulier "${form}" wordt in deze stap getoond maar door geen gebeurtenis van de stap ingediend; zet het in meta.reference om het ter inzage te tonen`,
          `form "${form}" is shown in this step but no event of the step submits it; put it in meta.reference to show it read-only`);
      }
    });
    (meta?.reference ?? []).forEach((form, i) => {
      const pointer = `${info.pointer}/meta/reference/${i}`;
      checkForm(ctx, form, pointer, report);
      if (ctx.forms.has(form) && !filled.has(form)) {
        report(pointer, 'reference-never-filled', `formulier "${form}" wordt door geen enkele gebeurtenis ingevuld, dus er valt niets in te zien`,
          `no event fills in form "${form}", so there is nothing to look at`);
      }
      if ((meta?.forms ?? []).includes(form)) {
        report(pointer, 'reference-also-shown', `formulier "${form}" staat al in meta.forms van deze stap`,
          `form "${form}" is already in this step's meta.forms`);
      }
    });
  }
}

function checkEventSpec(
  def: TrajectoryDefinition, spec: EventSpec, stepForms: string[], pointer: string, ctx: LintContext, report: Report,
): void {
  spec.roles.forEach((role, i) => checkRole(def, role, `${pointer}/roles/${i}`, report));
  if (spec.form !== undefined) {
    checkForm(ctx, spec.form, `${pointer}/form`, report);
    if (!stepForms.includes(spec.form)) {
      report(`${pointer}/form`, 'form-not-shown', `formulier "${spec.form}" staat niet in meta.forms van deze stap`,
        `form "${spec.form}" is not listed in this step's meta.forms`);
    }
  }
  const form = spec.form ? ctx.forms.get(spec.form) : undefined;
  (spec.requiredFields ?? []).forEach((field, i) => {
    if (!spec.form) {
      report(`${pointer}/requiredFields/${i}`, 'required-without-form', 'verplichte velden zonder formulier',
        'required fields without a form');
    } else if (form && !schemaAt(form.definition.schema, field)) {
      report(`${pointer}/requiredFields/${i}`, 'unknown-field', `veld "${field}" staat niet in formulier "${spec.form}"`,
        `field "${field}" is not in form "${spec.form}"`);
    }
  });
  // The reason field needs a question: the confirmation says what the reason is for.
  if (spec.reason !== undefined && spec.confirm === undefined) {
    report(`${pointer}/reason`, 'reason-without-confirm', 'een reden vragen kan alleen met "confirm": zeg wat de persoon bevestigt en waarvoor de reden is',
      'asking for a reason needs "confirm": say what the person confirms and what the reason is for');
  }
}

export function checkRole(def: TrajectoryDefinition, role: string, pointer: string, report: Report): void {
  if (!Object.hasOwn(def.roles, role)) {
    report(pointer, 'unknown-role', `rol "${role}" is niet gedeclareerd in "roles"`, `role "${role}" is not declared in "roles"`);
  }
}

function checkRefs(def: TrajectoryDefinition, index: StructureIndex, ctx: LintContext, report: Report): void {
  const eventForm = (source: string, event: string): string | undefined =>
    index.states.get(source)?.config.meta?.events?.[event]?.form;
  for (const t of index.transitions) {
    const form = t.kind === 'event' ? eventForm(t.source, t.event) : undefined;
    const base = t.pointer;
    if (t.config.guard !== undefined) checkReference('guard', t.config.guard, `${base}/guard`, { def, ctx, form, report });
    checkWarnings(t.config.warnings, base, { def, ctx, form, report });
    refList(t.config.actions).forEach((ref: Ref, i) => {
      const pointer = Array.isArray(t.config.actions) ? `${base}/actions/${i}` : `${base}/actions`;
      checkReference('action', ref, pointer, { def, ctx, form, report });
    });
  }
  for (const info of index.states.values()) {
    for (const key of ['entry', 'exit'] as const) {
      const refs = info.config[key];
      refList(refs).forEach((ref, i) => {
        const pointer = Array.isArray(refs) ? `${info.pointer}/${key}/${i}` : `${info.pointer}/${key}`;
        checkReference('action', ref, pointer, { def, ctx, form: undefined, report });
      });
    }
  }
}

function checkFlow(index: StructureIndex, report: Report): void {
  const reachable = reachableStates(index);
  for (const info of index.states.values()) {
    if (info.path === '' || info.kind === 'history') continue;
    if (!reachable.has(info.path)) {
      report(info.pointer, 'unreachable', `stap "${info.path}" is onbereikbaar`, `state "${info.path}" is unreachable`);
      continue;
    }
    if (info.kind === 'final' && info.parent) {
      // A nested final state only finishes its parent; without an onDone there the trajectory stops here.
      const owner = unhandledCompletion(index, info.parent);
      if (owner !== undefined && !hasWayOut(index, owner)) {
        report(info.pointer, 'dead-end',
          `eindstap "${info.path}" rondt "${owner}" af, maar "${owner}" heeft geen onDone: het traject blijft hier staan`,
          `final state "${info.path}" completes "${owner}", but "${owner}" has no onDone: the trajectory stops here`);
      }
      continue;
    }
    if (info.kind !== 'atomic') continue;
    if (!hasWayOut(index, info.path)) {
      report(info.pointer, 'dead-end', `stap "${info.path}" is geen eindstap maar heeft geen uitweg`,
        `state "${info.path}" is not final but has no way out`);
    }
  }
  checkEventlessCycles(index, report);
}

/**
 * Finishing a state leads on through the machine itself or an onDone; a region finishes its parallel
 * state only together with the other regions. Returns the state that needs an onDone, or undefined.
 */
function unhandledCompletion(index: StructureIndex, path: string): string | undefined {
  const info = index.states.get(path);
  if (path === '' || !info || info.config.onDone !== undefined) return undefined;
  const parent = info.parent === undefined ? undefined : index.states.get(info.parent);
  if (parent?.kind !== 'parallel') return path;
  // One region that can never finish means the parallel state never finishes: it is left another way.
  if (!parent.children.every((child) => canFinish(index, parent.path === '' ? child : `${parent.path}.${child}`))) return undefined;
  return unhandledCompletion(index, parent.path);
}

function canFinish(index: StructureIndex, path: string): boolean {
  const info = index.states.get(path);
  const child = (key: string) => `${path}.${key}`;
  if (info?.kind === 'final') return true;
  if (info?.kind === 'compound') return info.children.some((key) => index.states.get(child(key))?.kind === 'final');
  if (info?.kind === 'parallel') return info.children.every((key) => canFinish(index, child(key)));
  return false;
}

/** A way out: a transition from this state or an ancestor that leads somewhere other than itself. */
function hasWayOut(index: StructureIndex, path: string): boolean {
  return [...ancestry(path), ''].some((source) => transitionsFrom(index, source).some((t) =>
    t.kind !== 'done' && t.resolved.some((target) => target !== undefined && target !== path)));
}
