import { Type } from '@sinclair/typebox';
import { AnyObject, DateTime, Localized, Nullable, TypeId, Uuid, described, named } from '../http/schema';
import { Person, RoleRef, StepRef } from './common';

/**
 * The group routes' contract (issue 13): groups (cohorts) of schools declared by a type's `groups`, their members,
 * and their shared meetings recorded once with attendance per school. Declared once here: the routes validate with
 * it, the OpenAPI document shows it, the web's typed client reads it.
 */

/** A programme year: `2026-2027`. */
export const ProgrammeYear = Type.String({ pattern: '^[0-9]{4}-[0-9]{4}$', description: 'Programmajaar, bijv. 2026-2027 / programme year.' });
const IsoDate = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description: 'Datum JJJJ-MM-DD.' });

export const CreateGroupBody = Type.Object({
  typeId: TypeId,
  name: Type.String({ minLength: 1, maxLength: 120, description: 'Naam van de groep, bijv. "Groep Noord 1".' }),
  programmeYear: ProgrammeYear,
  leadUserIds: Type.Optional(Type.Array(Uuid, { maxItems: 10, uniqueItems: true, description: 'Wie de groep begeleiden; zonder: de maker (als die geen beheerder is).' })),
}, { additionalProperties: false });

export const AddMemberBody = Type.Object({ trajectoryId: Uuid }, { additionalProperties: false });

export const PresentPerson = named('PresentPerson', Type.Object({
  name: Type.String({ minLength: 1, maxLength: 120 }),
  role: Type.String({ minLength: 1, maxLength: 40, description: 'Een rol van de trajectsoort (bijv. schoolleider).' }),
}, { additionalProperties: false }));

export const RecordMeetingBody = Type.Object({
  kind: Type.String({ minLength: 1, maxLength: 64, description: 'Soort bijeenkomst: een sleutel van groups.meetings van de soort.' }),
  heldOn: IsoDate,
  data: Type.Optional(described(AnyObject, 'De antwoorden van het formulier van deze soort bijeenkomst (verslag, volgende datum).')),
  attendance: Type.Array(Type.Object({
    trajectoryId: Uuid,
    present: Type.Array(PresentPerson, { maxItems: 50 }),
  }, { additionalProperties: false }), { maxItems: 100, description: 'Per school wie er was; een lid dat hier niet staat, was er niet.' }),
}, { additionalProperties: false });

const TypeRef = Type.Object({ id: Type.String(), version: Type.Integer(), title: Localized });
const SchoolRef = Type.Object({ id: Uuid, name: Type.String() });

/** The attendance rule of a meeting kind, as the group page shows it. */
export const AttendanceRuleView = named('AttendanceRuleView', Type.Object({
  min: Nullable(Type.Integer()), roles: Type.Array(RoleRef),
  severity: Type.Union([Type.Literal('warning'), Type.Literal('error')]),
  message: Nullable(Localized),
  text: described(Localized, 'De regel in woorden: "minstens 2 vertegenwoordigers, onder wie de schoolleider".'),
}));

export const MeetingKind = named('MeetingKind', Type.Object({
  kind: Type.String(), title: Localized, description: Nullable(Localized),
  form: Nullable(Type.Object({ id: Type.String(), title: Localized, description: Type.Optional(Localized), schema: AnyObject, uischema: Type.Optional(AnyObject), i18n: Type.Optional(AnyObject) })),
  attendance: Nullable(AttendanceRuleView),
}));

/** A group in a list. */
export const GroupSummary = named('GroupSummary', Type.Object({
  id: Uuid, name: Type.String(), programmeYear: Type.String(), type: TypeRef, groupTitle: Localized,
  size: Type.Integer({ description: 'Aantal leden (scholen) nu.' }), max: Nullable(Type.Integer()), min: Nullable(Type.Integer()),
  leads: Type.Array(Person), createdAt: DateTime, closedAt: Nullable(DateTime),
}));

export const GroupAttendance = named('GroupAttendance', Type.Object({
  trajectoryId: Uuid, school: SchoolRef, present: Type.Array(PresentPerson),
  complete: described(Type.Boolean(), 'Of de aanwezigheidsregel van deze soort bijeenkomst hield voor deze school.'),
  message: Nullable(described(Localized, 'Waarom niet (alleen als complete false is).')),
}));

