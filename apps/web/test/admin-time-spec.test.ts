import { describe, expect, it } from 'vitest';
import type { JsonObject } from '@koers/engine';
import { readTime, switchShape, withTime, writeTime } from '../src/admin/model/time-spec';
import { readReminders, writeReminders } from '../src/admin/model/reminders';

// Every combination of the format's three keys: from (absent, step, start, a date key), after (absent, whole, mixed), at.
const FROMS = [undefined, 'step', 'start', 'startgesprek'];
const AFTERS = [undefined, 'P6M', 'P1Y6M'];
const ATS = [undefined, 'voor-herfstvakantie', 'begin-schooljaar'];
const ALL: JsonObject[] = FROMS.flatMap((from) => AFTERS.flatMap((after) => ATS.map((at) => ({
  ...(from !== undefined ? { from } : {}), ...(after !== undefined ? { after } : {}), ...(at !== undefined ? { at } : {}),
}))));

describe('the moment picker\'s model', () => {
  it('reads every TimeSpec shape the format allows and writes it back as the same JSON', () => {
    expect(ALL).toHaveLength(36);
    for (const spec of ALL) expect(JSON.stringify(writeTime(readTime(spec)!))).toBe(JSON.stringify(spec));
  });

  it('sorts each value into one of the three shapes the admin chooses between', () => {
    expect(readTime({ after: 'P6M' })!.shape).toBe('after');
    expect(readTime({ from: 'step', after: 'P6M' })!.shape).toBe('after');
    expect(readTime({ from: 'startgesprek', after: 'P18M' })).toEqual({ shape: 'from', from: 'startgesprek', after: 'P18M' });
    expect(readTime({ from: 'start' })!.shape).toBe('from');
    expect(readTime({ at: 'voor-herfstvakantie' })).toEqual({ shape: 'anchor', from: 'step', at: 'voor-herfstvakantie' });
    expect(readTime({ from: 'start', after: 'P1M', at: 'na-kerstvakantie' })!.shape).toBe('anchor');
    expect(readTime('P6M')).toBeUndefined();
  });

  it('keeps a timer\'s label and description when its moment changes', () => {
    const timer = { label: { nl: 'Half jaar verstreken', en: 'Six months passed' }, after: 'P6M' };
    const next = withTime(timer, { shape: 'anchor', from: 'step', at: 'voor-zomervakantie' });
    expect(next).toEqual({ label: timer.label, at: 'voor-zomervakantie' });
    expect(JSON.stringify(withTime(timer, readTime(timer)!))).toBe(JSON.stringify(timer));
  });

  it('switching shapes keeps what the new shape shows and fills in what it needs', () => {
    const after = readTime({ after: 'P6M' })!;
    const from = switchShape(after, 'from', 'voor-herfstvakantie');
    expect(writeTime(from)).toEqual({ from: 'start', after: 'P6M' });
    const anchor = switchShape(from, 'anchor', 'voor-herfstvakantie');
    expect(writeTime(anchor)).toEqual({ from: 'start', after: 'P6M', at: 'voor-herfstvakantie' });
    expect(writeTime(switchShape(anchor, 'after', 'voor-herfstvakantie'))).toEqual({ after: 'P6M' });
    expect(writeTime(switchShape(readTime({ at: 'einde-schooljaar' })!, 'after', 'x'))).toEqual({ after: 'P1M' });
  });
});

describe('the reminders\' model', () => {
  it('reads and writes every field of the format unchanged', () => {
    const full = { before: ['P7D', 'P1D'], onDue: true, overdueEvery: 'P7D', escalate: { after: 'P14D', to: ['procesbegeleider-bestuur'] } };
    expect(JSON.stringify(writeReminders(readReminders(full)))).toBe(JSON.stringify(full));
    const some = { overdueEvery: 'P1M', escalate: { to: ['coach'] } };
    expect(JSON.stringify(writeReminders(readReminders(some)))).toBe(JSON.stringify(some));
  });

  it('an emptied choice removes the reminders altogether', () => {
    expect(writeReminders({ before: [], onDue: false })).toBeUndefined();
    expect(readReminders(undefined)).toEqual({ before: [], onDue: false });
  });
});
