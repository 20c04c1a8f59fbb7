import { Hono } from 'hono';
import { Type } from '@sinclair/typebox';
import type { AuthEnv } from '../auth/options';
import { SECRET_PATTERN, sha256 } from '../auth/secrets';
import { NotFound } from '../errors';
import { type Param, p } from '../http/params';
import { route } from '../http/route';
import { CreatedSignoff, PaperSignoffBody, PublicSignoff, SignBody, SignoffEntry, SignoffRequestBody, Signed } from '../schemas/signoffs';
import { type SignoffDeps, listSignoffs, recordPaperSignoff, requestSignoff, revokeSignoff } from '../signoffs/service';
import { lookUpSignoff, signByLink } from '../signoffs/public';

const tag = 'signoffs';
const id = { id: p.id('Traject-id.') };
const WHO = 'Zien: wie het traject ziet. Aanvragen, op papier vastleggen en intrekken: wie een rol uit `requestRoles` van de ondertekening heeft (ook beheerders alleen via zo\'n rol). Een traject dat u niet mag zien: 404.';
const UNKNOWN = { nl: 'Deze link bestaat niet. Controleer of u de hele link heeft overgenomen.', en: 'This link does not exist. Check that you copied the whole link.' };

/** The link's token is a secret: read as its SHA-256 straight away; a malformed one is simply not found. */
const tokenParam: Param<string, true> = {
  schema: Type.String({ pattern: SECRET_PATTERN.source }),
  description: 'Het geheime token uit de link /#/tekenen/{token} (43 tekens).',
  required: true,
  parse: (raw) => {
    if (raw === undefined || !SECRET_PATTERN.test(raw)) throw new NotFound(UNKNOWN, '/token', { reason: 'unknown' });
    return sha256(raw);
  },
};

const list = route({
  tag, summary: 'Ondertekeningen van een traject / sign-offs of a trajectory', access: 'signed-in', who: WHO, params: id, errors: [404],
  responses: { 200: { description: 'Oudste eerst, met status.', schema: Type.Array(SignoffEntry) } },
});
const request = route({
  tag, summary: 'Ondertekening aanvragen met een eenmalige link / request a sign-off by a one-time link', access: 'signed-in', who: WHO,
  description: 'Alleen voor een sleutel uit meta.signoff van een huidige stap (anders 422 op /key). Het token staat alleen in dit antwoord; de link werkt 14 dagen en één keer. Met `email` gaat de link ook per mail.',
  params: id, body: SignoffRequestBody, errors: [403, 404],
  responses: { 201: { description: 'De aanvraag, het token en de link.', schema: CreatedSignoff } },
});
const paper = route({
  tag, summary: 'Op papier getekend vastleggen / record a paper sign-off', access: 'signed-in', who: WHO,
  description: 'Een medewerker legt vast dat iemand op papier heeft getekend, met de datum op het papier (niet in de toekomst: 422 op /signedOn).',
  params: id, body: PaperSignoffBody, errors: [403, 404],
  responses: { 201: { description: 'De vastgelegde ondertekening.', schema: SignoffEntry } },
});
const revoke = route({
  tag, summary: 'Ondertekening intrekken / revoke a sign-off', access: 'signed-in', who: WHO,
  description: 'Een ongebruikte link werkt daarna niet meer; een handtekening telt niet meer mee voor `signedOff`.',
  params: { ...id, signoffId: p.id('Ondertekening-id.') }, errors: [403, 404],
  responses: { 200: { description: 'De ingetrokken ondertekening.', schema: SignoffEntry } },
});
const look = route({
  tag, summary: 'Wat u tekent (zonder account) / what you sign (no account)', access: 'public',
  description: 'Soort, school, stap en de tekst van de ondertekening; geen antwoorden uit formulieren. Onbekend, al gebruikt, verlopen of ingetrokken: 404 met een melding die zegt welke (`details.reason`).',
  params: { token: tokenParam }, errors: [404],
  responses: { 200: { description: 'Wat er getekend wordt.', schema: PublicSignoff } },
});
const sign = route({
  tag, summary: 'Tekenen (zonder account) / sign (no account)', access: 'public',
  description: 'Tekent met de getypte naam; de link werkt daarna niet meer. Al gebruikt, verlopen of ingetrokken: 404 met de reden.',
  params: { token: tokenParam }, body: SignBody, errors: [404],
  responses: { 201: { description: 'Getekend.', schema: Signed } },
});

/** Sign-offs of a trajectory, mounted at /api/trajectories: list, request a link, record on paper, revoke. */
export function trajectorySignoffRoutes(deps: SignoffDeps) {
  return new Hono<AuthEnv>()
    .get('/:id/signoffs', list.check, async (c) => list.json(c, 200, await listSignoffs(deps, c.var.viewer, c.req.valid('param').id)))
    .post('/:id/signoffs', request.check, async (c) =>
      request.json(c, 201, await requestSignoff(deps, c.var.viewer, c.req.valid('param').id, c.req.valid('json'), new URL(c.req.url).origin)))
    .post('/:id/signoffs/paper', paper.check, async (c) =>
      paper.json(c, 201, await recordPaperSignoff(deps, c.var.viewer, c.req.valid('param').id, c.req.valid('json'))))
    .post('/:id/signoffs/:signoffId/revoke', revoke.check, async (c) => {
      const { id: trajectoryId, signoffId } = c.req.valid('param');
      return revoke.json(c, 200, await revokeSignoff(deps, c.var.viewer, trajectoryId, signoffId));
    });
}

/** The signer's side, without an account, mounted at /api/signoffs: look at what to sign, and sign once. */
export function publicSignoffRoutes(deps: SignoffDeps) {
  return new Hono<AuthEnv>()
    .get('/:token', look.check, async (c) => look.json(c, 200, await lookUpSignoff(deps, c.req.valid('param').token)))
    .post('/:token', sign.check, async (c) => sign.json(c, 201, await signByLink(deps, c.req.valid('param').token, c.req.valid('json').name)));
}
