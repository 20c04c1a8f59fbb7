import type { JsonObject, Localized } from '@koers/engine';
import { answer, api, path } from './client';

/*
 * Groups (cohorts) of a trajectory type: the procesbegeleider's group pages and a member trajectory's group facts
 * (design-13: GET/POST /api/groups, GET /api/groups/:id, members, meetings with an Idempotency-Key).
 */

/** One person present at a meeting, for one school: a name and one of the type's roles. */
export interface Present { name: string; role: string }
type Ref = { id: string; title: Localized };
type SchoolRef = { id: string; name: string };
type StepRef = { path: string; title: Localized };

/** A group as the list shows it. */
export interface GroupSummary {
  id: string; name: string; programmeYear: string; type: { id: string; version: number; title: Localized }; groupTitle: Localized;
  size: number; max: number | null; min: number | null;
  leads: Array<{ id: string; name: string | null }>; createdAt: string; closedAt: string | null;
}

/** A meeting kind's attendance rule ("≥ 2 incl. schoolleider"), with the rule in words. */
export interface AttendanceRuleView { min: number | null; roles: Ref[]; severity: 'warning' | 'error'; message: Localized | null; text: Localized }

export interface MeetingKind {
  kind: string; title: Localized; description: Localized | null;
  form: { id: string; title: Localized; description?: Localized; schema: JsonObject; uischema?: JsonObject; i18n?: JsonObject } | null;
  attendance: AttendanceRuleView | null;
}

export interface GroupMeeting {
  id: string; kind: string; title: Localized; heldOn: string; data: JsonObject | null; recordedAt: string;
  recordedBy: { id: string; name: string | null } | null;
  attendance: Array<{ trajectoryId: string; school: SchoolRef; present: Present[]; complete: boolean; message: Localized | null }>;
}

export interface GroupMember {
  trajectoryId: string; school: SchoolRef; label: string | null; status: 'active' | 'done'; steps: StepRef[]; openFlags: number; joinedAt: string;
}

/** GET /api/groups/:id: everything the group page shows. */
export interface GroupView extends GroupSummary {
  members: GroupMember[];
  meetingKinds: MeetingKind[];
  meetings: GroupMeeting[];
  eligible: Array<{ trajectoryId: string; school: SchoolRef; label: string | null; steps: StepRef[] }>;
  capacity: { perYear: number | null; groupsThisYear: number; full: boolean; fullMessage: Localized | null };
  nextMeeting: { kind: string; title: Localized; date: string } | null;
  canManage: boolean;
}

/** A member trajectory's group (in its view): the shared meetings and who of this school was there. */
export interface TrajectoryGroup {
  id: string; name: string; title: Localized; programmeYear: string;
  meetings: Array<{ kind: string; title: Localized; heldOn: string; present: Present[]; complete: boolean; message: Localized | null }>;
}

export interface MeetingBody {
  kind: string; heldOn: string; data?: JsonObject;
  attendance: Array<{ trajectoryId: string; present: Present[] }>;
}

export interface RecordedMeeting {
  meeting: GroupMeeting; replayed: boolean;
  sent: Array<{ trajectoryId: string; seq: number }>;
  flagged: Array<{ trajectoryId: string; school: SchoolRef; message: Localized }>;
}

// The routes are H1a's (packages/server/src/routes/groups.ts); typed by their schemas until they are declared here.
const groups = (api as unknown as { groups: GroupsClient }).groups;
type Call<A> = (args: A, init?: { headers?: Record<string, string> }) => Promise<Response>;
interface GroupsClient {
  $get: Call<{ query: { typeId?: string; year?: string } }>;
  $post: Call<{ json: { typeId: string; name: string; programmeYear: string; leadUserIds?: string[] } }>;
  ':id': {
    $get: Call<{ param: { id: string } }>;
    members: {
      $post: Call<{ param: { id: string }; json: { trajectoryId: string } }>;
      ':trajectoryId': { $delete: Call<{ param: { id: string; trajectoryId: string } }> };
    };
    meetings: { $post: Call<{ param: { id: string }; json: MeetingBody }> };
  };
}
const typed = <T>(pending: Promise<Response>) => answer(pending as never) as Promise<T>;

export const listGroups = (query: { typeId?: string; year?: string }) =>
  typed<GroupSummary[]>(groups.$get({ query: Object.fromEntries(Object.entries(query).filter(([, v]) => v)) }));
export const createGroup = (body: { typeId: string; name: string; programmeYear: string; leadUserIds?: string[] }) =>
  typed<GroupSummary>(groups.$post({ json: body }));
export const getGroup = (id: string) => typed<GroupView>(groups[':id'].$get({ param: path({ id }) }));
export const addMember = (id: string, trajectoryId: string) =>
  typed<unknown>(groups[':id'].members.$post({ param: path({ id }), json: { trajectoryId } }));
export const removeMember = (id: string, trajectoryId: string) =>
  typed<unknown>(groups[':id'].members[':trajectoryId'].$delete({ param: path({ id, trajectoryId }) }));
/** Records a meeting once for the group; one Idempotency-Key per click, so a retry never records it twice. */
export const recordMeeting = (id: string, body: MeetingBody, key: string) =>
  typed<RecordedMeeting>(groups[':id'].meetings.$post({ param: path({ id }), json: body }, { headers: { 'idempotency-key': key } }));

/** Where the group's diagram (the type's, with the members' step counts) is drawn. */
export const groupDiagramHref = (id: string) => `/api/groups/${encodeURIComponent(id)}/diagram.svg`;
