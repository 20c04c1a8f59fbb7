import { Type } from '@sinclair/typebox';
import { AnyObject, DateTime, Localized, Nullable, Uuid, described, named } from '../http/schema';

/**
 * Flags (issue 13): a soft rule that did not hold for a trajectory. Raised with an event (a transition's warning,
 * a form rule with severity warning) or by a group meeting's attendance; a coach acknowledges it.
 */
export const FlagView = named('Flag', Type.Object({
  id: Uuid,
  source: Type.Union([Type.Literal('guard'), Type.Literal('form-rule'), Type.Literal('attendance')], {
    description: '`guard`: een waarschuwing van een overgang; `form-rule`: een formulierregel met ernst "warning"; `attendance`: de aanwezigheidsregel van een groepsbijeenkomst.',
  }),
  code: Type.String({ description: 'De id van de regel, of het type van de guard.' }),
  message: Localized,
  detail: Nullable(AnyObject),
  seq: Nullable(Type.Integer({ description: 'De gebeurtenis die het signaal gaf (null: geen gebeurtenis, zoals een groepsbijeenkomst).' })),
  eventLabel: Type.Optional(described(Localized, 'In GET /api/trajectories/:id: de naam van die gebeurtenis, ook als ze niet meer in de eerste pagina van de geschiedenis staat.')),
  raisedAt: DateTime,
  acknowledgedAt: Nullable(DateTime),
  acknowledgedBy: Nullable(Type.Object({ name: Nullable(Type.String()) })),
  note: Nullable(Type.String({ description: 'De notitie bij het afhandelen.' })),
}, { description: 'Een signaal: een zachte regel die niet hield. De gebeurtenis is vastgelegd; een coach handelt het af.' }));

export const AcknowledgeBody = Type.Object({
  note: Type.Optional(Type.String({ maxLength: 2000, description: 'Wat de coach ermee deed (optioneel).' })),
}, { additionalProperties: false });

/** A flag as the engine raised it with this event (before it was stored): what the answer to a send shows. */
export const RaisedFlagView = Type.Object({
  source: Type.Union([Type.Literal('guard'), Type.Literal('form-rule')]), code: Type.String(), message: Localized,
  detail: Type.Optional(AnyObject),
});
