import { Type } from '@sinclair/typebox';
import { DateTime, Localized, Nullable, Uuid, named } from '../http/schema';
import { Person, StepRef } from './common';

/** A school's audit log: trajectory events and audit-log entries about the school, newest first. */

export const SchoolAuditEvent = named('SchoolAuditEvent', Type.Object({
  kind: Type.Literal('event'),
  at: DateTime,
  trajectory: Type.Object({ id: Uuid, type: Type.Object({ id: Type.String(), version: Type.Integer(), title: Localized }) }),
  seq: Type.Integer({ description: 'Volgnummer van de gebeurtenis in het traject.' }),
  type: Type.String(),
  label: Localized,
  actor: Nullable(Person),
  roles: Type.Array(Type.String(), { description: 'De rollen waarmee het gebeurde.' }),
  from: Type.Array(StepRef), to: Type.Array(StepRef),
}, { description: 'Een gebeurtenis van een traject van de school (de formuliergegevens staan in /api/trajectories/{id}/events).' }));

export const SchoolAuditNote = named('SchoolAuditNote', Type.Object({
  kind: Type.Literal('audit'),
  at: DateTime,
  id: Type.Integer(),
  action: Type.String({ examples: ['membership.add', 'invitation.create', 'trajectory.notify'] }),
  trajectoryId: Nullable(Uuid),
  actor: Nullable(Person),
  detail: Type.Unknown({ description: 'Wat er precies gebeurde (per actie anders).' }),
}, { description: 'Een regel uit het auditlog over de school: rollen, uitnodigingen, meldingen.' }));

export const SchoolAuditEntry = named('SchoolAuditEntry', Type.Union([SchoolAuditEvent, SchoolAuditNote]));

export const SchoolAuditPage = named('SchoolAuditPage', Type.Object({
  school: Type.Object({ id: Uuid, name: Type.String() }),
  entries: Type.Array(SchoolAuditEntry, { description: 'Nieuwste eerst.' }),
  nextCursor: Nullable(Type.String({ description: 'Voor de volgende pagina: ?before=<nextCursor>; null op de laatste pagina.' })),
}));
