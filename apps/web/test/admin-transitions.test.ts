import { describe, expect, it } from 'vitest';
import type { JsonObject } from '@koers/engine';
import { getIn, stateAt } from '../src/admin/model/edit';
import { lintBundle } from '../src/admin/model/lint';
import {
  addEvent, branchesAt, setEventForm, deleteEvent, eventNames, eventSpecStartsOpen, readBranches, renameEvent, setBranch, setBranches, toEventName, writeBranches,
  type BranchSource,
} from '../src/admin/model/transitions';
import { resolveTarget, stepOptions, writeTarget } from '../src/admin/model/transition-targets';
import { actionList, defaultParams, moveItem, writeActions } from '../src/admin/model/actions';
import { shippedBundles as readShipped } from './shipped-bundles';

const shippedBundles = readShipped();
/** Linting a whole type takes a few hundred ms, more on a busy machine. */
const LINT_TIMEOUT = 30_000;

/** Every state path of a definition, depth first. */
function statePaths(definition: JsonObject): string[][] {
  const out: string[][] = [];
  const walk = (config: unknown, prefix: string[]) => {
    for (const [key, child] of Object.entries((config as { states?: Record<string, unknown> })?.states ?? {})) {
      out.push([...prefix, key]);
      walk(child, [...prefix, key]);
    }
  };
  walk(definition.machine, []);
  return out;
}

const sourcesOf = (state: JsonObject | undefined): BranchSource[] => [
  ...eventNames(state).map((event): BranchSource => ({ kind: 'event', event })),
  { kind: 'always' },
  { kind: 'done' },
];

describe('transitions of a step', () => {
  it('reads and writes back every branch of every shipped step unchanged', () => {
    for (const { bundle } of shippedBundles) {
      let next = bundle;
      for (const path of statePaths(bundle.definition)) {
        for (const source of sourcesOf(stateAt(bundle, path))) {
          const before = getIn(stateAt(bundle, path), source.kind === 'event' ? ['on', source.event] : [source.kind === 'always' ? 'always' : 'onDone']);
          if (before === undefined) continue;
          next = setBranches(next, path, source, branchesAt(next, path, source));
          next = setBranch(next, path, source, 0, branchesAt(next, path, source).branches[0]!.config);
        }
      }
      expect(next.definition).toEqual(bundle.definition);
      expect(JSON.stringify(next.definition)).toBe(JSON.stringify(bundle.definition));
    }
  });

  it('keeps the shape of a spec: a bare target, an object, a list of one', () => {
    expect(writeBranches(readBranches('planning'))).toBe('planning');
    expect(writeBranches(readBranches({ target: 'a' }))).toEqual({ target: 'a' });
    expect(writeBranches(readBranches(['a']))).toEqual(['a']);
    const read = readBranches('a');
    read.branches[0]!.config = { target: 'a', actions: [] };
    expect(writeBranches(read)).toEqual({ target: 'a', actions: [] });
  });

  it('resolves every shipped target it writes to the same step', () => {
    for (const { bundle } of shippedBundles) {
      const def = bundle.definition;
      for (const path of statePaths(def)) {
        for (const source of sourcesOf(stateAt(bundle, path))) {
          for (const { config } of branchesAt(bundle, path, source).branches) {
            if (typeof config.target !== 'string') continue;
            const reached = resolveTarget(def, path, config.target);
            expect(reached, `${path.join('.')} → ${config.target}`).toBeDefined();
            expect(resolveTarget(def, path, writeTarget(def, path, reached!.split('.')))).toBe(reached);
          }
        }
      }
    }
  });

  it('names a sibling by its key, a child with a dot and a step elsewhere by its id', () => {
    const def = { machine: { id: 'm', states: { a: { states: { x: {}, y: { id: 'why' }, z: {} } }, b: { states: { c: {} } } } } } as JsonObject;
    expect(writeTarget(def, ['a'], ['b'])).toBe('b');
    expect(writeTarget(def, ['a'], ['a', 'x'])).toBe('.x');
    expect(writeTarget(def, ['a', 'x'], ['a', 'z'])).toBe('z');
    expect(writeTarget(def, ['b', 'c'], ['a', 'y'])).toBe('#why');
    expect(writeTarget(def, ['b', 'c'], ['a', 'x'])).toBe('#m.a.x');
    expect(stepOptions(def).map((s) => s.key)).toEqual(['a', 'a.x', 'a.y', 'a.z', 'b', 'b.c']);
  });

  it('adds an event with a branch and a description that the linter accepts, then edits and removes it', () => {
    const { bundle } = shippedBundles.find((b) => b.file === 'pd-schoolontwikkeling.json')!;
    const path = ['intake'];
    const roles = Object.keys(bundle.definition.roles as JsonObject).slice(0, 1);
    let next = addEvent(bundle, path, 'OPNIEUW_PLANNEN', { label: { nl: 'Opnieuw plannen', en: 'Plan again' }, roles }, 'intake');
    expect(lintBundle(next).problems).toEqual([]);
    const source: BranchSource = { kind: 'event', event: 'OPNIEUW_PLANNEN' };
    const branches = branchesAt(next, path, source);
    next = setBranches(next, path, source, {
      ...branches,
      branches: [
        { config: { target: 'intake', guard: { type: 'counterBelow', params: { counter: 'voortgangsgesprekken', value: 2 } } }, short: false },
        ...branches.branches,
      ],
    });
    expect(getIn(stateAt(next, path), ['on', 'OPNIEUW_PLANNEN'])).toEqual([
      { target: 'intake', guard: { type: 'counterBelow', params: { counter: 'voortgangsgesprekken', value: 2 } } },
      'intake',
    ]);
    expect(lintBundle(next).problems).toEqual([]);
    next = renameEvent(next, path, 'OPNIEUW_PLANNEN', 'NOG_EENS');
    expect(eventNames(stateAt(next, path)).at(-1)).toBe('NOG_EENS');
    expect(lintBundle(next).problems).toEqual([]);
    next = deleteEvent(next, path, 'NOG_EENS');
    expect(JSON.stringify(next.definition)).toBe(JSON.stringify(bundle.definition));
  }, LINT_TIMEOUT);

  it('lets an event carry another form: the step shows it too and required fields of the old form go', () => {
    const { bundle } = shippedBundles.find((b) => b.file === 'pd-schoolontwikkeling.json')!;
    const path = ['intake'];
    const next = setEventForm(bundle, path, 'INTAKE_AFRONDEN', 'pd-besluit', (pointer) => pointer === '/besluit');
    expect(getIn(stateAt(next, path), ['meta', 'events', 'INTAKE_AFRONDEN', 'form'])).toBe('pd-besluit');
    expect(getIn(stateAt(next, path), ['meta', 'events', 'INTAKE_AFRONDEN', 'requiredFields'])).toBeUndefined();
    expect(getIn(stateAt(next, path), ['meta', 'forms'])).toEqual(['pd-intake', 'pd-besluit']);
    // pd-intake is still shown but no event carries it any more: the linter says so, and only that.
    expect(lintBundle(next).problems.map((p) => p.code)).toEqual(['form-not-carried']);
  }, LINT_TIMEOUT);

  it('renames an event in its place', () => {
    const bundle = { definition: { machine: { states: { s: { meta: { events: { A: { label: 1 }, B: {} } }, on: { A: 'x', B: 'y' } } } } }, forms: [] } as never;
    const next = renameEvent(bundle, ['s'], 'A', 'C');
    expect(JSON.stringify(stateAt(next, ['s']))).toBe('{"meta":{"events":{"C":{"label":1},"B":{}}},"on":{"C":"x","B":"y"}}');
  });

  it('makes an event name from what the admin typed', () => {
    expect(toEventName('plan vaststellen')).toBe('PLAN_VASTSTELLEN');
    expect(toEventName(' Één keer  nog! ')).toBe('EEN_KEER_NOG');
  });
});

