import { type JsonObject, localDate, schoolYearOf } from '@koers/engine';
import { type Viewer, addMember, createGroup, recordMeeting } from '@koers/server';
import { DEMO_PEOPLE } from './people';
import { type Stage, playEvents } from './play';
import type { ScriptEvent } from './scripts';

/** One moment of a demo group's timeline, `days` before the seed's "now". */
export type GroupMoment =
  | { days: number; form: true }
  | { days: number; join: string }
  | { days: number; school: string; events: readonly ScriptEvent[] }
  /** A shared meeting; `present` per school key: the demo people there (by role at that school). */
  | { days: number; meeting: string; data: JsonObject; present: Record<string, readonly string[]> };

const ALL = ['baken', 'horizon', 'meander', 'rietland', 'duinzicht'] as const;
const both = ['schoolleider', 'werkgroep'];
const everyone = Object.fromEntries(ALL.map((s) => [s, both]));

/**
 * The demo's one schoolontwikkelingsgroep: five Voortgezet Leren schools formed into "Formatief werken Oost" by the
 * procesbegeleider, preparing each on their own, then the shared startdag and group meetings recorded once for the
 * group. At the first groepsbijeenkomst Rietland Lyceum sent one person (no schoolleider): the meeting is recorded
 * and Rietland's trajectory carries the attendance warning.
 */
export const DEMO_GROUP = {
  key: 'formatief-oost',
  type: 'voortgezet-leren',
  name: 'Formatief werken Oost',
  lead: 'procesbegeleider@koers.example',
  timeline: [
    { days: 400, form: true },
    ...ALL.map((join, i) => ({ days: 398 - i, join })),
    ...ALL.map((school) => ({ days: 360, school, events: [{ days: 360, event: 'KENNISMAKING_VASTLEGGEN' }] })),
    ...ALL.map((school) => ({ days: 320, school, events: [{ days: 320, event: 'PLAN_VASTSTELLEN', by: school === 'baken' ? 'werkgroep' : 'schoolleider' }] })),
    { days: 280, meeting: 'startdag', data: { inzichten: 'Verandering kost tijd; investeer eerst in draagvlak en een gedeelde taal.', kennismaking: 'Elke school stelde haar ontwikkelvraag voor.', volgendeBijeenkomst: '' }, present: everyone },
    { days: 250, meeting: 'groepsbijeenkomst', data: { onderwerp: 'Feedback die leerlingen verder helpt', uitwisseling: 'Exit tickets en een kijkwijzer gedeeld.' }, present: { ...everyone, rietland: ['werkgroep'] } },
    {
      days: 200, school: 'baken', events: [
        { days: 200, event: 'BESTUURDERSGESPREK_VASTLEGGEN', by: 'bestuurder' },
        { days: 170, event: 'VOORTGANGSGESPREK_VASTLEGGEN' },
        { days: 150, event: 'ONDERSTEUNING_AANVRAGEN', by: 'werkgroep' },
        { days: 140, event: 'ONDERSTEUNING_OPVOLGEN', by: 'procesbegeleider' },
        { days: 100, event: 'TUSSENEVALUATIE_VASTLEGGEN', by: 'schoolleider', pick: { planBijstellen: false } },
      ],
    },
    { days: 95, meeting: 'groepsbijeenkomst', data: { onderwerp: 'Leerdoelen zichtbaar maken', vervolgafspraken: 'Lesbezoek bij Meander College.' }, present: everyone },
    { days: 60, meeting: 'inspiratiebijeenkomst', data: { thema: 'Formatief evalueren, met een lerarenopleider' }, present: { baken: ['schoolleider'], meander: ['werkgroep'] } },
  ] as readonly GroupMoment[],
};

/** The programme year a moment falls in (the engine's school year): `2025-2026`. */
const programmeYear = (date: Date): string => schoolYearOf(date.toISOString())!;

/**
 * Plays the demo group's timeline through the services the API uses (forming, placing, recording meetings, and the
 * schools' own events), with the clock set back to each moment; `trajectories` are the group's scripted trajectories
 * by school. The member events (placed, startdag, meetings) are sent by the system as in production.
 */
export async function playGroup(stage: Stage, trajectories: ReadonlyMap<string, string>): Promise<string> {
  const lead = stage.viewers.find((v) => v.email === DEMO_GROUP.lead);
  if (!lead) throw new Error(`demo: ${DEMO_GROUP.lead} is missing`);
  const id = (school: string) => {
    const trajectory = trajectories.get(school);
    if (!trajectory) throw new Error(`demo: no ${DEMO_GROUP.type} trajectory at ${school}`);
    return trajectory;
  };
  let groupId = '';
  for (const moment of DEMO_GROUP.timeline) {
    stage.clock.daysAgo(moment.days);
    if ('form' in moment) {
      groupId = (await createGroup(stage.deps, lead, { typeId: DEMO_GROUP.type, name: DEMO_GROUP.name, programmeYear: programmeYear(stage.clock.now()) })).id;
    } else if ('join' in moment) {
      await addMember(stage.deps, lead, groupId, id(moment.join));
    } else if ('events' in moment) {
      await playEvents(stage, DEMO_GROUP.type, moment.school, id(moment.school), moment.events);
    } else {
      await recordMeeting(stage.deps, lead, groupId, {
        kind: moment.meeting, heldOn: localDate(stage.clock.now().toISOString()), data: withoutEmpty(moment.data),
        attendance: Object.entries(moment.present).map(([school, roles]) => ({ trajectoryId: id(school), present: roles.map((role) => person(stage, school, role)) })),
      });
    }
  }
  return groupId;
}

/** A demo person of a school in a role, as a meeting's attendance names them. */
function person(stage: Stage, school: string, role: string): { name: string; role: string } {
  const org = stage.schools.get(school)!;
  const viewer: Viewer | undefined = stage.viewers.find((v) => v.memberships.some((m) => m.organisationId === org.id && m.role === role && m.trajectoryId === null));
  const name = DEMO_PEOPLE.find((p) => p.email === viewer?.email)?.name;
  if (!name) throw new Error(`demo: nobody is ${role} at ${school}`);
  return { name, role };
}

const withoutEmpty = (data: JsonObject): JsonObject => Object.fromEntries(Object.entries(data).filter(([, v]) => v !== ''));
