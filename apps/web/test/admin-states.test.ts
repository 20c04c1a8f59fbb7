import { describe, expect, it } from 'vitest';
import type { JsonObject } from '@koers/engine';
import type { Bundle, StatePath } from '../src/admin/model/bundle';
import { getIn, stateAt } from '../src/admin/model/edit';
import { lintBundle } from '../src/admin/model/lint';
import {
  addStepAfter, addSubstep, childrenOf, deleteStep, liftOut, moveStep, nestIntoPrevious, nestTarget, renameProblem, renameStep,
} from '../src/admin/model/states';
import { addHistoryStep, setParallel } from '../src/admin/model/step-kinds';
import { shippedBundles } from './shipped-bundles';

const shipped = shippedBundles();
const pd = shipped.find((s) => s.file.startsWith('pd-'))!.bundle;
const vl = shipped.find((s) => s.file.startsWith('voortgezet'))!.bundle;
const pdca = shipped.find((s) => s.file.startsWith('pdca'))!.bundle;

/** Every state path of a bundle, depth first. */
function allPaths(bundle: Bundle, path: StatePath = []): StatePath[] {
  return childrenOf(bundle, path).flatMap(([key]) => [[...path, key], ...allPaths(bundle, [...path, key])]);
}
const codes = (bundle: Bundle) => lintBundle(bundle).problems.map((p) => `${p.code} ${p.pointer}`);
const machine = (bundle: Bundle) => bundle.definition.machine as JsonObject;

describe('renaming a step', () => {
  it('rewrites every reference to it in every shipped workflow, keeps it lint-clean and renames back to the same bytes', () => {
    for (const { bundle } of shipped) {
      for (const path of allPaths(bundle)) {
        const renamed = renameStep(bundle, path, `${path.at(-1)}X`);
        expect(codes(renamed), path.join('.')).toEqual([]);
        // The step itself is unchanged, but for a transition to itself (a step begun anew), which names the new key.
        const self = JSON.stringify(stateAt(renamed, [...path.slice(0, -1), `${path.at(-1)}X`])).replaceAll(`"target":"${path.at(-1)}X"`, `"target":"${path.at(-1)}"`);
        expect(JSON.parse(self)).toEqual(stateAt(bundle, path));
        expect(JSON.stringify(renameStep(renamed, [...path.slice(0, -1), `${path.at(-1)}X`], path.at(-1)!))).toBe(JSON.stringify(bundle));
      }
    }
  });

  it('keeps the step in its place among its siblings', () => {
    const renamed = renameStep(pd, ['planning'], 'plannen');
    expect(Object.keys(machine(renamed).states as JsonObject)).toEqual(Object.keys(machine(pd).states as JsonObject).map((k) => (k === 'planning' ? 'plannen' : k)));
    expect(getIn(renamed.definition, ['machine', 'states', 'startgesprek', 'on'])).toEqual(
      JSON.parse(JSON.stringify(getIn(pd.definition, ['machine', 'states', 'startgesprek', 'on'])).replaceAll('"planning"', '"plannen"')));
  });

  it('rewrites a target by default id (#machine.path) through a renamed group step', () => {
    const renamed = renameStep(vl, ['uitvoering'], 'werkfase');
    expect(JSON.stringify(renamed.definition)).toContain('"#voortgezetLeren.werkfase"');
    expect(JSON.stringify(renamed.definition)).not.toContain('#voortgezetLeren.uitvoering');
  });

  it('refuses a key that is taken or not a valid key', () => {
    expect(renameProblem(pd, ['planning'], 'intake')?.nl).toContain('al een stap');
    expect(renameProblem(pd, ['planning'], '1e stap')?.nl).toContain('letter');
    expect(renameStep(pd, ['planning'], 'intake')).toBe(pd);
  });
});

