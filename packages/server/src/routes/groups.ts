import { Hono } from 'hono';
import { Type } from '@sinclair/typebox';
import type { AuthEnv } from '../auth/options';
import { p } from '../http/params';
import { route } from '../http/route';
import { AddMemberBody, CreateGroupBody, GroupSummary, GroupView, RecordMeetingBody, RecordedMeeting } from '../schemas/groups';
import { StepRef } from '../schemas/common';
import type { TrajectoryDeps } from '../trajectories/service';
import { createGroup, groupOverlay, listGroups, showGroup } from '../groups/service';
import { addMember, removeMember } from '../groups/members';
import { recordMeeting } from '../groups/meetings';
import { diagramResponse } from './diagram';
import { idempotencyKeyOf } from './idempotency';

const tag = 'groups';
const id = { id: p.id('Groep-id.') };
const WHO_LEADS = 'De begeleiders van de groep en beheerders; voor anderen bestaat de groep niet (404). Een school ziet haar eigen groep via haar traject.';

const list = route({
  tag, summary: 'Groepen (cohorten) / groups', access: 'signed-in',
  who: 'Beheerders zien alle groepen, anderen de groepen die zij begeleiden.',
  query: { typeId: p.typeId('Alleen deze soort.'), year: p.text('Alleen dit programmajaar (2026-2027).', { pattern: /^[0-9]{4}-[0-9]{4}$/ }) },
  responses: { 200: { description: 'Nieuwste programmajaar eerst, dan op naam.', schema: Type.Array(GroupSummary) } },
});
const create = route({
  tag, summary: 'Een groep vormen / form a group', access: 'signed-in',
  who: 'Beheerders en wie een van de begeleidende rollen (groups.leadRoles) van de soort heeft.',
  description: 'Een soort met `groups.capacity.perYear` weigert een groep boven dat aantal per programmajaar: 409 `group-capacity`. Een soort zonder `groups`: 422 bij /typeId.',
  body: CreateGroupBody, errors: [403, 404, 409],
  responses: { 201: { description: 'De nieuwe groep.', schema: GroupView } },
});
const show = route({
  tag, summary: 'Een groep / a group', access: 'signed-in', who: WHO_LEADS, params: id, errors: [404],
  description: 'Leden en waar elk staat, de bijeenkomsten met de aanwezigheid per school (en of de regel hield), de trajecten die nog ingedeeld kunnen worden, de capaciteit en de eerstvolgende bijeenkomst.',
  responses: { 200: { description: 'De groep.', schema: GroupView } },
});
const addMemberRoute = route({
  tag, summary: 'Een school in de groep plaatsen / place a school in the group', access: 'signed-in', who: WHO_LEADS, params: id,
  description: 'Het traject moet van de soort van de groep zijn en in de indelingsstap (groups.join.step) staan: anders 422. Is de groep vol (groups.size.max, "vol = vol"): 409 `group-full`; zit het traject al in een groep: 409 `already-member`. Het systeem stuurt groups.join.event naar het traject, in dezelfde transactie.',
  body: AddMemberBody, errors: [404, 409],
  responses: { 201: { description: 'Geplaatst; het traject staat nu in deze stappen.', schema: Type.Object({ trajectoryId: Type.String({ format: 'uuid' }), school: Type.Object({ id: Type.String({ format: 'uuid' }), name: Type.String() }), steps: Type.Array(StepRef) }) } },
});
const removeMemberRoute = route({
  tag, summary: 'Een school uit de groep halen / take a school out of the group', access: 'signed-in', who: WHO_LEADS,
  params: { ...id, trajectoryId: p.id('Traject-id van het lid.') }, errors: [404],
  description: 'De vastgelegde aanwezigheid blijft bij de bijeenkomsten; het traject gaat niet terug.',
  responses: { 204: { description: 'Uit de groep gehaald.' } },
});
const meeting = route({
  tag, summary: 'Een groepsbijeenkomst vastleggen / record a group meeting', access: 'signed-in', who: WHO_LEADS, params: id,
  description: 'Eén keer voor de hele groep, met per school wie er was (een lid dat niet in `attendance` staat, was er niet). Houdt de aanwezigheidsregel van de soort bijeenkomst niet voor een school: bij `warning` krijgt dat traject een signaal (flags, bron `attendance`), bij `error` wordt niets vastgelegd (422 met de school en /attendance/<i>/present). Heeft de soort een `event`, dan stuurt het systeem die naar elk lid waarvan de stap hem verwacht. Alles in één transactie. Met `Idempotency-Key` levert een herhaald verzoek de eerste bijeenkomst op (200, `replayed: true`).',
  body: RecordMeetingBody, errors: [404, 409],
  headers: [{ name: 'Idempotency-Key', description: 'Maakt het verzoek veilig te herhalen (1 tot 200 zichtbare ASCII-tekens).', maxLength: 200 }],
  responses: {
    201: { description: 'Vastgelegd.', schema: RecordedMeeting },
    200: { description: 'Herhaald verzoek: de eerdere bijeenkomst, niets geschreven.', schema: RecordedMeeting },
  },
});
const diagram = route({
  tag, summary: 'Diagram van de groep / the group\'s diagram', access: 'signed-in', who: WHO_LEADS, params: id, query: { lang: p.lang() }, errors: [404],
  description: 'Het stroomschema van de soort met per stap hoeveel scholen van de groep er nu staan.',
  responses: { 200: { description: 'Het diagram (SVG).', media: ['image/svg+xml'] } },
});

/**
 * Groups (cohorts) of schools: list, form, open, place and remove members, record shared meetings, and the
 * group's diagram. A group exists only for its leads and administrators (404 for everyone else).
 */
export function groupRoutes(deps: TrajectoryDeps) {
  return new Hono<AuthEnv>()
    .get('/', list.check, async (c) => {
      const { typeId, year } = c.req.valid('query');
      return list.json(c, 200, await listGroups(deps, c.var.viewer, { ...(typeId ? { typeId } : {}), ...(year ? { year } : {}) }));
    })
    .post('/', create.check, async (c) => create.json(c, 201, await createGroup(deps, c.var.viewer, c.req.valid('json'))))
    .get('/:id', show.check, async (c) => show.json(c, 200, await showGroup(deps, c.var.viewer, c.req.valid('param').id)))
    .post('/:id/members', addMemberRoute.check, async (c) =>
      addMemberRoute.json(c, 201, await addMember(deps, c.var.viewer, c.req.valid('param').id, c.req.valid('json').trajectoryId)))
    .delete('/:id/members/:trajectoryId', removeMemberRoute.check, async (c) => {
      const { id: groupId, trajectoryId } = c.req.valid('param');
      await removeMember(deps, c.var.viewer, groupId, trajectoryId);
      return c.body(null, 204);
    })
    .post('/:id/meetings', meeting.check, async (c) => {
      const key = idempotencyKeyOf(c.req.header('idempotency-key'));
      const { status, ...result } = await recordMeeting(deps, c.var.viewer, c.req.valid('param').id, c.req.valid('json'), key);
      return meeting.json(c, status, result);
    })
    .get('/:id/diagram.svg', diagram.check, async (c) => {
      const { def, overlay } = await groupOverlay(deps, c.var.viewer, c.req.valid('param').id);
      return diagramResponse(c, def, 'svg', { lang: c.req.valid('query').lang ?? 'nl', overlay }, false, '-groep');
    });
}
