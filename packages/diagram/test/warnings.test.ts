import { describe, expect, it } from 'vitest';
import { toDot, toMarkdown, toMermaid } from '@koers/diagram';
import { fixture } from './fixtures';

// The mini fixture with its intake's hours booked as a soft rule (issue 13): the arrow is taken all the same.
const soft = fixture('valid', 'mini', (w) => {
  w.machine.states.intake.on.INTAKE_AFRONDEN[0].warnings = [{
    id: 'uren-over-budget', guard: { type: 'budgetAvailable', params: { budget: 'uren', amountField: '/uren' } },
    message: { nl: 'Meer uren dan het budget', en: 'More hours than the budget' },
  }];
});

describe('a transition\'s warnings in the diagram and the docs', () => {
  it('draws the warning on its arrow, in words, in its own colour, beside the condition', () => {
    const dot = toDot(soft, { lang: 'nl' });
    expect(dot).toMatch(/als Besluit is go<\/FONT><BR\/><FONT POINT-SIZE="10" COLOR="#b35c00">⚠ signaal, tenzij genoeg Uren over<BR\/>voor Uren<\/FONT>/);
    expect(toDot(soft, { lang: 'en' })).toMatch(/⚠ flag, unless enough Hours/);
    expect(toDot(fixture('valid', 'mini'), { lang: 'nl' })).not.toMatch(/signaal, tenzij/);
  });

  it('names it in the Mermaid text and in the generated docs with its message', () => {
    expect(toMermaid(soft, { lang: 'nl' })).toMatch(/s_intake --> s_uitvoering : .*⚠ signaal, tenzij genoeg Uren over voor Uren/);
    expect(toMarkdown(soft, { lang: 'nl' })).toMatch(/\(⚠ signaal, tenzij genoeg Uren over voor .*: Meer uren dan het budget\)/);
  });
});
