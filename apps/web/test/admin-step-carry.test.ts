import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '@koers/engine';
import type { Bundle } from '../src/admin/model/bundle';
import { newSignoff, prefillableFields, readPrefill, readSignoffs, writePrefill, writeSignoff } from '../src/admin/model/step-carry';
import { beginSimulation, sendAs, snapshotOf } from '../src/admin/model/simulate';
import { SIM_SCHOOL } from '../src/admin/model/simulate-facts';
import { compiledOf } from './simulate-support';

// The fixture of issue 13's carried-over answers and sign-offs, as the editor holds it.
const DIR = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'carry-over');
const read = (folder: string) => readdirSync(join(DIR, folder)).sort().map((f) => JSON.parse(readFileSync(join(DIR, folder, f), 'utf8')) as JsonObject);
const bundle: Bundle = { definition: read('workflows')[0]!, forms: read('forms') };

describe('the process editor\'s carried-over answers and sign-offs', () => {
  it('offers the fields of a form outside repeatable groups, as data pointers', () => {
    expect(prefillableFields(bundle.forms.find((f) => f.id === 'co-evaluatie'))).toEqual(['/school', '/ronde', '/doel', '/meetbaar', '/bereikt']);
  });

  it('adds, changes and removes a prefilled field; the last one removed takes meta.prefill with it', () => {
    let next = writePrefill(bundle, ['evaluatie'], 'co-evaluatie', '/bereikt', { var: 'vars.x' });
    expect(readPrefill(next, ['evaluatie'])['co-evaluatie']?.['/bereikt']).toEqual({ var: 'vars.x' });
    for (const pointer of ['/school', '/ronde', '/doel', '/meetbaar', '/bereikt']) next = writePrefill(next, ['evaluatie'], 'co-evaluatie', pointer, undefined);
    expect(readPrefill(next, ['evaluatie'])).toEqual({});
    expect(JSON.stringify(next.definition)).not.toContain('"prefill"');
  });

  it('adds a sign-off under a new key, edits it and removes it again, leaving the definition as it was', () => {
    const added = writeSignoff(bundle, ['plan'], 'ouders', newSignoff('ouders'));
    expect(readSignoffs(added, ['plan'])).toEqual({ ouders: { title: { nl: 'ouders', en: 'ouders' }, requestRoles: [] } });
    const removed = writeSignoff(added, ['plan'], 'ouders', undefined);
    expect(removed.definition).toEqual(bundle.definition);
  });
});

describe('the simulator and issue 13\'s facts', () => {
  it('counts declared sign-offs as signed, so a signedOff guard lets the admin walk on, and names the school', () => {
    const compiled = compiledOf(bundle);
    let sim = beginSimulation(compiled, undefined, ['directie']);
    sim = sendAs(sim, 'PLAN_KLAAR', { doel: 'Lezen' }, ['directie'], '2026-09-02T08:00:00.000Z');
    sim = sendAs(sim, 'VASTSTELLEN', undefined, ['directie'], '2026-09-03T08:00:00.000Z');
    expect(sim.refusal).toBeUndefined();
    expect(snapshotOf(sim).value).toBe('evaluatie');
    expect(SIM_SCHOOL).toBe('Simulatieschool');
  });
});