export const GroupMeetingView = named('GroupMeetingView', Type.Object({
  id: Uuid, kind: Type.String(), title: Localized, heldOn: Type.String(), data: Nullable(AnyObject),
  recordedAt: DateTime, recordedBy: Nullable(Person), attendance: Type.Array(GroupAttendance),
}));

export const GroupMemberView = named('GroupMemberView', Type.Object({
  trajectoryId: Uuid, school: SchoolRef, label: Nullable(Type.String()),
  status: Type.Union([Type.Literal('active'), Type.Literal('done')]), steps: Type.Array(StepRef),
  openFlags: Type.Integer({ minimum: 0 }), joinedAt: DateTime,
}));

export const GroupView = named('GroupView', Type.Object({
  ...GroupSummary.properties,
  members: Type.Array(GroupMemberView),
  meetingKinds: Type.Array(MeetingKind),
  meetings: Type.Array(GroupMeetingView, { description: 'In de volgorde waarin ze zijn gehouden.' }),
  eligible: Type.Array(Type.Object({ trajectoryId: Uuid, school: SchoolRef, label: Nullable(Type.String()), steps: Type.Array(StepRef) }),
    { description: 'Trajecten van deze soort in de indelingsstap die nog in geen groep zitten.' }),
  capacity: Type.Object({
    perYear: Nullable(Type.Integer()), groupsThisYear: Type.Integer(), full: Type.Boolean({ description: 'De groep heeft zijn maximum (vol = vol).' }),
    fullMessage: Nullable(Localized),
  }),
  nextMeeting: Nullable(Type.Object({ kind: Type.String(), title: Localized, date: Type.String({ description: 'JJJJ-MM-DD of een datum-tijd.' }) },
    { description: 'De eerstvolgende bijeenkomst volgens een datumveld (meeting) in een formulier van de groep.' })),
  canManage: Type.Boolean({ description: 'De vrager mag leden indelen en bijeenkomsten vastleggen (begeleider van de groep of beheerder).' }),
  trajectories: Type.Array(Type.Object({
    id: Uuid, type: Type.Object({ id: Type.String(), version: Type.Integer(), title: Localized }), label: Nullable(Type.String()),
    status: Type.Union([Type.Literal('active'), Type.Literal('done')]), steps: Type.Array(StepRef),
  }), { description: 'De trajecten van de groep zelf (trajectsoorten met "subject": "group" en "groupOf" deze soort).' }),
  startTypes: Type.Array(Type.Object({
    id: Type.String(), title: Localized, label: Nullable(Type.Object({ title: Localized, required: Type.Boolean() })),
  }), { description: 'De gepubliceerde groepstrajectsoorten die voor deze groep gestart kunnen worden (leeg voor een gesloten groep).' }),
}));

export const RecordedMeeting = named('RecordedMeeting', Type.Object({
  meeting: GroupMeetingView,
  replayed: Type.Boolean({ description: 'true: een herhaald verzoek met dezelfde Idempotency-Key; er is niets geschreven.' }),
  sent: Type.Array(Type.Object({ trajectoryId: Uuid, seq: Type.Integer() }), { description: 'De trajecten waarnaar de gebeurtenis van de bijeenkomst is gestuurd.' }),
  flagged: Type.Array(Type.Object({ trajectoryId: Uuid, school: SchoolRef, message: Localized }), { description: 'Scholen waarvoor de aanwezigheidsregel niet hield (een signaal).' }),
}));

/** What a member trajectory's view carries about its group: this school's attendance only. */
export const TrajectoryGroup = named('TrajectoryGroup', Type.Object({
  id: Uuid, name: Type.String(), title: Localized, programmeYear: Type.String(),
  meetings: Type.Array(Type.Object({
    kind: Type.String(), title: Localized, heldOn: Type.String(), present: Type.Array(PresentPerson),
    complete: Type.Boolean(), message: Nullable(Localized),
  })),
}, { description: 'De groep waarin dit traject zit, met de bijeenkomsten en wie van deze school er was.' }));
