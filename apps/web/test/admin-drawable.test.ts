import { describe, expect, it } from 'vitest';
import { toDot } from '@koers/diagram/browser';
import type { JsonObject } from '@koers/engine';
import { drawableOf, lintBundle } from '../src/admin/model/lint';
import { shippedBundles } from './shipped-bundles';

const { bundle } = shippedBundles().find((s) => s.file.startsWith('pd-'))!;
/** Linting a whole type takes a few hundred ms, more on a busy machine. */
const LINT_TIMEOUT = 30_000;

describe('what the live diagram can draw of a draft', () => {
  it('is the compiled type itself when the draft has no problems', () => {
    const drawable = drawableOf(bundle);
    expect(drawable?.complete).toBe(true);
    expect(drawable?.compiled).toBe(lintBundle(bundle).compiled);
  }, LINT_TIMEOUT);

  it('is a sketch of the flow while a form has a problem, with the same steps as the complete picture', () => {
    const broken = { ...bundle, forms: bundle.forms.map((form, i) => (i === 0 ? { ...form, schema: { type: 'nonsense' } } : form)) };
    expect(lintBundle(broken).compiled).toBeUndefined();
    const drawable = drawableOf(broken);
    expect(drawable?.complete).toBe(false);
    // The same flow: as many arrows; only what the broken form would add to the labels may differ.
    const arrows = (dot: string) => dot.split('\n').filter((line) => line.includes(' -> ')).length;
    const full = arrows(toDot(lintBundle(bundle).compiled!, { lang: 'nl' }));
    expect(full).toBeGreaterThan(5);
    expect(arrows(toDot(drawable!.compiled, { lang: 'nl' }))).toBe(full);
  }, LINT_TIMEOUT);

  it('is nothing when the definition has no machine to read', () => {
    const definition: JsonObject = { ...bundle.definition, machine: 'kapot' };
    expect(drawableOf({ ...bundle, definition })).toBeUndefined();
  }, LINT_TIMEOUT);
});
