import { Type } from '@sinclair/typebox';
import { DateTime, Localized, Nullable, Uuid, described, named } from '../http/schema';
import { Person, RoleRef, StepRef } from './common';

/** A school's audit log: trajectory events and audit-log entries about the school, newest first. */

export const SchoolAuditEvent = named('SchoolAuditEvent', Type.Object({
  kind: Type.Literal('event'),
  at: DateTime,
  trajectory: Type.Object({ id: Uuid, type: Type.Object({ id: Type.String(), version: Type.Integer(), title: Localized }) }),
  seq: Type.Integer({ description: 'Volgnummer van de gebeurtenis in het traject.' }),
  type: Type.String(),
  label: Localized,
  actor: Nullable(Person),
  roles: Type.Array(RoleRef, { description: 'De rollen waarmee het gebeurde, met hun naam uit de definitie.' }),
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

/** How much room a type with a capacity has ("vol = vol"). */
export const Capacity = named('Capacity', Type.Object({
  max: Type.Integer({ description: 'Hoeveel trajecten van deze soort tegelijk mogen lopen, op alle scholen samen.' }),
  active: Type.Integer({ description: 'Hoeveel er nu lopen (in alle versies; afgeronde tellen niet).' }),
  left: Type.Integer({ description: 'Hoeveel er nog bij kunnen (0: vol).' }),
  message: described(Localized, 'Wat de soort zegt als hij vol is (de weigering van de start).'),
}, { additionalProperties: false }));

/** A type the viewer may start at a school. */
export const StartOption = named('StartOption', Type.Object({
  typeId: Type.String(), version: described(Type.Integer(), 'De nieuwste versie: daarop start een nieuw traject.'),
  title: Localized, description: Localized,
  roles: Type.Array(Type.String(), { description: 'De rollen van deze soort die u op deze school heeft (leeg voor een beheerder zonder rol).' }),
  label: Type.Optional(described(Type.Object({ title: Localized, description: Type.Optional(Localized), required: Type.Optional(Type.Boolean()) }), 'Wat het label van een traject van deze soort noemt ("Klas", "Thema"); required: verplicht.')),
  capacity: Nullable(described(Capacity, 'null: de soort kent geen grens.')),
}, { additionalProperties: false }));

export const StartOptions = named('StartOptions', Type.Object({
  school: Type.Object({ id: Uuid, name: Type.String() }),
  options: Type.Array(StartOption, { description: 'Op Nederlandse titel.' }),
}));
