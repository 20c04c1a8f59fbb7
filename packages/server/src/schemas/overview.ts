import { Type } from '@sinclair/typebox';
import { DateTime, Localized, Nullable, TypeId, Uuid, Version, named, described } from '../http/schema';
import { ContextSummary, FormRef, RoleRef, StepRef } from './common';
import { RemindersSent, UpcomingItem } from './time';
import { WaitingNow } from './waiting';

/** The coach overview's answer: counts per step, and per school where it is and what it waits for. */

const Days = (description: string) => Type.Integer({ minimum: 0, description });

export const WaitingFor = named('WaitingFor', Type.Object({
  roles: Type.Array(RoleRef, {
    description: 'Wie nu aan zet is in deze stap: de rollen die nu een gebeurtenis kunnen sturen die de stap (of een stap erboven) afhandelt en waarvan de voorwaarden nu gelden; niet elke rol die aan de stap meedoet.',
  }),
  forms: Type.Array(FormRef, { description: 'De formulieren die de gebeurtenissen van de stap meesturen.' }),
  events: Type.Array(Type.Object({
    type: Type.String(), label: Localized, roles: Type.Array(RoleRef), form: Type.Optional(Type.String()),
  }), { description: 'De gebeurtenissen van de stap (en de stappen erboven), met wie ze mag sturen.' }),
}, { description: 'Waar een stap op wacht: welke rol, welk formulier.' }));

const SchoolStep = Type.Object({
  ...StepRef.properties,
  enteredAt: DateTime,
  daysInStep: Days('Hele dagen in de stap.'),
  expectedDays: Nullable(Type.Integer({ description: 'De verwachte duur van de stap in dagen (null: de stap heeft er geen).' })),
  dueAt: Nullable(DateTime),
  overdue: Type.Boolean(),
  waitingFor: WaitingFor,
});

export const OverviewSchool = named('OverviewSchool', Type.Object({
  trajectoryId: Uuid,
  school: Type.Object({ id: Uuid, name: Type.String() }),
  label: Nullable(Type.String({ description: 'Wat dit traject onderscheidt van andere van de soort op die school (een klas, een thema).' })),
  version: Type.Integer({ description: 'De versie van het traject (telt op met elke gebeurtenis).' }),
  typeVersion: described(Version, 'De versie van de trajectsoort waarop het traject loopt (het houdt de versie waarmee het begon).'),
  steps: Type.Array(SchoolStep, { description: 'De huidige stap(pen): meer dan één bij parallelle sporen.' }),
  overdue: Type.Boolean({ description: 'Een van de huidige stappen is over tijd.' }),
  waitingRoles: Type.Array(RoleRef, { description: 'De rollen waarop het traject nu wacht (`waitingFor.roles` zonder de mensen).' }),
  waitingFor: WaitingNow,
  lastActivityAt: DateTime,
  daysSinceActivity: Days('Hele dagen sinds de laatste gebeurtenis.'),
  budgets: ContextSummary.properties.budgets,
  openFlags: Type.Integer({ minimum: 0, description: 'Signalen (zachte regels die niet hielden) die nog niet zijn afgehandeld.' }),
  upcoming: Type.Array(UpcomingItem, { description: 'Termijnen van stappen en timers in de komende `upcomingDays` dagen, vroegste eerst.' }),
  reminders: RemindersSent,
}, { description: 'Een traject van een school: waar het staat, hoe lang al, waar het op wacht.' }));

