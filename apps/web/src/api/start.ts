import { type Answer, answer, api, path } from './client';

/** What the signed-in person may start at a school (GET /api/schools/:id/start-options). */
export type StartOptions = Answer<typeof api.schools[':id']['start-options']['$get']>;
/** One type they may start there, with its room ("vol = vol"); `capacity` null: no limit. */
export type StartOption = StartOptions['options'][number];
/** The trajectory a start made. */
export type StartedTrajectory = Answer<typeof api.trajectories['$post']>;

export const getStartOptions = (schoolId: string) => answer(api.schools[':id']['start-options'].$get({ param: path({ id: schoolId }) }));

/** Starts a trajectory of this version of a type at a school; the server decides again who may and whether it is full. */
export const startTrajectory = (body: { typeId: string; version: number; schoolId: string; label?: string }) => answer(api.trajectories.$post({ json: body }));

/** Starts a trajectory of the newest version of a group type (`subject` group) for a group. */
export const startGroupTrajectory = (body: { typeId: string; groupId: string; label?: string }) => answer(api.trajectories.$post({ json: body }));
