/** Large but valid definitions made at run time, for the corpus (does it hang?) and the benchmark (how long?). */

const T = (text: string) => ({ nl: text, en: text });

/**
 * 99 phases of 100 steps each, one event leading through all of them: large, but within the format's limits.
 * `mini` is the test/fixtures/valid workflow (its forms and roles stay); its machine is replaced.
 */
export function nestedStates(mini: Record<string, any>): Record<string, any> {
  const states: Record<string, unknown> = {};
  for (let i = 0; i < 99; i++) {
    const children: Record<string, unknown> = {};
    for (let j = 0; j < 100; j++) {
      const next = j < 99 ? `k${j + 1}` : i < 98 ? `#mini.s${i + 1}` : '#mini.klaar';
      children[`k${j}`] = {
        meta: { title: T(`Stap ${i}.${j}`), events: { VERDER: { label: T('Verder'), roles: ['casemanager'] } } },
        on: { VERDER: next },
      };
    }
    states[`s${i}`] = { meta: { title: T(`Fase ${i}`) }, initial: 'k0', states: children };
  }
  return { ...mini, machine: { id: 'mini', initial: 's0', states: { ...states, klaar: { type: 'final', meta: { title: T('Klaar') } } } } };
}
