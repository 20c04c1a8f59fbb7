import { describe, expect, it } from 'vitest';
import { toDot, toSvg } from '@koers/diagram';
import { fixture } from './fixtures';

const mini = fixture('valid', 'mini');
const parallel = fixture('parallel', 'parallel');

describe('toDot', () => {
  it('labels steps with their Dutch titles, and English ones on request', () => {
    const nl = toDot(mini);
    for (const title of ['Intake', 'Uitvoering', 'Controle', 'Klaar', 'Gestopt']) expect(nl).toContain(`<B>${title}</B>`);
    const en = toDot(mini, { lang: 'en' });
    for (const title of ['Execution', 'Check', 'Done', 'Stopped']) expect(en).toContain(`<B>${title}</B>`);
    expect(en).not.toContain('<B>Uitvoering</B>');
  });

  it('shows the roles a step waits for under its title', () => {
    expect(toDot(mini)).toMatch(/<B>Intake<\/B>.*Casemanager/);
    expect(toDot(mini, { lang: 'en' })).toMatch(/<B>Intake<\/B>.*Case manager/);
  });

  it('labels transitions with the event label and the guard in words', () => {
    const dot = toDot(mini);
    expect(dot).toMatch(/"s:intake" -> "s:uitvoering" \[label=<Intake afronden<BR\/>.*als Besluit is go/);
    expect(dot).toMatch(/"s:intake" -> "s:gestopt" .*>anders</);
    expect(toDot(mini, { lang: 'en' })).toContain('if Rounds is at least 2');
  });

  it('draws automatic transitions dashed and labelled as automatic', () => {
    expect(toDot(mini)).toMatch(/"s:check" -> "s:klaar" \[label=<automatisch<BR\/>.*Rondes is minstens 2.*style="dashed"/);
  });

  it('marks the start with a dot and final steps with a double border', () => {
    const dot = toDot(mini);
    expect(dot).toMatch(/"start:" \[shape="circle"/);
    expect(dot).toContain('"start:" -> "s:intake"');
    expect(dot).toMatch(/"s:klaar" \[.*peripheries=2/);
    expect(dot).toMatch(/"s:gestopt" \[.*peripheries=2/);
    expect(dot).not.toMatch(/"s:intake" \[.*peripheries=2/);
  });

  it('draws a compound step as a cluster with its own start dot, entered and left at its border', () => {
    const dot = toDot(parallel);
    expect(dot).toContain('subgraph "cluster_voorbereiding" {');
    expect(dot).toContain('"start:voorbereiding" -> "s:voorbereiding.kennismaking"');
    expect(dot).toContain('compound="true"');
    // onDone leaves the compound cluster (ltail) and enters the parallel one (lhead).
    expect(dot).toMatch(/"s:voorbereiding\.plan_klaar" -> "in:uitvoering" \[label=<als afgerond>, ltail="cluster_voorbereiding", lhead="cluster_uitvoering"/);
  });

  it('draws parallel regions as dashed clusters side by side inside a cluster labelled parallel', () => {
    const dot = toDot(parallel);
    expect(dot).toMatch(/subgraph "cluster_uitvoering" \{\n\s+graph \[label=<.*parallel: sporen lopen tegelijk/);
    for (const region of ['team', 'bezoek']) {
      expect(dot).toMatch(new RegExp(`subgraph "cluster_uitvoering\\.${region}" \\{\\n\\s+graph \\[.*style="rounded,dashed,filled"`));
      expect(dot).toContain(`"in:uitvoering" -> "start:uitvoering.${region}" [style="invis"`);
    }
    expect(dot).toMatch(/"out:uitvoering" -> "s:evaluatie" \[label=<als afgerond>, ltail="cluster_uitvoering"/);
  });

  it('describes every guard of the vocabulary in the chosen language', () => {
    // Labels wrap with <BR/>; read them as one line.
    const nl = toDot(parallel).replace(/<BR\/>/g, ' ');
    expect(nl).toContain('als genoeg Begeleidingsuren over voor Begeleidingsuren');
    expect(nl).toContain('als Schoolbezoeken is minder dan 2');
    expect(nl).toContain('als formulier Plan van aanpak is ingediend');
    // Two guarded alternatives to the same step share one arrow, bracketed so "en" and "of" keep their meaning.
    expect(nl).toContain('als (Besluit: &quot;verder&quot; of niet? is afsluiten en Inschaling (1-10) is minstens 6) of (Besluit: &quot;verder&quot; of niet? is afsluiten)');
    const en = toDot(parallel, { lang: 'en' }).replace(/<BR\/>/g, ' ');
    expect(en).toContain('if School visits is less than 2');
    expect(en).toContain('if form Action plan was submitted');
  });

  it('escapes quotes, brackets and angle brackets in titles and labels', () => {
    const dot = toDot(parallel);
    expect(dot).toContain('Plan indienen:<BR/>&quot;definitief&quot; [v1]');
    expect(dot).toContain('Evaluatie: 100% klaar;<BR/>#1 {eind}');
    expect(dot).not.toContain('"definitief"');
  });

  it('shows overlay counts as badges with a heat colour, and leaves uncounted steps white', () => {
    const dot = toDot(mini, { overlay: { intake: { count: 12, overdue: 3 }, uitvoering: { count: 1 } } });
    expect(dot).toContain('12 trajecten');
    expect(dot).toContain('3 over tijd');
    expect(dot).toContain('1 traject ');
    expect(dot).toMatch(/"s:intake" \[tooltip="intake", fillcolor="#f4845a"/);
    expect(dot).toMatch(/"s:uitvoering" \[tooltip="uitvoering", fillcolor="#fff4d1"/);
    expect(dot).toMatch(/"s:klaar" \[tooltip="klaar", fillcolor="#ffffff"/);
    const en = toDot(mini, { lang: 'en', overlay: { intake: { count: 4, overdue: 2 } } });
    expect(en).toContain('4 trajectories');
    expect(en).toContain('2 overdue');
  });

  it("marks one trajectory's position: the current step blue with a pill, passed steps green, the rest white", () => {
    const dot = toDot(mini, { position: { current: ['uitvoering'], done: ['intake'], overdue: ['uitvoering'] } });
    expect(dot).toMatch(/"s:uitvoering" \[tooltip="uitvoering", fillcolor="#d4e6fb", label=<.*hier staat het traject.*over tijd.*>, color="#084a8c", penwidth=3\]/);
    expect(dot).toMatch(/"s:intake" \[tooltip="intake", fillcolor="#e3f3df", label=<.*>, color="#3f8a3f"/);
    expect(dot).toMatch(/"s:klaar" \[tooltip="klaar", fillcolor="#ffffff", label=<.*>, peripheries=2/);
    expect(dot).not.toMatch(/"s:intake".*hier staat/);
    expect(dot).toContain('blauw = hier staat het traject, groen = afgerond');
    expect(toDot(mini, { lang: 'en', position: { current: ['intake'], done: [] } })).toContain('the trajectory is here');
    // Counts win over a position: an overview never shows one school's marks.
    expect(toDot(mini, { overlay: { intake: { count: 2 } }, position: { current: ['uitvoering'], done: [] } })).not.toContain('hier staat');
  });

  it('shows counts on compound and parallel steps in their cluster label', () => {
    const dot = toDot(parallel, { overlay: { uitvoering: { count: 5, overdue: 1 } } });
    expect(dot).toMatch(/subgraph "cluster_uitvoering" \{\n\s+graph \[label=<.*5 trajecten.*1 over tijd/);
  });

  it('draws events that may happen at any time from a note, and lays out a history step', async () => {
    const def = fixture('parallel', 'parallel', (w) => {
      w.machine.meta = { title: { nl: 'Parallel', en: 'Parallel' }, events: {
        ANNULEREN: { label: { nl: 'Annuleren', en: 'Cancel' }, roles: ['schoolleider'] } } };
      w.machine.on = { ANNULEREN: '.gestopt' };
      w.machine.states.uitvoering.states.team.states.terug = { type: 'history', meta: { title: { nl: 'Terug', en: 'Back' } } };
    });
    const dot = toDot(def);
    expect(dot).toMatch(/"any:" \[label="op elk moment", shape="note"/);
    expect(dot).toMatch(/"any:" -> "s:gestopt" \[label=<Annuleren>\]/);
    expect(dot).toMatch(/"s:uitvoering\.team\.terug" \[.*shape="circle"/);
    expect(await toSvg(dot)).toContain('>op elk moment</text>');
  });
});
