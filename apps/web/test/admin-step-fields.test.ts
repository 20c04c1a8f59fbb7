import { describe, expect, it } from 'vitest';
import type { Bundle, StatePath } from '../src/admin/model/bundle';
import { formatDuration, parseDuration } from '../src/admin/model/duration';
import { childrenOf } from '../src/admin/model/states';
import { STEP_FIELDS, readStepField, readStepList, toggleInStepList, writeStepField, writeStepText, type StepField } from '../src/admin/model/step-fields';
import { shippedBundles } from './shipped-bundles';

const shipped = shippedBundles();
const pd = shipped.find((s) => s.file.startsWith('pd-'))!.bundle;
const allPaths = (bundle: Bundle, path: StatePath = []): StatePath[] =>
  childrenOf(bundle, path).flatMap(([key]) => [[...path, key], ...allPaths(bundle, [...path, key])]);

describe('the step panel\'s fields', () => {
  it('round trip: reading every modelled field of every step of every shipped workflow and writing it back changes nothing', () => {
    for (const { bundle } of shipped) {
      let next = bundle;
      for (const path of allPaths(bundle)) {
        for (const field of Object.keys(STEP_FIELDS) as StepField[]) {
          const value = readStepField(next, path, field);
          if (value !== undefined) next = writeStepField(next, path, field, structuredClone(value));
        }
      }
      expect(next.definition).not.toBe(bundle.definition);
      expect(next).toEqual(bundle);
      expect(JSON.stringify(next)).toBe(JSON.stringify(bundle));
    }
  });

  it('edits one language of a title and leaves the other', () => {
    const next = writeStepText(pd, ['intake'], 'title', 'en', 'Intake');
    expect(readStepField(next, ['intake'], 'title')).toEqual({ nl: 'Intakegesprek', en: 'Intake' });
  });

  it('removes instructions emptied in both languages', () => {
    let next = writeStepText(pd, ['intake'], 'instructions', 'nl', '');
    next = writeStepText(next, ['intake'], 'instructions', 'en', '');
    expect(readStepField(next, ['intake'], 'instructions')).toBeUndefined();
  });

  it('adds and removes a form in the step\'s list, keeping the order, and drops an emptied list', () => {
    const added = toggleInStepList(pd, ['intake'], 'reference', 'pd-werkwijze', true);
    expect(readStepList(added, ['intake'], 'reference')).toEqual(['pd-schoolontwikkelingsformulier', 'pd-werkwijze']);
    expect(JSON.stringify(toggleInStepList(added, ['intake'], 'reference', 'pd-werkwijze', false))).toBe(JSON.stringify(pd));
    expect(readStepField(toggleInStepList(pd, ['intake'], 'reference', 'pd-schoolontwikkelingsformulier', false), ['intake'], 'reference')).toBeUndefined();
  });
});

describe('the expected-duration picker', () => {
  it('reads one whole number of days, weeks, months or years', () => {
    expect(parseDuration('P14D')).toEqual({ amount: 14, unit: 'D' });
    expect(parseDuration('P6M')).toEqual({ amount: 6, unit: 'M' });
    expect(parseDuration('P2W')).toEqual({ amount: 2, unit: 'W' });
    expect(parseDuration('P1Y')).toEqual({ amount: 1, unit: 'Y' });
  });

  it('leaves any other ISO duration to be shown as it is', () => {
    for (const iso of ['PT24H', 'P1M15D', 'P0D', 'P1.5M', '14 dagen', 'P']) expect(parseDuration(iso), iso).toBeUndefined();
  });

  it('writes ISO 8601 and refuses what is not a whole number from 1', () => {
    expect(formatDuration({ amount: 14, unit: 'D' })).toBe('P14D');
    expect(formatDuration({ amount: 6, unit: 'M' })).toBe('P6M');
    expect(formatDuration({ amount: 0, unit: 'D' })).toBeUndefined();
    expect(formatDuration({ amount: 2.5, unit: 'W' })).toBeUndefined();
  });
});
