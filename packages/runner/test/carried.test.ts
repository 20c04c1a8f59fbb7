import { describe, expect, it } from 'vitest';
import { carriedText, submittedOn, withoutCarried } from '../src/form/CarriedNotice';

// Issue 14 item 9: a form that starts from an earlier form's answers says where they came from and when.
describe('answers carried over from an earlier form', () => {
  it('names the form and the day it was filled in, in the school\'s zone, in Dutch and English', () => {
    // 23:30 UTC on 11 March is already 12 March in Amsterdam.
    expect(submittedOn('2026-03-11T23:30:00.000Z', 'nl')).toBe('12 maart 2026');
    expect(carriedText([{ title: { nl: 'Startgesprek', en: 'Start meeting' }, at: '2026-03-12T10:00:00.000Z' }], 'nl'))
      .toBe('Overgenomen uit: Startgesprek, ingevuld op 12 maart 2026. U kunt alles aanpassen.');
    expect(carriedText([{ title: { nl: 'Startgesprek', en: 'Start meeting' }, at: '2026-03-12T10:00:00.000Z' }], 'en'))
      .toBe('Carried over from: Start meeting, filled in on 12 March 2026. You can change all of it.');
  });

  it('names the form alone when its submission is not recorded, and each of several forms once', () => {
    expect(carriedText([{ title: { nl: 'Plan', en: 'Plan' }, at: null }, { title: { nl: 'Intake', en: 'Intake' } }], 'nl'))
      .toBe('Overgenomen uit: Plan; Intake. U kunt alles aanpassen.');
  });

  it('starts empty by removing only the carried answers, nested ones too, and leaves the data it was given alone', () => {
    const data = { doel: 'Lezen', school: 'De Klimop', plan: { aanpak: 'Coaching', eigen: 'ja' }, doelen: [{ doel: 'x' }] };
    expect(withoutCarried(data, ['/school', '/plan/aanpak', '/doelen'])).toEqual({ doel: 'Lezen', plan: { eigen: 'ja' } });
    expect(data.school).toBe('De Klimop');
  });
});
