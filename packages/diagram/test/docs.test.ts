import { describe, expect, it } from 'vitest';
import { describeAction, durationText, formFields, toMarkdown } from '@koers/diagram';
import { simplePaths } from '@koers/engine';
import { fixture } from './fixtures';

const mini = fixture('valid', 'mini');
const parallel = fixture('parallel', 'parallel');

describe('describeAction', () => {
  it('says what an action does', () => {
    const ctx = { def: mini, lang: 'nl' as const, eventForm: 'mini-intake' };
    expect(describeAction({ type: 'increment', params: { counter: 'rondes' } }, ctx)).toBe('Rondes +1');
    expect(describeAction({ type: 'useBudget', params: { budget: 'uren', amountField: '/uren' } }, ctx)).toBe('Uren (uur) van Uren boeken');
  });
});

describe('durationText', () => {
  it('reads ISO 8601 durations in words', () => {
    expect(durationText('P14D', 'nl')).toBe('14 dagen');
    expect(durationText('P1M', 'nl')).toBe('1 maand');
    expect(durationText('P1Y2M', 'en')).toBe('1 year and 2 months');
    expect(durationText('PT36H', 'nl')).toBe('36 uur');
    expect(durationText('nonsense', 'nl')).toBe('nonsense');
  });
});

describe('formFields', () => {
  it('lists every field with its path, label, type, whether it is required and its rules', () => {
    const form = parallel.forms.get('par-plan')!.definition;
    const rows = formFields(form, 'nl');
    expect(rows.map((r) => r.pointer)).toEqual(['/doelen', '/doelen/*/doel', '/doelen/*/einddatum', '/keuze', '/uren']);
    expect(rows[0]).toMatchObject({ label: 'SMART-doelen', type: 'lijst van groepen', required: true, constraints: ['minimaal 1 item(s)'] });
    expect(rows[2]).toMatchObject({ type: 'datum', required: false });
    expect(rows[3]!.constraints[0]).toBe('opties: team (Met het hele team), werkgroep (Met een werkgroep), extern (Met externe hulp)');
    expect(rows[4]!.constraints).toEqual(['minimaal 0', 'maximaal 40']);
    expect(formFields(form, 'en')[0]!.label).toBe('SMART goals');
  });
});