export const Overview = named('Overview', Type.Object({
  type: Type.Object({ id: TypeId, version: Version, title: Localized }),
  at: described(DateTime, 'Het moment van de telling.'),
  upcomingDays: Type.Integer({ minimum: 1, description: 'Hoeveel dagen vooruit `upcoming` kijkt (14).' }),
  totals: Type.Object({
    active: Type.Integer({ minimum: 0, description: 'Lopende trajecten.' }),
    overdue: Type.Integer({ minimum: 0, description: 'Lopende trajecten met een stap over tijd.' }),
    done: Type.Integer({ minimum: 0, description: 'Afgeronde trajecten.' }),
  }),
  versions: Type.Array(Type.Object({
    version: Version,
    active: Type.Integer({ minimum: 0, description: 'Lopende trajecten op deze versie.' }),
    done: Type.Integer({ minimum: 0, description: 'Afgeronde trajecten op deze versie.' }),
  }), { description: 'De versies van de soort waarop trajecten van deze scholen lopen of liepen, oudste eerst (los van `version`).' }),
  steps: Type.Array(Type.Object({
    ...StepRef.properties,
    count: Type.Integer({ minimum: 0, description: 'Trajecten in deze stap.' }),
    overdue: Type.Integer({ minimum: 0, description: 'Waarvan over tijd.' }),
    expectedDuration: Type.Optional(Type.String({ description: 'ISO 8601-duur, bijv. P6W.' })),
  }), { description: 'De stappen van de getoonde versie in definitievolgorde (een beslispunt alleen als er een traject in staat), daarna stappen die alleen een oudere versie heeft.' }),
  schools: Type.Array(OverviewSchool, { description: 'De scholen (trajecten) op naam, hoogstens `limit` vanaf `offset`.' }),
  schoolsTotal: Type.Integer({ minimum: 0, description: 'Hoeveel scholen (trajecten) er in alles zijn, ook buiten deze pagina; meer dan `offset` + het aantal in `schools`: vraag de volgende pagina.' }),
  offset: Type.Integer({ minimum: 0, description: 'Waar `schools` begint in de hele lijst.' }),
}, { description: 'Het overzicht van een trajectsoort (alle versies, of de gevraagde) over de scholen die de vrager mag zien.' }));

const MatrixStep = Type.Object({
  ...StepRef.properties,
  daysInStep: Days('Hele dagen in de stap.'),
  expectedDays: SchoolStep.properties.expectedDays,
  dueAt: Nullable(DateTime),
  overdue: Type.Boolean(),
  daysLate: Days('Hele dagen over de termijn van de stap (0: op tijd of zonder termijn).'),
});

export const MatrixCell = named('MatrixCell', Type.Object({
  trajectoryId: Uuid,
  type: Type.Object({ id: TypeId, version: described(Version, 'De versie waarop dit traject loopt.') }),
  label: OverviewSchool.properties.label,
  steps: Type.Array(MatrixStep, { description: 'De huidige stap(pen).' }),
  overdue: Type.Boolean(),
  daysLate: Days('De meeste dagen over tijd van de huidige stappen.'),
  waitingRoles: Type.Array(RoleRef, { description: 'Op wie het traject wacht (dezelfde rollen als `waitingRoles` van GET /api/overview).' }),
  lastActivityAt: DateTime,
  daysSinceActivity: Days('Hele dagen sinds de laatste gebeurtenis.'),
  openFlags: Type.Integer({ minimum: 0 }),
}, { description: 'Een lopend traject van een school: de cel van school × soort.' }));

export const OverviewAll = named('OverviewAll', Type.Object({
  at: described(DateTime, 'Het moment van de telling.'),
  types: Type.Array(Type.Object({
    id: TypeId, title: described(Localized, 'De titel van de nieuwste versie.'),
    versions: Type.Array(Version, { description: 'De versies waarop de getoonde trajecten lopen, oudste eerst.' }),
    active: Type.Integer({ minimum: 0, description: 'Lopende trajecten van de soort bij deze scholen.' }),
    overdue: Type.Integer({ minimum: 0, description: 'Waarvan over tijd.' }),
  }), { description: 'De kolommen: de soorten met lopende trajecten bij deze scholen, meeste trajecten eerst.' }),
  schools: Type.Array(Type.Object({
    school: Type.Object({ id: Uuid, name: Type.String() }),
    overdue: Type.Integer({ minimum: 0, description: 'Trajecten van de school over tijd.' }),
    daysLate: Days('De meeste dagen over tijd van de trajecten van de school.'),
    openFlags: Type.Integer({ minimum: 0, description: 'Open signalen van alle trajecten van de school.' }),
    trajectories: Type.Array(MatrixCell, { description: 'De lopende trajecten, in de volgorde van `types`.' }),
  }), { description: 'De rijen, meest urgent eerst: meeste dagen over tijd, dan meeste trajecten over tijd, open signalen, langst in een stap, naam.' }),
}, { description: 'Alle scholen die de vrager mag zien over alle trajectsoorten: per school en soort de huidige stap, dagen over tijd en op wie het wacht.' }));
