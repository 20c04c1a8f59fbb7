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
  steps: Type.Array(Type.Object({
    ...StepRef.properties,
    count: Type.Integer({ minimum: 0, description: 'Trajecten in deze stap.' }),
    overdue: Type.Integer({ minimum: 0, description: 'Waarvan over tijd.' }),
    expectedDuration: Type.Optional(Type.String({ description: 'ISO 8601-duur, bijv. P6W.' })),
  }), { description: 'De stappen in definitievolgorde (een beslispunt alleen als er een traject in staat).' }),
  schools: Type.Array(OverviewSchool),
}, { description: 'Het overzicht van een trajectsoortversie over de scholen die de vrager mag zien.' }));