describe('toMarkdown', () => {
  const doc = toMarkdown(parallel, { diagramHref: 'parallel.svg' });

  it('documents title, roles, budgets, counters and capacity', () => {
    expect(doc).toMatch(/^# Parallel traject\n/);
    expect(doc).toContain('| Schoolleider | `schoolleider` | Leidt de school. |');
    expect(doc).toContain('**Capaciteit**: hoogstens 40 trajecten tegelijk — “Vol is vol.”');
    expect(doc).toContain('**Budget** Begeleidingsuren (`uren`): 15 uur');
    expect(doc).toContain('**Teller** Schoolbezoeken (`bezoeken`): hoogstens 3');
  });

  it('embeds the diagram as an image link and as a Mermaid block', () => {
    expect(doc).toContain('![Processchema: Parallel traject](parallel.svg)');
    expect(doc).toMatch(/```mermaid\nstateDiagram-v2\n[\s\S]*?\n```/);
  });

  it('documents each step with instructions, roles, duration, form fields and who may send each event', () => {
    expect(doc).toContain('#### 1.2. Plan maken');
    expect(doc).toContain('Wacht op: Schoolleider, Intern begeleider · Verwachte duur: 1 maand (`P1M`)');
    expect(doc).toContain('Stel samen het plan van aanpak op.');
    expect(doc).toContain('| `/uren` | Begeleidingsuren | geheel getal | nee | minimaal 0; maximaal 40 |');
    expect(doc).toMatch(/\| Plan indienen: "definitief" \[v1\] \(`PLAN_INDIENEN`\) \| Schoolleider \| Plan van aanpak \| SMART-doelen \(`\/doelen`\), Aanpak \(`\/keuze`\) \| → Plan klaar, als genoeg Begeleidingsuren over voor Begeleidingsuren — /);
    expect(doc).toContain('- → Bezoeken klaar, anders');
  });

  it('lists every path from the engine, each ending finished', () => {
    const paths = doc.slice(doc.indexOf('## Alle paden'));
    expect(paths.match(/^\d+\. /gm)).toHaveLength(simplePaths(parallel).length);
    expect(paths).not.toContain('<details>');
    expect(paths).toContain('**Kennismaking** → *Kennismaking gehouden* (Procesbegeleider) → **Plan maken**');
    expect(paths).not.toContain('— vast');
  });

  it('folds a long list of paths away under a summary', () => {
    const path = { steps: [], end: ['intake'], done: true };
    const folded = toMarkdown(mini, { paths: Array.from({ length: 13 }, () => path) });
    expect(folded).toMatch(/<details><summary>13 paden<\/summary>\n\n1\. \*\*Intake\*\* — afgerond\n[\s\S]*13\. \*\*Intake\*\* — afgerond\n\n<\/details>\n$/);
  });

  it('lists at most 50 paths and points to koers paths for the rest', () => {
    const path = { steps: [], end: ['intake'], done: true };
    const doc = toMarkdown(mini, { paths: Array.from({ length: 13_824 }, () => path) });
    expect(doc.match(/^\d+\. /gm)).toHaveLength(50);
    expect(doc).toContain('<details><summary>13824 paden</summary>');
    expect(doc).toContain('50. **Intake** — afgerond\n\n… en nog 13774 paden: `koers paths test/fixtures/valid/workflows/mini.json` toont ze allemaal.\n\n</details>');
    expect(doc.length).toBeLessThan(50_000);
    const en = toMarkdown(mini, { lang: 'en', paths: Array.from({ length: 51 }, () => path) });
    expect(en).toContain('… and 1 more path: `koers paths test/fixtures/valid/workflows/mini.json` lists them all.');
  });

  it('escapes Markdown characters in definition texts', () => {
    expect(toMarkdown(mini, { title: 'A *b* <c>', paths: [] })).toMatch(/^# A \\\*b\\\* \\<c\\>\n/);
  });

  it('writes English on request', () => {
    const en = toMarkdown(mini, { lang: 'en', paths: [] });
    expect(en).toContain('## Roles');
    expect(en).toContain('Expected duration: 14 days (`P14D`)');
    // The mini form has no English labels: the Dutch field title stands in.
    expect(en).toContain('→ Execution, if Besluit is go');
  });
});

describe('who may read a form in the docs', () => {
  it('names the readers of a restricted form and of its restricted fields, and says nothing for an open one', () => {
    const gesprek = fixture('form-access', 'gesprek');
    const nl = toMarkdown(gesprek, { lang: 'nl' });
    expect(nl).toContain('Alleen te lezen door: Directie, Leerkracht; veld `/beoordeling` alleen door Directie.');
    expect(toMarkdown(gesprek, { lang: 'en' })).toContain('Only readable by: School leadership, Teacher; field `/beoordeling` only by School leadership.');
    expect(nl.split('Alleen te lezen door').length - 1).toBe(1);
    expect(toMarkdown(mini, { lang: 'nl' })).not.toContain('Alleen te lezen door');
  });
});

describe('the generated docs list a form\'s checks across fields', () => {
  it('names each rule\'s message, where it shows and whether it refuses or flags', () => {
    const def = fixture('valid', 'mini');
    const form = def.forms.get('mini-intake')!.definition;
    const withRules = { ...def, forms: new Map(def.forms).set('mini-intake', { ...def.forms.get('mini-intake')!, definition: { ...form, rules: [
      { id: 'uren-bij-go', path: '/uren', severity: 'warning' as const, check: { '!!': { var: 'uren' } },
        message: { nl: 'Geef bij go het aantal uren op.', en: 'Give the hours with go.' } },
    ] } }) };
    const nl = toMarkdown(withRules, { lang: 'nl' });
    expect(nl).toContain('**Controles over velden heen**');
    expect(nl).toContain('- Geef bij go het aantal uren op. (waarschuwing: signalering; Uren, `uren-bij-go`)');
    expect(toMarkdown(withRules, { lang: 'en' })).toContain('- Give the hours with go. (warning: flagged; Uren, `uren-bij-go`)');
  });
});

describe('toMarkdown of a type with groups', () => {
  const kring = fixture('groups', 'kring');

  it('describes the group: size and its full message, who leads, where schools are placed, and each shared meeting with its attendance rule', () => {
    const md = toMarkdown(kring, { lang: 'nl' });
    expect(md).toContain('## Groepen: Kring');
    expect(md).toContain('- **Grootte**: minstens 2, hoogstens 3 scholen — “Deze kring is vol (vol = vol).”');
    expect(md).toContain('- **Vormen en begeleiden**: Procesbegeleider, beheerders');
    expect(md).toContain('- **Groepen per programmajaar**: hoogstens 2');
    expect(md).toContain('- **Indelen**: kan zolang het traject in de stap staat “Indeling in een kring”; het systeem stuurt `INGEDEELD`');
    expect(md).toContain('- **Kringbijeenkomst** (`bijeenkomst`); formulier `kring-bijeenkomst`; het systeem stuurt `BIJEENKOMST_GEHOUDEN`; aanwezigheid: minstens 2 vertegenwoordigers per school, onder wie Schoolleider; anders een signaal bij de school');
    expect(md).toContain('aanwezigheid: minstens 1 vertegenwoordiger per school; anders wordt niets vastgelegd');
  });

  it('lists under each step the group events it handles', () => {
    const md = toMarkdown(kring, { lang: 'en' });
    expect(md).toContain('**From the group (sent by the system)**');
    expect(md).toMatch(/- `INGEDEELD`: → Kick-off day/);
  });
});
