import { describe, expect, it } from 'vitest';
import { mermaidText, toDot, toMermaid } from '@koers/diagram';
import { fixture } from './fixtures';

const mini = fixture('valid', 'mini');
const parallel = fixture('parallel', 'parallel');

describe('toMermaid', () => {
  it('writes a stateDiagram-v2 with the titles, start and final markers', () => {
    const text = toMermaid(mini);
    expect(text).toContain('stateDiagram-v2');
    expect(text).toContain('state "Intake" as s_intake');
    expect(text).toContain('s_intake : Casemanager');
    expect(text).toContain('[*] --> s_intake');
    expect(text).toContain('s_klaar --> [*]');
    expect(text).toContain('s_gestopt --> [*]');
    expect(text).toContain('s_intake --> s_uitvoering : Intake afronden, als Besluit is go');
    expect(toMermaid(mini, { lang: 'en' })).toContain('state "Execution" as s_uitvoering');
  });

  it('nests compound steps as composite states and separates parallel regions with --', () => {
    const text = toMermaid(parallel);
    expect(text).toMatch(/state "Voorbereiding · Procesbegeleider" as s_voorbereiding \{\n\s+state "Kennismaking"/);
    expect(text).toMatch(/ {4}\[\*\] --> s_voorbereiding_kennismaking/);
    expect(text).toMatch(/state "Uitvoering \(parallel\)" as s_uitvoering \{\n\s+state "Spoor team" as s_uitvoering_team \{[\s\S]*?\n {4}\}\n {4}--\n {4}state "Spoor bezoeken" as s_uitvoering_bezoek \{/);
    expect(text).toContain('s_voorbereiding --> s_uitvoering : als afgerond');
  });

  it('writes each transition inside the composite that holds both ends', () => {
    const text = toMermaid(parallel);
    expect(text).toMatch(/ {6}s_uitvoering_bezoek_keuze --> s_uitvoering_bezoek_plannen : automatisch/);
    expect(text).toMatch(/\n {2}s_evaluatie --> s_gestopt : Traject stoppen/);
  });

  it('escapes quotes, colons, semicolons, brackets and comment marks in labels', () => {
    const text = toMermaid(parallel);
    expect(text).toContain('state "Evaluatie#58; 100#37; klaar#59; #35;1 #123;eind#125;" as s_evaluatie');
    expect(text).toContain(': Plan indienen#58; #34;definitief#34; #91;v1#93;, als ');
    // After the label's own colon, no raw character Mermaid's grammar would read as syntax.
    for (const line of text.split('\n').filter((l) => l.includes('-->') && l.includes(' : '))) {
      expect(line.slice(line.indexOf(' : ') + 3).replace(/#\d+;/g, '')).not.toMatch(/[:;"[\]{}<>%#]/);
    }
  });

  it('escapes text so the Mermaid lexer cannot mistake it for syntax', () => {
    expect(mermaidText('a: "b"; [c] {d} <e> %% f #g & h')).toBe('a#58; #34;b#34;#59; #91;c#93; #123;d#125; #60;e#62; #37;#37; f #35;g #38; h');
    expect(mermaidText('regel\nnieuw')).toBe('regel nieuw');
    expect(mermaidText('direction LR')).toBe('direc#116;ion LR');
  });

  it('gives steps unique ids made of letters, digits and underscores', () => {
    const ids = [...toMermaid(parallel).matchAll(/ as (\S+)/g)].map((m) => m[1]!);
    expect(ids.every((id) => /^[A-Za-z0-9_]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("marks one trajectory's position with classes and a description on the current step", () => {
    const text = toMermaid(mini, { position: { current: ['uitvoering'], done: ['intake'] } });
    expect(text).toMatch(/classDef hier fill:#d4e6fb,stroke:#084a8c,stroke-width:3px/);
    expect(text).toMatch(/class \S*uitvoering\S* hier/);
    expect(text).toMatch(/class \S*intake\S* afgerond/);
    expect(text).toMatch(/uitvoering\S* : hier staat het traject/);
  });

  it('shows overlay counts as descriptions and colours counted steps', () => {
    const text = toMermaid(mini, { overlay: { intake: { count: 12, overdue: 3 } } });
    expect(text).toContain('s_intake : 12 trajecten, 3 over tijd');
    expect(text).toMatch(/classDef heat4 fill:#f4845a/);
    expect(text).toContain('class s_intake heat4');
  });

  it('draws several ways to stay in a step as one loop, like the DOT picture', () => {
    const def = fixture('parallel', 'parallel', (w) => {
      const evaluatie = w.machine.states.evaluatie;
      Object.assign(evaluatie.meta.events, {
        NOTITIE: { label: { nl: 'Notitie maken', en: 'Make a note' }, roles: ['procesbegeleider'] },
        OVERLEG: { label: { nl: 'Overleg voeren', en: 'Hold a meeting' }, roles: ['procesbegeleider'] },
      });
      Object.assign(evaluatie.on, { NOTITIE: { actions: [{ type: 'recordDate', params: { key: 'notitie' } }] }, OVERLEG: 'evaluatie' });
    });
    const loops = toMermaid(def).split('\n').filter((l) => l.includes('s_evaluatie --> s_evaluatie'));
    expect(loops).toEqual(['  s_evaluatie --> s_evaluatie : Notitie maken · Overleg voeren']);
    expect(toDot(def)).toContain('"s:evaluatie" -> "s:evaluatie" [label=<• Notitie maken<BR/>• Overleg voeren>];');
  });
});
