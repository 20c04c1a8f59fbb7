import { PLACEHOLDER_DESCRIPTION, type JsonObject, type Localized } from '@koers/engine';

/** A machine id for a type id: machine ids are letters, digits and `_` from a letter (`kwaliteits-ronde` → `kwaliteitsRonde`). */
export function machineIdOf(typeId: string): string {
  const camel = typeId.replace(/-+([a-z0-9])?/g, (_, c: string | undefined) => (c ?? '').toUpperCase());
  return (/^[A-Za-z]/.test(camel) ? camel : `t${camel}`).slice(0, 64);
}

/**
 * The smallest lint-clean definition a new type starts from: its title, a placeholder description to fill in (the
 * editor flags it until it changes), one role, a first step whose one event leads to a final step. No forms.
 * The admin builds on from there.
 * @example skeleton('kwaliteitsronde', { nl: 'Kwaliteitsronde', en: 'Quality round' })
 */
export function skeleton(typeId: string, title: Localized): JsonObject {
  return {
    id: typeId,
    version: 1,
    title: { nl: title.nl, en: title.en },
    description: { ...PLACEHOLDER_DESCRIPTION },
    roles: { schoolleider: { title: { nl: 'Schoolleider', en: 'School leader' }, invites: true } },
    machine: {
      id: machineIdOf(typeId),
      initial: 'start',
      states: {
        start: {
          meta: {
            title: { nl: 'Start', en: 'Start' },
            roles: ['schoolleider'],
            events: { AFRONDEN: { label: { nl: 'Afronden', en: 'Finish' }, roles: ['schoolleider'] } },
          },
          on: { AFRONDEN: 'afgerond' },
        },
        afgerond: { type: 'final', meta: { title: { nl: 'Afgerond', en: 'Finished' } } },
      },
    },
  };
}