describe('reordering, nesting and lifting out', () => {
  it('moves a step down and back up to the same bytes, changing only the order of keys', () => {
    const down = moveStep(pd, ['intake'], 1);
    expect(Object.keys(machine(down).states as JsonObject).slice(0, 3)).toEqual(['schoolformulier', 'schoolformulierNaIntake', 'intake']);
    expect(JSON.stringify(moveStep(down, ['intake'], -1))).toBe(JSON.stringify(pd));
    expect(moveStep(pd, ['schoolformulier'], -1)).toBe(pd);
  });

  it('nests a step into the one before it, rewriting targets, and lifts it out again to the same bytes', () => {
    const nested = nestIntoPrevious(pd, ['startgesprek']);
    expect(nested.path).toEqual(['schoolformulierNaIntake', 'startgesprek']);
    expect(getIn(nested.bundle.definition, ['machine', 'states', 'schoolformulierNaIntake', 'initial'])).toBe('startgesprek');
    expect(codes(nested.bundle).filter((c) => c.startsWith('unknown-target'))).toEqual([]);
    const lifted = liftOut(nested.bundle, nested.path);
    expect(lifted.path).toEqual(['startgesprek']);
    expect(JSON.stringify(lifted.bundle)).toBe(JSON.stringify(pd));
  });

  it('lifts every substep of every shipped workflow out and back in without a broken target', () => {
    for (const { bundle } of shipped) {
      for (const path of allPaths(bundle).filter((p) => p.length > 1)) {
        const out = liftOut(bundle, path);
        if (out.bundle === bundle) continue;
        expect(codes(out.bundle).filter((c) => c.startsWith('unknown-target')), path.join('.')).toEqual([]);
      }
    }
  });

  it('does not nest into a final step', () => {
    expect(nestTarget(pd, ['eindevaluatie'])).toEqual(['uitvoering']);
    const afterFinal = addStepAfter(pd, ['afgerond']);
    expect(nestTarget(afterFinal.bundle, afterFinal.path)).toBeUndefined();
  });
});

describe('adding and deleting steps', () => {
  it('adds a step right after another with a free key and a title, touching nothing else', () => {
    const { bundle, path } = addStepAfter(pd, ['intake']);
    expect(path).toEqual(['stap']);
    expect(Object.keys(machine(bundle).states as JsonObject).slice(0, 3)).toEqual(['schoolformulier', 'intake', 'stap']);
    expect(JSON.stringify(deleteStep(bundle, path))).toBe(JSON.stringify(pd));
  });

  it('adds a substep: the plain step becomes a group step that begins with it', () => {
    const { bundle, path } = addSubstep(pd, ['intake']);
    expect(path).toEqual(['intake', 'stap']);
    expect(getIn(bundle.definition, ['machine', 'states', 'intake', 'initial'])).toBe('stap');
    expect(JSON.stringify(deleteStep(bundle, path))).toBe(JSON.stringify(pd));
  });

  it('deleting the initial step of a group makes the next one initial', () => {
    const next = deleteStep(pd, ['uitvoering', 'begeleiding', 'voortgangsgesprek']);
    expect(getIn(next.definition, ['machine', 'states', 'uitvoering', 'states', 'begeleiding', 'initial'])).toBe('gesprekVerwerkt');
    expect(getIn(next.definition, ['machine', 'states', 'intake'])).toBe(getIn(pd.definition, ['machine', 'states', 'intake']));
  });
});

describe('parallel and history steps', () => {
  it('turns a parallel step into a group step beginning with its first track and back', () => {
    const plain = setParallel(pd, ['uitvoering'], false);
    expect(getIn(plain.definition, ['machine', 'states', 'uitvoering', 'initial'])).toBe('verbeterwerk');
    expect(getIn(setParallel(plain, ['uitvoering'], true).definition, ['machine', 'states', 'uitvoering'])).toEqual(getIn(pd.definition, ['machine', 'states', 'uitvoering']));
  });

  it('adds a history step with an id and its group\'s first step as default', () => {
    const { bundle, path } = addHistoryStep(pdca, ['schooljaar']);
    const state = stateAt(bundle, path)!;
    expect(state).toMatchObject({ id: 'schooljaarVerder', type: 'history', history: 'shallow', target: 'jaarplanning' });
    expect(codes(bundle).filter((c) => c.startsWith('unknown-target') || c.startsWith('duplicate-id'))).toEqual([]);
  });
});
