import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHOOL_TIME_ZONE, addDuration, start } from '../src';
import { fixtureDefinition, variant } from './helpers';

const script = join(import.meta.dirname, 'support', 'due-at.ts');

/** The due time the engine computes in a separate Node process whose machine zone is `tz`. */
function dueAtUnder(tz: string, enteredAt: string): string {
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, enteredAt], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout;
}

describe('durations count calendar days in Europe/Amsterdam', () => {
  it('counts in Europe/Amsterdam unless told another zone', () => {
    expect(SCHOOL_TIME_ZONE).toBe('Europe/Amsterdam');
    expect(addDuration('2026-10-20T08:00:00.000Z', 'P14D')).toBe(addDuration('2026-10-20T08:00:00.000Z', 'P14D', 'Europe/Amsterdam'));
  });

  it('ends two weeks on at the same local time across the change to winter time', () => {
    // 10:00 summer time (UTC+2) on 20 October is 10:00 winter time (UTC+1) on 3 November.
    expect(addDuration('2026-10-20T08:00:00.000Z', 'P14D')).toBe('2026-11-03T09:00:00.000Z');
    expect(addDuration('2026-10-20T08:00:00.000Z', 'P2W')).toBe('2026-11-03T09:00:00.000Z');
  });

  it('ends two weeks on at the same local time across the change to summer time', () => {
    // 09:00 winter time on 20 March is 09:00 summer time on 3 April.
    expect(addDuration('2026-03-20T08:00:00.000Z', 'P14D')).toBe('2026-04-03T07:00:00.000Z');
  });

  it('counts hours as elapsed time, also across the night the clocks go back', () => {
    expect(addDuration('2026-10-24T12:00:00.000Z', 'PT24H')).toBe('2026-10-25T12:00:00.000Z');
    expect(addDuration('2026-10-24T12:00:00.000Z', 'P1D')).toBe('2026-10-25T13:00:00.000Z');
  });

  it('ends a month on the last day of a shorter month instead of running into the next', () => {
    expect(addDuration('2026-01-31T08:00:00.000Z', 'P1M')).toBe('2026-02-28T08:00:00.000Z');
    // 00:30 on 31 January in Amsterdam is still 30 January in UTC: the month ends on Amsterdam's 28 February.
    expect(addDuration('2026-01-30T23:30:00.000Z', 'P1M')).toBe('2026-02-27T23:30:00.000Z');
  });

  it('counts in the zone it is given', () => {
    expect(addDuration('2026-10-20T08:00:00.000Z', 'P14D', 'UTC')).toBe('2026-11-03T08:00:00.000Z');
    expect(addDuration('2026-10-20T08:00:00.000Z', 'P1Y2M3DT4H', 'UTC')).toBe('2027-12-23T12:00:00.000Z');
  });

  it('gives a step the same due time whatever the machine\'s time zone', () => {
    const enteredAt = '2026-10-20T08:00:00.000Z';
    expect(start(fixtureDefinition('mini'), { now: enteredAt }).steps[0]!.dueAt).toBe('2026-11-03T09:00:00.000Z');
    expect(dueAtUnder('UTC', enteredAt)).toBe('2026-11-03T09:00:00.000Z');
    expect(dueAtUnder('Europe/Amsterdam', enteredAt)).toBe('2026-11-03T09:00:00.000Z');
  });
});

describe('the check of expected durations', () => {
  it('refuses a duration too long to give a due date, at its pointer, instead of failing when the step is shown', () => {
    const bundle = variant((w) => { w.machine.states.intake.meta.expectedDuration = 'P999999999Y'; });
    expect(bundle.problems).toEqual([expect.objectContaining({
      file: 'test/fixtures/valid/workflows/mini.json', pointer: '/machine/states/intake/meta/expectedDuration', code: 'duration-too-long',
    })]);
    expect(bundle.problems[0]!.message.nl).toContain('100 jaar');
  });

  it('accepts a long but sensible duration', () => {
    expect(variant((w) => { w.machine.states.intake.meta.expectedDuration = 'P10Y'; }).problems).toEqual([]);
  });
});
