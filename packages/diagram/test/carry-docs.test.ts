import { describe, expect, it } from 'vitest';
import { loadFixture } from '@koers/testing';
import { toMarkdown } from '../src';

// The generated docs say per step which fields carry over from where, and what someone without an account signs.
describe('carried-over answers and sign-offs in the generated docs', () => {
  const def = loadFixture('test/fixtures/carry-over').definitions[0]!;

  it('lists each prefilled field with its source, and each sign-off with who signs and who may ask, in Dutch and English', () => {
    const nl = toMarkdown(def, { lang: 'nl' });
    expect(nl).toContain('- Overgenomen: Evaluatie · Doel uit Plan van aanpak (`{"var":"forms.co-plan.doel"}`)');
    expect(nl).toContain('- Overgenomen: Evaluatie · School uit het traject');
    expect(nl).toContain('- Ondertekening: **Plan van aanpak ondertekend door de MR** (`mr`) — tekent: een lid van de medezeggenschapsraad; aan te vragen door Directie, Procesbegeleider');
    const en = toMarkdown(def, { lang: 'en' });
    expect(en).toContain('- Carried over: Evaluation · Goal from Action plan');
    expect(en).toContain('- Sign-off: **Action plan signed by the participation council** (`mr`)');
  });
});
