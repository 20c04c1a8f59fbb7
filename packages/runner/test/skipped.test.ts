import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Stepper, type StepperStep, type StepStatus } from '../src/progress/Stepper';
import { skippedSteps } from '../src/progress/skipped';

const step = (path: string, status: StepStatus, children?: StepperStep[]): StepperStep =>
  ({ path, title: { nl: path, en: path }, status, ...(children ? { children } : {}) });

describe('skippedSteps', () => {
  it('marks a step never entered while a later sibling was entered as skipped', () => {
    const steps = [step('intake', 'done'), step('extra-gesprek', 'coming'), step('plan', 'current'), step('afsluiting', 'coming')];
    expect([...skippedSteps(steps)]).toEqual(['extra-gesprek']);
  });

  it('does not call the steps after the current one skipped, nor any step of a trajectory that passed none', () => {
    expect(skippedSteps([step('a', 'done'), step('b', 'current'), step('c', 'coming'), step('d', 'coming')]).size).toBe(0);
    expect(skippedSteps([step('a', 'current'), step('b', 'coming')]).size).toBe(0);
  });

  it('counts a later step that was done (the path went past and on) as entered', () => {
    expect([...skippedSteps([step('a', 'done'), step('b', 'coming'), step('c', 'done'), step('d', 'current')])]).toEqual(['b']);
  });

  it('skips the steps inside a skipped compound step with it, and looks inside a compound step that was entered', () => {
    const steps = [
      step('start', 'done'),
      step('ondersteuning', 'coming', [step('ondersteuning.vraag', 'coming'), step('ondersteuning.uitvoering', 'coming')]),
      step('uitvoering', 'current', [step('uitvoering.plan', 'done'), step('uitvoering.bijstellen', 'coming'), step('uitvoering.meten', 'current')]),
    ];
    expect([...skippedSteps(steps)].sort()).toEqual(['ondersteuning', 'ondersteuning.uitvoering', 'ondersteuning.vraag', 'uitvoering.bijstellen']);
  });
});

describe('Stepper', () => {
  it('says "overgeslagen" of a skipped step where a coming step says nothing, in Dutch and English', () => {
    const steps = [step('a', 'done'), step('b', 'coming'), step('c', 'current'), step('d', 'coming')];
    const nl = renderToStaticMarkup(createElement(Stepper, { steps, lang: 'nl' }));
    expect(nl.match(/overgeslagen/g)).toHaveLength(1);
    expect(nl).toContain('kr-step--skipped');
    expect(nl.match(/nog niet/g)).toHaveLength(1); // d, after the current step, is still to come
    const en = renderToStaticMarkup(createElement(Stepper, { steps, lang: 'en' }));
    expect(en).toContain('skipped');
  });
});
