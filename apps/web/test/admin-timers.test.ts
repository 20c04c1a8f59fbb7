import { describe, expect, it } from 'vitest';
import { getIn, stateAt } from '../src/admin/model/edit';
import { addTimer, deleteTimer, isTimerOnly, setTimer, timerNames } from '../src/admin/model/timers';
import { shippedBundles } from './shipped-bundles';

const pd = shippedBundles().find((s) => s.file.startsWith('pd-'))!.bundle;

describe('a step\'s timers in the process editor', () => {
  it('adds a timer as a described system event with its transition in `on`, and removes both again', () => {
    const label = { nl: 'Half jaar verstreken', en: 'Six months passed' };
    const added = addTimer(pd, ['intake'], 'HALFJAAR_VERSTREKEN', label, 'gestopt');
    const state = stateAt(added, ['intake']);
    expect(getIn(state, ['on', 'HALFJAAR_VERSTREKEN'])).toBe('gestopt');
    expect(getIn(state, ['meta', 'timers', 'HALFJAAR_VERSTREKEN'])).toEqual({ label, after: 'P1M' });
    expect(timerNames(state)).toEqual(['HALFJAAR_VERSTREKEN']);
    expect(isTimerOnly(state, 'HALFJAAR_VERSTREKEN')).toBe(true);
    const moved = setTimer(added, ['intake'], 'HALFJAAR_VERSTREKEN', { label, at: 'voor-herfstvakantie' });
    expect(getIn(stateAt(moved, ['intake']), ['meta', 'timers', 'HALFJAAR_VERSTREKEN', 'at'])).toBe('voor-herfstvakantie');
    expect(deleteTimer(moved, ['intake'], 'HALFJAAR_VERSTREKEN')).toEqual(pd);
  });

  it('keeps the transition of an event people may also send when its timer goes', () => {
    const intake = stateAt(pd, ['intake'])!;
    const event = Object.keys(intake.on as object)[0]!;
    const withTimer = setTimer(pd, ['intake'], event, { label: { nl: 'x', en: 'x' }, after: 'P1M' });
    expect(isTimerOnly(stateAt(withTimer, ['intake']), event)).toBe(false);
    expect(deleteTimer(withTimer, ['intake'], event)).toEqual(pd);
  });
});
