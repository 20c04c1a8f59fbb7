import { describe, expect, it } from 'vitest';
import { leafPaths, send, start } from '@koers/engine';
import { T0, bundle, example, later, typeOf, walkTo } from './shipped-walk';

// The PDCA cycle as SBO Heldringschool describes it (issue 13, item 9; docs/handleidingen.md maps every section).
const pdca = typeOf('pdca-kwaliteitskaart');
const as = (role: string) => ({ actor: { roles: [role] } });

describe('PDCA: "de resultaten met het team cyclisch te bespreken, te analyseren, te evalueren en bij te stellen"', () => {
  it('adjusts as often as the team measures and analyses in a school year, not once', () => {
    let s = walkTo(pdca, 'schooljaar.analyse');
    const bijstellen = { ...example(pdca, 'pdca-analyse'), vervolg: 'tussentijds_bijstellen' };
    for (let round = 0; round < 3; round++) {
      s = send(pdca, s, { type: 'ANALYSE_VASTLEGGEN', data: bijstellen }, { ...as('team'), now: later(s) }).snapshot;
      expect(leafPaths(s.value)).toEqual(['schooljaar.tussentijds_bijstellen']);
      s = send(pdca, s, { type: 'BIJSTELLING_VASTLEGGEN', data: example(pdca, 'pdca-bijstelling') }, { ...as('regiegroep'), now: later(s) }).snapshot;
      s = send(pdca, s, { type: 'UITVOERING_VASTLEGGEN', data: example(pdca, 'pdca-uitvoering') }, { ...as('regiegroep'), now: later(s) }).snapshot;
      s = send(pdca, s, { type: 'METING_VASTLEGGEN', data: example(pdca, 'pdca-meting') }, { ...as('ib'), now: later(s) }).snapshot;
    }
    expect(leafPaths(s.value)).toEqual(['schooljaar.analyse']);
  });

  it('goes on into a next school year as often as the directie decides, without a ceiling of three years', () => {
    let s = walkTo(pdca, 'schooljaar.jaarafsluiting');
    const door = { ...example(pdca, 'pdca-jaarbesluit'), besluit: 'volgend_schooljaar' };
    for (let year = 0; year < 3; year++) {
      s = send(pdca, s, { type: 'JAAR_AFSLUITEN', data: door }, { ...as('directie'), now: later(s) }).snapshot;
      expect(leafPaths(s.value)).toEqual(['volgend_schooljaar']);
      s = walkFromPlanToClosing(send(pdca, s, { type: 'JAARPLANNING_NU_STARTEN' }, { ...as('directie'), now: later(s) }).snapshot);
    }
    expect(s.context.period).toBe(4);
  });
});

describe('PDCA: "De beoordeling van zo\'n doel blijft gedeeltelijk subjectief"', () => {
  it('records a measurement judged in words, without a number for norm or score', () => {
    const atMeting = walkTo(pdca, 'schooljaar.meten');
    const inWords = example(pdca, 'pdca-meting', 1);
    expect(JSON.stringify(inWords.resultaten)).not.toMatch(/"(norm|score)"/);
    const next = send(pdca, atMeting, { type: 'METING_VASTLEGGEN', data: inWords }, { ...as('leerkracht'), now: later(atMeting) }).snapshot;
    expect(leafPaths(next.value)).toEqual(['schooljaar.analyse']);
  });

  it('lets a card carry a success indicator whose norm is in words, or has none', () => {
    const begin = start(pdca, { now: T0 }).snapshot;
    const card = example(pdca, 'pdca-kwaliteitskaart');
    card.succesindicatoren = [
      { indicator: 'Kinderen van tien lossen zelf een kleine ruzie op', norm: 'De meeste kinderen, volgens de leerkrachten' },
      { indicator: 'Kinderen doen aardig tegen elkaar (thema van dit kwartaal)' },
    ];
    const next = send(pdca, begin, { type: 'KAART_INDIENEN', data: card }, { ...as('regiegroep'), now: later(begin) }).snapshot;
    expect(leafPaths(next.value)).toEqual(['kaart_vaststellen']);
  });
});

describe('PDCA: no invented scores', () => {
  it('has no field with a default value and no 1-10 slider in any PDCA form', () => {
    const forms = [...bundle.forms.values()].filter((f) => f.definition.id.startsWith('pdca-'));
    const text = forms.map((f) => JSON.stringify(f.definition.schema) + JSON.stringify(f.definition.uischema)).join('\n');
    expect(text).not.toContain('"default"');
    expect(text).not.toContain('"slider"');
  });
});

/** From the annual plan through one measurement and analysis to the year's closing step. */
function walkFromPlanToClosing(s: ReturnType<typeof walkTo>) {
  const steps: Array<[string, string, string | undefined, Record<string, unknown>?]> = [
    ['JAARPLANNING_VASTSTELLEN', 'directie', 'pdca-jaarplanning'],
    ['UITVOERING_VASTLEGGEN', 'regiegroep', 'pdca-uitvoering'],
    ['METING_VASTLEGGEN', 'ib', 'pdca-meting'],
    ['ANALYSE_VASTLEGGEN', 'team', 'pdca-analyse', { vervolg: 'jaarevaluatie' }],
    ['VERBETERACTIES_VASTLEGGEN', 'regiegroep', 'pdca-verbeteracties'],
    ['FUNCTIONERINGSGESPREKKEN_VASTLEGGEN', 'directie', 'pdca-functioneringsgesprek'],
  ];
  for (const [type, role, form, extra] of steps) {
    const data = form ? { ...example(pdca, form), ...(extra ?? {}) } : undefined;
    s = send(pdca, s, { type, ...(data ? { data: data as never } : {}) }, { ...as(role), now: later(s) }).snapshot;
  }
  expect(leafPaths(s.value)).toEqual(['schooljaar.jaarafsluiting']);
  return s;
}

describe('PDCA: a measurement says something for each success indicator', () => {
  it('refuses a result with neither a score nor a judgement in words', () => {
    const atMeting = walkTo(pdca, 'schooljaar.meten');
    const data = { ...example(pdca, 'pdca-meting'), resultaten: [{ indicator: 'Leerlingen met twee AVI-niveaus groei' }] };
    expect(() => send(pdca, atMeting, { type: 'METING_VASTLEGGEN', data }, { ...as('ib'), now: later(atMeting) }))
      .toThrow(expect.objectContaining({ reason: 'form-invalid', fieldErrors: [expect.objectContaining({ path: '/resultaten/0/score' })] }));
  });
});
