import { describe, expect, it } from 'vitest';
import { checkOverlay, heatColour, HEAT_SCALE } from '@koers/diagram';
import { fixture } from './fixtures';

const mini = fixture('valid', 'mini');
const parallel = fixture('parallel', 'parallel');

describe('checkOverlay', () => {
  it('accepts counts for known steps, leaves and compound steps alike', () => {
    expect(checkOverlay({ intake: { count: 3, overdue: 1 }, klaar: { count: 0 } }, mini)).toEqual([]);
    expect(checkOverlay({ 'uitvoering.team.bezig': { count: 2 }, uitvoering: { count: 2 } }, parallel)).toEqual([]);
  });

  it('points at every problem with a JSON pointer and a Dutch and English message', () => {
    const issues = checkOverlay({ nope: { count: 1 }, intake: { count: 2, overdue: 5 }, klaar: { count: 1.5, extra: true }, 'a/b': 3 }, mini);
    expect(issues.map((i) => i.pointer)).toEqual(['/nope', '/intake/overdue', '/klaar/extra', '/klaar/count', '/a~1b']);
    expect(issues[0]!.message.nl).toContain('onbekende stap "nope"');
    expect(issues[1]!.message.en).toContain('more than count');
  });

  it('refuses anything that is not an object of steps', () => {
    for (const bad of [null, [], 'x', 3]) expect(checkOverlay(bad, mini).map((i) => i.pointer)).toEqual(['']);
  });
});

describe('heatColour', () => {
  it('runs from the lightest colour for few trajectories to the warmest for the busiest step', () => {
    expect(heatColour(0, 10)).toBe('#ffffff');
    expect(heatColour(1, 10)).toBe(HEAT_SCALE[0]);
    expect(heatColour(10, 10)).toBe(HEAT_SCALE[HEAT_SCALE.length - 1]);
    expect(heatColour(6, 10)).toBe(HEAT_SCALE[2]);
  });
});