describe('actions of a branch', () => {
  it('keeps a single action single and a list a list', () => {
    const one = { type: 'recordDate', params: { key: 'x' } };
    expect(writeActions(one, actionList(one))).toBe(one);
    expect(writeActions([one], actionList([one]))).toEqual([one]);
    expect(writeActions(one, [])).toBeUndefined();
  });
  it('moves an action up and down', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });
  it('starts a new action with params the linter accepts', () => {
    const { bundle } = shippedBundles.find((b) => b.file === 'pd-schoolontwikkeling.json')!;
    const def = bundle.definition;
    const offer = {
      counters: Object.keys(def.counters as JsonObject), budgets: Object.keys(def.budgets as JsonObject), forms: [], roles: Object.keys(def.roles as JsonObject),
      variables: Object.keys(def.variables as JsonObject), dates: Object.keys(def.dates as JsonObject),
    };
    const actions = ['increment', 'resetCounter', 'extendBudget', 'recordDate', 'set', 'startPeriod', 'notify'].map((type) => ({
      type, params: defaultParams(type, 'action', offer),
    }));
    (actions.find((a) => a.type === 'notify')!.params.message as JsonObject).nl = 'Bericht';
    (actions.find((a) => a.type === 'notify')!.params.message as JsonObject).en = 'Message';
    const next = setBranch(bundle, ['intake'], { kind: 'event', event: 'INTAKE_AFRONDEN' }, 0, {
      ...branchesAt(bundle, ['intake'], { kind: 'event', event: 'INTAKE_AFRONDEN' }).branches[0]!.config,
      actions,
    });
    expect(lintBundle(next).problems).toEqual([]);
  }, LINT_TIMEOUT);
});

describe('an event\'s description on screen', () => {
  const spec = (extra: JsonObject): JsonObject => ({ label: { nl: 'Indienen', en: 'Submit' }, roles: ['coach'], form: 'plan', ...extra });
  const state = (events: Record<string, JsonObject>): JsonObject => ({
    on: Object.fromEntries(Object.keys(events).map((name) => [name, 'klaar'])), meta: { events },
  });

  it('starts open for the only event of a step, even when complete', () => {
    expect(eventSpecStartsOpen(state({ INDIENEN: spec({}) }), 'INDIENEN')).toBe(true);
  });

  it('starts open when one of several events has no form, no roles or no description yet', () => {
    expect(eventSpecStartsOpen(state({ A: { label: { nl: 'Indienen', en: 'Submit' }, roles: ['coach'] }, B: spec({}) }), 'A')).toBe(true);
    expect(eventSpecStartsOpen(state({ A: spec({ roles: [] }), B: spec({}) }), 'A')).toBe(true);
    expect(eventSpecStartsOpen({ on: { A: 'klaar', B: 'klaar' }, meta: { events: { B: spec({}) } } }, 'A')).toBe(true);
  });

  it('starts folded when complete and one of several', () => {
    expect(eventSpecStartsOpen(state({ A: spec({}), B: spec({}) }), 'A')).toBe(false);
  });
});
