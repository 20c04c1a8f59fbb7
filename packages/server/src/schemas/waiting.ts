import { Type } from '@sinclair/typebox';
import { DateTime, Localized, Uuid, described, named } from '../http/schema';
import { RoleRef } from './common';

/** Someone who holds a role in a trajectory now. */
export const WaitingPerson = Type.Object({ id: Uuid, name: Type.String() });

/** What moves a trajectory on when no person can. */
export const SystemWait = named('SystemWait', Type.Union([
  Type.Object({ kind: Type.Literal('timer'), event: Type.String(), label: Localized, at: described(DateTime, 'Wanneer de timer afgaat.') }),
  Type.Object({ kind: Type.Literal('group'), event: Type.String(), label: Localized }),
], { description: 'Een timer van een huidige stap (met zijn moment) of een groepsgebeurtenis (indelen, een gezamenlijke bijeenkomst).' }));

/** Who can act now in a trajectory, with the people: the overview, its CSV and the school page show it (issue 14). */
export const WaitingNow = named('WaitingNow', Type.Object({
  roles: Type.Array(Type.Object({
    ...RoleRef.properties,
    people: Type.Array(WaitingPerson, { description: 'Wie die rol nu bij dit traject heeft (actieve accounts, op naam); één persoon: noem die.' }),
  }), { description: 'De rollen die nu een gebeurtenis kunnen sturen die een huidige stap afhandelt en waarvan de voorwaarden nu gelden, in de volgorde van de stap (meta.roles), dan die van de soort.' }),
  system: Type.Array(SystemWait, { description: 'Alleen als geen rol iets kan: wat het traject verder brengt (timers, vroegste eerst; dan groepsgebeurtenissen).' }),
}, { description: 'Op wie het traject nu wacht: wie nu iets kan doen, niet iedereen die aan de stap meedoet.' }));
