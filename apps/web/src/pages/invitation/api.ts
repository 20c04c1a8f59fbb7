import { type Answer, ApiFailure, type Localized, answer, api, path } from '../../api/client';
import type { MeResponse } from '../../api/session';

/** What `GET /api/invitations/:token` tells the invitee. */
export type InvitationView = Answer<typeof api.invitations[':token']['$get']>;
/** The answer to creating one: the token is only ever shown here. */
export type CreatedInvitation = Answer<typeof api.invitations['$post']>;
/** An organisation this person may invite to, with the roles they may grant there (`GET /api/invitations/options`). */
export type InvitationOption = Answer<typeof api.invitations.options.$get>[number];

// The arguments are not literals: until the invitation routes declare their bodies, the client's types have no
// `json` (it sends it all the same).
export const readInvitation = (token: string) => answer(api.invitations[':token'].$get({ param: path({ token }) }));
export function acceptInvitation(token: string, body: { name?: string; password?: string }): Promise<MeResponse> {
  const args = { param: path({ token }), json: body };
  return answer(api.invitations[':token'].accept.$post(args));
}
export function createInvitation(body: { email: string; role: string; organisationId: string; trajectoryId?: string; name?: string }) {
  const args = { json: body };
  return answer(api.invitations.$post(args));
}
export const listInvitationOptions = () => answer(api.invitations.options.$get());

/** A refusal split up: messages per field (by JSON pointer, e.g. `/password`) and what belongs to no field. */
export interface Refusal {
  status: number;
  fields: Record<string, Localized>;
  general: Localized | undefined;
}

/**
 * Plainer words for a schema check on one field (`/role` + `pattern`), where the generic validator message would
 * show a regular expression; the server's own messages (not allowed, does not exist) are kept as they are.
 */
export type Plainer = Record<string, { keywords: readonly string[]; message: Localized }>;

/**
 * Puts each message of a refused request next to its field: the field errors by their path, and the error's own
 * message at its `path` when that is one of `fields`. What fits no field becomes the general message.
 */
export function refusalOf(error: unknown, fields: readonly string[], plainer: Plainer = {}): Refusal {
  if (!(error instanceof ApiFailure)) {
    const text = error instanceof Error ? error.message : String(error);
    return { status: 0, fields: {}, general: { nl: text, en: text } };
  }
  const byField: Record<string, Localized> = {};
  const unplaced: Localized[] = [];
  for (const f of error.error.fieldErrors ?? []) {
    const plain = plainer[f.path];
    if (fields.includes(f.path)) byField[f.path] ??= plain && f.keyword && plain.keywords.includes(f.keyword) ? plain.message : f.message;
    else unplaced.push(f.message);
  }
  const own = error.error.path;
  if (own !== undefined && fields.includes(own) && byField[own] === undefined) byField[own] = error.error.message;
  // A summary ("Niet alle velden zijn goed ingevuld.") above the form, unless a field already says the same.
  const repeated = Object.values(byField).some((message) => message.nl === error.error.message.nl);
  const general = unplaced[0] ?? (repeated ? undefined : error.error.message);
  return { status: error.status, fields: byField, general };
}
