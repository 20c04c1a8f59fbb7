import { type Answer, answer, api, path } from './client';

/*
 * Groups (cohorts) of a trajectory type: the procesbegeleider's group pages and a member trajectory's group facts
 * (design-13: GET/POST /api/groups, GET /api/groups/:id, members, meetings with an Idempotency-Key).
 */

import type { TrajectoryView } from './trajectories';

/** A group as the list shows it (packages/server/src/schemas/groups.ts `GroupSummary`). */
export type GroupSummary = Answer<typeof api.groups.$get>[number];
/** GET /api/groups/:id: everything the group page shows. */
export type GroupView = Answer<typeof api.groups[':id']['$get']>;
export type GroupMember = GroupView['members'][number];
export type GroupMeeting = GroupView['meetings'][number];
export type MeetingKind = GroupView['meetingKinds'][number];
export type RecordedMeeting = Answer<typeof api.groups[':id']['meetings']['$post']>;
/** What recording a meeting sends. */
export type MeetingBody = Parameters<typeof api.groups[':id']['meetings']['$post']>[0]['json'];
/** One person present at a meeting, for one school: a name and one of the type's roles. */
export type Present = MeetingBody['attendance'][number]['present'][number];
/** A member trajectory's group (in its view): the shared meetings and who of this school was there. */
export type TrajectoryGroup = NonNullable<TrajectoryView['group']>;

export const listGroups = (query: { typeId?: string; year?: string }) =>
  answer(api.groups.$get({ query: Object.fromEntries(Object.entries(query).filter(([, v]) => v)) }));
export const createGroup = (body: Parameters<typeof api.groups.$post>[0]['json']) => answer(api.groups.$post({ json: body }));
export const getGroup = (id: string) => answer(api.groups[':id'].$get({ param: path({ id }) }));
export const addMember = (id: string, trajectoryId: string) =>
  answer(api.groups[':id'].members.$post({ param: path({ id }), json: { trajectoryId } }));
export const removeMember = (id: string, trajectoryId: string) =>
  answer(api.groups[':id'].members[':trajectoryId'].$delete({ param: path({ id, trajectoryId }) }));
/** Records a meeting once for the group; one Idempotency-Key per click, so a retry never records it twice. */
export const recordMeeting = (id: string, body: MeetingBody, key: string) =>
  answer(api.groups[':id'].meetings.$post({ param: path({ id }), json: body }, { headers: { 'idempotency-key': key } }));

/** Where the group's diagram (the type's, with the members' step counts) is drawn. */
export const groupDiagramHref = (id: string) => `/api/groups/${encodeURIComponent(id)}/diagram.svg`;
