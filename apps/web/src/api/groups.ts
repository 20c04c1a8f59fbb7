import type { AttendanceRule, JsonObject, Localized } from '@koers/engine';
import { answer, api, path } from './client';

/*
 * Groups (cohorts) of a trajectory type: the procesbegeleider's group pages and a member trajectory's group facts
 * (design-13: GET/POST /api/groups, GET /api/groups/:id, members, meetings with an Idempotency-Key).
 */

/** One person present at a meeting, for one school: a name and one of the type's roles. */
export interface Present { name: string; role: string; roleTitle?: Localized }


/** A group as the list shows it. */
export interface GroupRow {
  id: string; typeId: string; name: string; programmeYear: string;
  memberCount: number; leads: Array<{ id: string; name: string }>;
}

export interface GroupMember {
  trajectoryId: string;
  school: { id: string; name: string };
  label: string | null;
  steps: Array<{ path: string; title: Localized; overdue?: boolean }>;
  status: string;
  openFlags: number;
}

export interface GroupMeeting {
  id: string; kind: string; title: Localized; heldOn: string; data?: JsonObject | null;
  attendance: Array<{ trajectoryId: string; present: Present[] }>;
}

export interface MeetingKind {
  kind: string; title: Localized; description?: Localized; form?: string | null; event?: string | null;
  attendance?: AttendanceRule | null;
}

/** GET /api/groups/:id: everything the group page shows. */
export interface GroupDetail {
  group: { id: string; typeId: string; name: string; programmeYear: string; createdAt?: string };
  type: { id: string; version: number; title: Localized; groupTitle: Localized };
  size: { min?: number; max?: number };
  leads: Array<{ id: string; name: string }>;
  members: GroupMember[];
  meetings: GroupMeeting[];
  kinds: MeetingKind[];
  roles: Array<{ key: string; title: Localized }>;
  eligible: Array<{ trajectoryId: string; school: { id: string; name: string }; label: string | null }>;
  capacity: { perYear: number | null; groupsThisYear: number };
  nextMeeting: { kind: string; title: Localized; date: string } | null;
}

/** A member trajectory's group facts (in its view): the shared meetings and who of this school was there. */
export interface TrajectoryGroup {
  id: string; name: string;
  meetings: Array<{ kind: string; title: Localized; heldOn: string; present: Present[] }>;
}

export interface MeetingBody {
  kind: string; heldOn: string; data?: JsonObject;
  attendance: Array<{ trajectoryId: string; present: Present[] }>;
}

// The routes are H1a's (packages/server/src/routes/groups.ts); typed by the contract until they are declared.
const groups = (api as unknown as { groups: GroupsClient }).groups;
type Call<A, R> = (args: A, init?: { headers?: Record<string, string> }) => Promise<R>;
interface GroupsClient {
  $get: Call<{ query: { typeId?: string; year?: string } }, Response>;
  $post: Call<{ json: { typeId: string; name: string; programmeYear: string; leadUserIds?: string[] } }, Response>;
  ':id': {
    $get: Call<{ param: { id: string } }, Response>;
    members: {
      $post: Call<{ param: { id: string }; json: { trajectoryId: string } }, Response>;
      ':trajectoryId': { $delete: Call<{ param: { id: string; trajectoryId: string } }, Response> };
    };
    meetings: { $post: Call<{ param: { id: string }; json: MeetingBody }, Response> };
  };
}
const typed = <T>(pending: Promise<Response>) => answer(pending as never) as Promise<T>;

export const listGroups = (query: { typeId?: string; year?: string }) =>
  typed<GroupRow[]>(groups.$get({ query: Object.fromEntries(Object.entries(query).filter(([, v]) => v)) }));
export const createGroup = (body: { typeId: string; name: string; programmeYear: string; leadUserIds?: string[] }) =>
  typed<GroupRow>(groups.$post({ json: body }));
export const getGroup = (id: string) => typed<GroupDetail>(groups[':id'].$get({ param: path({ id }) }));
export const addMember = (id: string, trajectoryId: string) =>
  typed<unknown>(groups[':id'].members.$post({ param: path({ id }), json: { trajectoryId } }));
export const removeMember = (id: string, trajectoryId: string) =>
  typed<unknown>(groups[':id'].members[':trajectoryId'].$delete({ param: path({ id, trajectoryId }) }));
/** Records a meeting once for the group; one Idempotency-Key per click, so a retry never records it twice. */
export const recordMeeting = (id: string, body: MeetingBody, key: string) =>
  typed<GroupMeeting>(groups[':id'].meetings.$post({ param: path({ id }), json: body }, { headers: { 'idempotency-key': key } }));

/** Where the group's diagram (the type's, with the members' step counts) is drawn. */
export const groupDiagramHref = (id: string) => `/api/groups/${encodeURIComponent(id)}/diagram.svg`;

/** The type a group belongs to, as the engine runs it: its roles, its `groups` block and the meeting forms. */
export interface GroupType {
  roles: Array<{ key: string; title: Localized }>;
  kinds: MeetingKind[];
  forms: Map<string, JsonObject>;
}

/** Reads the roles, meeting kinds and forms from the type's newest published version. */
export async function getGroupType(typeId: string): Promise<GroupType> {
  const bundle = await answer(api.types[':id'].$get({ param: path({ id: typeId }), query: {} })) as unknown as { definition: JsonObject; forms: JsonObject[] };
  const def = bundle.definition as { roles?: Record<string, { title: Localized }>; groups?: { meetings?: Record<string, Omit<MeetingKind, 'kind'>> } };
  return {
    roles: Object.entries(def.roles ?? {}).map(([key, role]) => ({ key, title: role.title })),
    kinds: Object.entries(def.groups?.meetings ?? {}).map(([kind, spec]) => ({ ...spec, kind })),
    forms: new Map(bundle.forms.map((form) => [String(form.id), form])),
  };
}
