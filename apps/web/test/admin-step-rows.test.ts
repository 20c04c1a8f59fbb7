import { describe, expect, it } from 'vitest';
import type { Problem } from '@koers/engine';
import { referencesTo } from '../src/admin/process/references';
import { problemStep, problemsByStep, stepRows } from '../src/admin/process/step-rows';
import { shippedBundles } from './shipped-bundles';

const pd = shippedBundles().find((s) => s.file.startsWith('pd-'))!.bundle;
const problem = (pointer: string, file = 'definition'): Problem => ({ file, pointer, code: 'x', message: { nl: 'x', en: 'x' } });

describe('the step tree', () => {
  it('lists the steps depth first with their depth, kind, title and initial mark', () => {
    const rows = stepRows(pd, 'nl');
    expect(rows[0]).toMatchObject({ path: ['schoolformulier'], depth: 0, kind: 'atomic', initial: true });
    const uitvoering = rows.find((r) => r.key === 'uitvoering')!;
    expect(uitvoering.kind).toBe('parallel');
    expect(rows[rows.indexOf(uitvoering) + 1]).toMatchObject({ path: ['uitvoering', 'verbeterwerk'], depth: 1, kind: 'compound' });
    expect(rows.find((r) => r.key === 'afgerond' && r.depth === 0)?.kind).toBe('final');
    expect(stepRows(pd, 'en')[1]?.title).toBe('Intake meeting');
  });

  it('puts each problem on the deepest step its pointer names, and the rest on the type', () => {
    expect(problemStep(problem('/machine/states/uitvoering/states/begeleiding/on/X/0/target'))).toEqual(['uitvoering', 'begeleiding']);
    expect(problemStep(problem('/machine/initial'))).toEqual([]);
    expect(problemStep(problem('/roles/ib'))).toBeUndefined();
    expect(problemStep(problem('/schema', 'forms/0'))).toBeUndefined();
    const { steps, type } = problemsByStep([problem('/machine/states/intake/meta'), problem('/machine/states/intake/on/A'), problem('/budgets/x'), problem('/schema', 'forms/1')]);
    expect(steps.get('intake')).toHaveLength(2);
    expect(type).toHaveLength(1);
  });
});

describe('what refers to a step', () => {
  it('names the transitions from elsewhere that lead into the step or its substeps', () => {
    expect(referencesTo(pd, ['planning'], 'nl')).toEqual(['Startgesprek en SMART-doelen → STARTGESPREK_VASTLEGGEN']);
    const intoGroup = referencesTo(pd, ['uitvoering'], 'nl');
    expect(intoGroup.length).toBeGreaterThan(0);
    // Transitions inside the group itself do not keep it alive.
    expect(intoGroup.every((line) => !line.startsWith('Voortgangsgesprek →'))).toBe(true);
  });
});
