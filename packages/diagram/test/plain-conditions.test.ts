import { describe, expect, it } from 'vitest';
import { type CompiledDefinition, type GuardRef, type Lang, conditionPhrase, describeGuard, eventFormIn, loadBundle } from '@koers/engine';
import { readTree } from '@koers/testing';
import { toDot, toMarkdown, toMermaid } from '../src';

const bundle = loadBundle(readTree('workflows', 'forms'));

/** Every guard (and every soft rule's guard) of a definition, with the form its event carries. */
function guardsOf(def: CompiledDefinition): { guard: GuardRef; eventForm: string | undefined; where: string }[] {
  return def.index.transitions.flatMap((tr) => {
    const eventForm = tr.kind === 'event' ? eventFormIn(def, [tr.source], tr.event) : undefined;
    const where = `${tr.source} ${tr.kind === 'event' ? tr.event : tr.kind}`;
    return [
      ...(tr.config.guard !== undefined ? [{ guard: tr.config.guard, eventForm, where }] : []),
      ...(tr.config.warnings ?? []).map((w) => ({ guard: w.guard, eventForm, where: `${where} (warning)` })),
    ];
  });
}

// Raw rule text a reader should never see: JSON, JSON Logic operators by name, or dotted context paths.
const RAW = /[{}"[\]]|\bvar\b|\b(budgets|counters|vars|event|forms|dates)\.[a-z]/i;

describe('conditions in plain words', () => {
  it('render every guard of the shipped workflows as words, in Dutch and in English, never as raw JSON', () => {
    expect(bundle.problems).toEqual([]);
    let count = 0;
    for (const def of bundle.definitions) {
      for (const { guard, eventForm, where } of guardsOf(def)) {
        for (const lang of ['nl', 'en'] as Lang[]) {
          const text = conditionPhrase(guard, { def, lang, eventForm });
          expect(text, `${def.definition.id} ${where} ${lang}`).not.toMatch(RAW);
          expect(text.startsWith(lang === 'nl' ? 'als ' : 'if ')).toBe(true);
          count += 1;
        }
      }
    }
    expect(count).toBeGreaterThan(40);
  });

  it("use the author's own words where a guard has a description, in the reader's language", () => {
    const pd = bundle.definitions.find((d) => d.definition.id === 'pd-schoolontwikkeling')!;
    const guard = pd.index.transitions.find((t) => t.source === 'uitvoering' && t.event === 'CONSULTATIETRAJECT_AANVRAGEN')!.config.guard!;
    expect(conditionPhrase(guard, { def: pd, lang: 'nl' })).toBe('als er nog geen consultatietraject is aangevraagd');
    expect(conditionPhrase(guard, { def: pd, lang: 'en' })).toBe('if no consultation track was requested yet');
    // Without the description, the rule worked out from the variable's title.
    const bare = typeof guard === 'string' ? guard : { type: guard.type, params: guard.params! };
    expect(describeGuard(bare, { def: pd, lang: 'nl' })).toBe('Aanvullend consultatietraject aangevraagd is leeg');
  });

  it('label the diagram, the Mermaid text and the documentation with "als …" instead of "[voorwaarde: …]"', () => {
    const pd = bundle.definitions.find((d) => d.definition.id === 'pd-schoolontwikkeling')!;
    // DOT wraps long labels over lines; read them as one.
    const dot = toDot(pd, { lang: 'nl' }).replace(/<BR\/>/g, ' ');
    const mermaid = toMermaid(pd, { lang: 'nl' });
    const docs = toMarkdown(pd, { lang: 'nl' });
    for (const text of [dot, mermaid, docs]) {
      expect(text).not.toContain('voorwaarde:');
      expect(text).toContain('als deze uren over het urenbudget van de casemanager heen gaan');
    }
    expect(docs).toContain('signaal, tenzij er nog genoeg uren van de casemanager over zijn voor deze uren');
    expect(toMarkdown(pd, { lang: 'en' })).toContain('if these hours go over the case manager');
  });
});
