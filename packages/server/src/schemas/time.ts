import { Type } from '@sinclair/typebox';
import { DateTime, Localized, Nullable, described, named } from '../http/schema';
import { RoleRef, StepRef } from './common';

/** Time as the coach and the school see it (issue 12): due dates and timers in words, on the school calendar. */

/** A moment with its words: computed in Europe/Amsterdam by the server, whatever the reader's zone. */
const MOMENT = {
  dueAt: DateTime,
  date: described(Localized, 'De datum in woorden: "14 april 2027".'),
  words: described(Localized, 'Hoe ver weg, met de datum: "over 5 dagen (ma 14 december)"; een termijn op de schoolkalender in haar eigen woorden: "voor de herfstvakantie (za 17 oktober 2026)".'),
};

export const TimerAhead = named('TimerAhead', Type.Object({
  event: Type.String({ description: 'De gebeurtenis die het systeem dan stuurt.' }),
  label: Localized,
  step: StepRef,
  ...MOMENT,
  to: Type.Array(StepRef, { description: 'Waar de gebeurtenis naartoe leidt (leeg: het traject blijft in de stap).' }),
}, { description: 'Een timer die nog gaat afgaan: een rij van de planner.' }));

export const TrajectoryTime = named('TrajectoryTime', Type.Object({
  region: Type.Union([Type.Literal('noord'), Type.Literal('midden'), Type.Literal('zuid')], { description: 'De vakantieregio van de school.' }),
  regionAssumed: Type.Boolean({ description: 'De school heeft geen regio ingesteld: Koers rekent dan met regio midden.' }),
  next: Nullable(Type.Object({
    ...MOMENT,
    overdue: Type.Boolean(),
    steps: Type.Array(StepRef, { description: 'De huidige stap(pen) met deze termijn.' }),
  }, { description: '"Volgende termijn": de vroegste termijn van de huidige stappen (null: geen).' })),
  timers: Type.Array(TimerAhead, { description: 'De timers die nog afgaan, vroegste eerst.' }),
}, { description: 'Termijnen en timers van het traject op de schoolkalender.' }));

export const UpcomingItem = named('UpcomingItem', Type.Object({
  kind: Type.Union([Type.Literal('due'), Type.Literal('timer')], { description: '`due`: een stap moet dan klaar zijn; `timer`: een timer gaat af.' }),
  label: described(Localized, 'De titel van de stap, of het label van de timer.'),
  step: StepRef,
  ...MOMENT,
  event: Type.Optional(Type.String()),
  to: Type.Optional(Type.Array(StepRef)),
}, { description: 'Een termijn of timer in de komende dagen.' }));

export const RemindersSent = named('RemindersSent', Type.Object({
  reminders: Type.Integer({ minimum: 0, description: 'Herinneringen over dit traject die minstens één persoon bereikten.' }),
  escalations: Type.Integer({ minimum: 0, description: 'Escalaties die minstens één persoon bereikten.' }),
  lastAt: Nullable(DateTime),
  undelivered: Type.Integer({ minimum: 0, description: 'Herinneringen en escalaties die afgingen maar niemand bereikten: niemand had de rol.' }),
  undeliveredRoles: Type.Array(RoleRef, { description: 'De rollen waarvoor die onbezorgde herinneringen waren.' }),
}, { description: 'Wat de planner aan herinneringen verstuurde en bij iemand aankwam (zodra de bezorging ze verwerkte).' }));
