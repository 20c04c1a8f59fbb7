import { describe, expect, it } from 'vitest';
import { toDot, toMarkdown, toMermaid, toPng, toSvg } from '@koers/diagram';
import { fixture } from './fixtures';

// The mini type with time: "Uitvoering" moves on to "Gestopt" by itself after six months, is due before the
// autumn holiday and reminds its role a week before, on the day and weekly while overdue, escalating after two weeks.
const timed = fixture('valid', 'mini', (w) => {
  const uitvoering = w.machine.states.uitvoering;
  uitvoering.on.HALFJAAR_VERSTREKEN = { target: 'gestopt' };
  uitvoering.meta.timers = { HALFJAAR_VERSTREKEN: { label: { nl: 'Half jaar verstreken', en: 'Six months passed' }, after: 'P6M' } };
  uitvoering.meta.deadline = { at: 'voor-herfstvakantie' };
  uitvoering.meta.reminders = { before: ['P7D'], onDue: true, overdueEvery: 'P7D', escalate: { after: 'P14D', to: ['casemanager'] } };
});

describe('time in the diagram', () => {
  it('draws a timer dashed, in its own colour, with a clock and its moment in words as the label', () => {
    const dot = toDot(timed);
    const edge = dot.split('\n').find((l) => l.includes('"s:uitvoering" -> "s:gestopt"'))!;
    expect(edge).toContain('◷ Half jaar verstreken');
    expect(edge).toContain('<I>na 6 maanden</I>');
    expect(edge).toMatch(/style="dashed", color="#6a3fa0"/);
    // A person's event stays solid and without a clock.
    const person = dot.split('\n').find((l) => l.includes('"s:uitvoering" -> "s:check"'))!;
    expect(person).not.toContain('◷');
    expect(person).not.toContain('dashed');
    expect(toDot(timed, { lang: 'en' })).toContain('◷ Six months passed');
    // The title explains the purple dashes, only on a type that has timers.
    expect(dot).toContain('◷ paars gestreept = gaat vanzelf als de tijd verstrijkt');
    expect(toDot(fixture('valid', 'mini'))).not.toContain('paars gestreept');
  });

  it('shows a step\'s deadline and reminders in its node, and nothing extra on steps without them', () => {
    const dot = toDot(timed);
    const node = dot.split('\n').find((l) => l.trimStart().startsWith('"s:uitvoering" ['))!.replaceAll('<BR/>', ' ');
    expect(node).toContain('◷ termijn: voor de herfstvakantie');
    expect(node).toContain('herinneringen: 7 dagen voor de termijn, op de termijn, elke 7 dagen zolang over tijd, 14 dagen over tijd naar Casemanager');
    const intake = dot.split('\n').find((l) => l.trimStart().startsWith('"s:intake" ['))!;
    expect(intake).not.toContain('◷');
    expect(toDot(fixture('valid', 'mini'))).not.toContain('◷');
  });

  it('lays the timer out in SVG and PNG (the clock is a glyph of the diagram font)', async () => {
    const svg = await toSvg(toDot(timed));
    expect(svg).toContain('◷ Half jaar verstreken');
    expect(svg).toContain('stroke-dasharray');
    const png = toPng(svg, { width: 800 });
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  });

  it('labels the timer in Mermaid with the clock and its moment, and the step with its deadline', () => {
    const mermaid = toMermaid(timed);
    expect(mermaid).toMatch(/s_uitvoering --> s_gestopt : ◷ Half jaar verstreken \(na 6 maanden\)/);
    expect(mermaid).toMatch(/s_uitvoering : ◷ termijn#58; voor de herfstvakantie/);
  });

  it('documents per step its timers, deadline and reminders in words', () => {
    const nl = toMarkdown(timed, { lang: 'nl' });
    expect(nl).toContain('Termijn: voor de herfstvakantie');
    expect(nl).toContain('**Vanzelf, na verloop van tijd**');
    expect(nl).toMatch(/\| Timer \| Wanneer \| Gevolg \|\n\| --- \| --- \| --- \|\n\| ◷ Half jaar verstreken \(`HALFJAAR_VERSTREKEN`\) \| na 6 maanden \| → Gestopt \|/);
    expect(nl).toContain('**Herinneringen**: 7 dagen voor de termijn; op de termijn; elke 7 dagen zolang over tijd; 14 dagen over tijd naar Casemanager.');
    // In "Alle paden" a timer says when, not who.
    expect(nl).toContain('◷ *Half jaar verstreken* (na 6 maanden) → **Gestopt**');
    const en = toMarkdown(timed, { lang: 'en' });
    expect(en).toContain('**By itself, as time passes**');
    expect(en).toContain('every 7 days while overdue');
  });
});
