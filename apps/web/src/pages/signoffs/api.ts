import { type Answer, answer, api, path } from '../../api/client';
import type { TrajectoryView } from '../../api/trajectories';

/** The sign-off routes (packages/server/src/routes/signoffs.ts), typed by their declarations. */
export type SignoffEntry = TrajectoryView['signoffs']['list'][number];
export type AskedSignoff = TrajectoryView['signoffs']['asked'][number];
export type CreatedSignoff = Answer<typeof api.trajectories[':id']['signoffs']['$post']>;
export type PublicSignoff = Answer<typeof api.signoffs[':token']['$get']>;

export const requestSignoff = (id: string, json: { key: string; name: string; role: string; email?: string }) =>
  answer(api.trajectories[':id'].signoffs.$post({ param: path({ id }), json }));
export const recordPaperSignoff = (id: string, json: { key: string; name: string; role: string; signedOn: string }) =>
  answer(api.trajectories[':id'].signoffs.paper.$post({ param: path({ id }), json }));
export const revokeSignoff = (id: string, signoffId: string) =>
  answer(api.trajectories[':id'].signoffs[':signoffId'].revoke.$post({ param: path({ id, signoffId }) }));
export const lookUpSignoff = (token: string) => answer(api.signoffs[':token'].$get({ param: path({ token }) }));
export const signSignoff = (token: string, name: string) => answer(api.signoffs[':token'].$post({ param: path({ token }), json: { name } }));
