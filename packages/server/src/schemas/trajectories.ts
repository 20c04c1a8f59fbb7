import { type Static, Type } from '@sinclair/typebox';
import { AnyObject, DateTime, Localized, Nullable, TypeId, Uuid, Version, described, named } from '../http/schema';
import { ContextSummary, FormRef, Person, RoleRef, StepRef } from './common';
import { TrajectoryTime } from './time';
import { TrajectoryGroup } from './groups';
import { FlagView, RaisedFlagView } from './flags';
import { SignoffEntry, StepSignoff } from './signoffs';
import { WaitingNow } from './waiting';

/**
 * The trajectory routes' contract: request bodies (validated by Ajv with Dutch messages per field) and
 * answers (the types the services return and the web reads), each declared once here.
 * Unknown request fields are refused everywhere (`additionalProperties: false`).
 */

export const StartTrajectoryBody = Type.Object({
  typeId: TypeId,
  version: Type.Optional(described(Version, 'Zonder versie: de nieuwste.')),
  schoolId: Type.Optional(described(Uuid, 'De school; voor een trajectsoort met "subject": "bestuur" het bestuur (anders 422). Niet bij "subject": "group".')),
  groupId: Type.Optional(described(Uuid, 'Alleen voor een trajectsoort met "subject": "group": de groep (van de soort in "groupOf") waarvoor het traject loopt.')),
  label: Type.Optional(Type.String({ maxLength: 80, description: 'Wat dit traject onderscheidt van de andere lopende van deze soort bij dezelfde school of hetzelfde bestuur (een klas, een thema); verplicht als de soort dat zegt; gelijk aan dat van een ander: 422.' })),
}, { additionalProperties: false });

export const EventBody = Type.Object({
  type: Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z_][A-Za-z0-9_.-]*$' }),
  data: Type.Optional(described(AnyObject, 'De formuliergegevens die de gebeurtenis meestuurt.')),
  expectedVersion: described(Version, 'De versie van het traject waarop de gebruiker zich baseert.'),
  reason: Type.Optional(Type.String({ maxLength: 2000, description: 'De reden, als de gebeurtenis erom vraagt (confirm.reason); verplicht bij "required" (anders 422), niet toegestaan als er geen reden wordt gevraagd.' })),
}, { additionalProperties: false });

export const DraftBody = Type.Object({
  data: Type.Record(Type.String(), Type.Unknown(), { description: 'Het formulier zoals het nu is ingevuld (mag onvolledig zijn).' }),
  baseUpdatedAt: Type.Optional(Type.Union([DateTime, Type.Null()], {
    description: 'De updatedAt van het concept waarop deze wijziging voortbouwt (null: er was nog geen concept). Is het concept intussen door iemand anders gewijzigd, dan 409 met het huidige concept; zonder dit veld wint de laatste opslag.',
  })),
}, { additionalProperties: false });

const Status = Type.Union([Type.Literal('active'), Type.Literal('done')]);

/** An event the viewer's roles may send now. */
export const AvailableEvent = named('AvailableEvent', Type.Object({
  type: Type.String(), label: Localized, step: Type.String({ description: 'De stap die de gebeurtenis declareert.' }),
  form: Type.Optional(Type.String({ description: 'Het formulier dat de gebeurtenis meestuurt.' })),
  requiredFields: Type.Array(Type.String()),
  blocked: Type.Optional(described(Localized, 'Waarom het nu niet kan (een voorwaarde van de soort houdt niet): de knop staat uit met deze reden.')),
  expected: Type.Boolean({ description: 'De stap wacht hierop: de gebeurtenis kan het traject verder brengen ("Van u verwacht"); false voor een bijkomende handeling (uren, een notitie).' }),
  confirm: Type.Optional(Type.Object({
    text: Type.Optional(described(Localized, 'Wat de persoon bevestigt, in de woorden van de soort (meta.events.<E>.confirm).')),
    consequences: Type.Array(Localized, { description: 'Wat er gebeurt: een budget dat omhoog gaat, de volgende stap, het einde van het traject.' }),
    reason: Type.Optional(Type.Union([Type.Literal('required'), Type.Literal('optional')], { description: 'Vraagt om een reden (stuur die mee als reason).' })),
  }, { description: 'Vraag eerst om bevestiging voordat deze gebeurtenis wordt verstuurd.' })),
}));

/** A trajectory in a list: where it is, when it is due, and what the viewer may do now. */
const SUMMARY = {
  id: Uuid,
  type: Type.Object({ id: Type.String(), version: Type.Integer(), title: Localized }),
  school: Type.Object({ id: Uuid, name: Type.String() }, { description: 'De school, of bij een bestuurstraject (subject bestuur) het bestuur, bij een groepstraject (subject group) de groep.' }),
  subject: Type.Union([Type.Literal('school'), Type.Literal('bestuur'), Type.Literal('group')], { description: 'Bij wie het traject hoort.' }),
  label: Nullable(Type.String({ description: 'Wat het onderscheidt van andere trajecten van deze soort daar (een klas, een thema).' })),
  status: Status,
  version: Type.Integer({ description: 'Telt op met elke gebeurtenis; stuur hem mee als expectedVersion.' }),
  dueAt: Nullable(DateTime), overdue: Type.Boolean(),
  lastActivityAt: DateTime, createdAt: DateTime,
  events: Type.Array(AvailableEvent, { description: 'De gebeurtenissen die de rollen van de vrager nu mogen sturen.' }),
};
export const TrajectoryListEntry = named('TrajectoryListEntry', Type.Object({
  ...SUMMARY, steps: Type.Array(StepRef), waitingFor: WaitingNow,
  drafts: Type.Array(FormRef, { description: 'Formulieren van de huidige stap met een concept dat de vrager kan afmaken ("concept klaar").' }),
}));

/** Who may read a restricted form (the type's `formAccess`); absent when everyone who sees the trajectory may. */
export const FormAccess = named('FormAccess', Type.Object({
  read: Type.Array(RoleRef, { description: 'De rollen die het formulier mogen lezen.' }),
  fields: Type.Array(Type.Object({ pointer: Type.String(), title: Localized, read: Type.Array(RoleRef) }), {
    description: 'Velden die nog minder rollen mogen lezen; wie ze niet mag lezen krijgt de antwoorden zonder die velden.',
  }),
}));

/** A form as the page renders it. */
const FormShape = {
  id: Type.String(), title: Localized, description: Type.Optional(Localized),
  schema: AnyObject, uischema: Type.Optional(AnyObject), i18n: Type.Optional(AnyObject),
  access: Type.Optional(FormAccess),
  rules: Type.Optional(Type.Array(AnyObject, { description: 'De controles over velden heen (docs/definition-format.md §6): de pagina toont ze tijdens het invullen, de server controleert ze bij insturen.' })),
};

const ProgressStep = named('ProgressStep', Type.Recursive((Self) => Type.Object({
  path: Type.String(), title: Localized,
  status: Type.Union([Type.Literal('done'), Type.Literal('current'), Type.Literal('coming')]),
  parallel: Type.Optional(Type.Literal(true)),
  children: Type.Optional(Type.Array(Self)),
}), { $id: 'ProgressStep' }));

export const HistoryEntry = named('HistoryEntry', Type.Object({
  seq: Type.Integer(), type: Type.String(), label: Localized, at: DateTime,
  actor: Nullable(Person), roles: Type.Array(RoleRef, { description: 'De rollen waarmee het gebeurde, met hun naam uit de definitie.' }),
  reason: Type.Optional(Type.String({ description: 'De reden die bij de gebeurtenis is opgegeven (meta.events.<E>.reason).' })),
  from: Type.Array(StepRef), to: Type.Array(StepRef),
  form: Type.Optional(FormRef),
  flags: Type.Array(FlagView, { description: 'De signalen die deze gebeurtenis gaf (zachte regels die niet hielden).' }),
  data: Type.Optional(Nullable(described(AnyObject, 'Alleen in het gebeurtenissenlog: de meegestuurde gegevens (null: geen).'))),
}));

const VIEW = {
  ...SUMMARY,
  roles: Type.Array(RoleRef, { description: 'De rollen van de vrager in dit traject.' }),
  steps: Type.Array(Type.Object({
    path: Type.String(), title: Localized, instructions: Type.Optional(Localized),
    roles: Type.Array(RoleRef, { description: 'De rollen die aan de stap meedoen.' }),
    canAct: Type.Array(RoleRef, { description: 'Wie nu iets kan doen in deze stap ("wacht op"): de rollen met een gebeurtenis die nu kan; dezelfde regel als `waitingFor` van GET /api/overview.' }),
    forms: Type.Array(FormRef), reference: Type.Array(FormRef),
    finished: Type.Optional(Type.Literal(true, { description: 'Een afgeronde tak van een parallelle stap: wacht op de andere takken.' })),
    expectedDuration: Type.Optional(Type.String({ description: 'ISO 8601-duur, bijv. P6W.' })),
    enteredAt: DateTime, daysInStep: Type.Integer({ minimum: 0 }),
    dueAt: Nullable(DateTime), overdue: Type.Boolean(),
  })),
  forms: Type.Array(Type.Object({
    ...FormShape,
    submitted: Nullable(AnyObject),
    draft: Nullable(Type.Object({ data: AnyObject, updatedAt: DateTime, updatedBy: Nullable(Person) })),
    prefill: Type.Optional(Type.Object({
      data: AnyObject,
      sources: Type.Record(Type.String(), Localized, { description: 'Per veld (JSON-pointer): waar de waarde vandaan komt ("Overgenomen uit …").' }),
      from: Type.Array(Type.Object({
        form: Type.String(), title: Localized, previousRound: Type.Optional(Type.Literal(true)),
        at: Nullable(DateTime),
      }), { description: 'De eerdere formulieren waar de antwoorden uit komen, met wanneer elk is ingediend (null: niet vastgelegd).' }),
    }, { description: 'Antwoorden die overgaan (meta.prefill): zolang het formulier niet is ingediend; zonder concept begint het formulier hiermee.' })),
    editable: Type.Boolean(),
    readable: Type.Boolean({ description: 'false: de rollen van de vrager mogen dit formulier niet lezen (formAccess); submitted en draft zijn dan null.' }),
  })),
  signoffs: Type.Object({
    asked: Type.Array(StepSignoff, { description: 'Wat de huidige stappen laten ondertekenen (meta.signoff).' }),
    list: Type.Array(SignoffEntry, { description: 'Alle ondertekeningen van het traject, oudste eerst.' }),
  }),
  documents: Type.Array(Type.Object({
    ...FormShape, data: AnyObject, submittedAt: Nullable(DateTime), submittedBy: Nullable(Person),
    referencedBy: Type.Array(Type.String({ description: 'Huidige stappen die dit formulier ter inzage tonen.' })),
  }), { description: 'Eerder ingevulde formulieren die nu niet open staan: alleen-lezen.' }),
  progress: Type.Array(ProgressStep, { description: 'Alle stappen in definitievolgorde: gedaan, huidig of nog te komen.' }),
  history: Type.Array(HistoryEntry, { description: 'De laatste 50 gebeurtenissen, oudste eerst; eerdere met GET /api/trajectories/:id/events?before=<seq>&limit=50.' }),
  historyTotal: Type.Integer({ minimum: 1, description: 'Hoeveel gebeurtenissen het traject in totaal heeft.' }),
  flags: Type.Array(FlagView, { description: 'Alle signalen van het traject, oudste eerst: open en afgehandeld.' }),
  mayAcknowledgeFlags: Type.Boolean({ description: 'Of de vrager signalen mag afhandelen (beheerder, of een coachrol van de soort in dit traject).' }),
  context: ContextSummary,
  time: TrajectoryTime,
  group: Type.Optional(TrajectoryGroup),
};
export const TrajectoryView = named('TrajectoryView', Type.Object(VIEW, { description: 'Een traject zoals de vrager het mag zien.' }));

const Effect = Type.Object({ type: Type.Literal('notify'), roles: Type.Array(Type.String()), message: Localized });
export const StartedTrajectory = Type.Object({ ...VIEW, effects: Type.Array(Effect) }, { description: 'Het nieuwe traject, met wat de engine bij de start liet doen.' });

export const EventResult = named('EventResult', Type.Object({
  event: Type.Object({ seq: Type.Integer(), type: Type.String(), at: DateTime }),
  trajectory: Type.Object({
    id: Uuid, version: Type.Integer(), status: Status, steps: Type.Array(StepRef),
    events: Type.Array(Type.Object({ type: Type.String(), label: Localized, form: Type.Optional(Type.String()), requiredFields: Type.Array(Type.String()) })),
  }),
  effects: Type.Array(Effect),
  flags: Type.Array(RaisedFlagView, { description: 'De signalen die deze gebeurtenis gaf (zachte regels die niet hielden); leeg bij een herhaald verzoek.' }),
  replayed: Type.Boolean({ description: 'true: een herhaald verzoek met dezelfde Idempotency-Key; er is niets geschreven.' }),
}));

export const SavedDraft = named('SavedDraft', Type.Object({ formId: Type.String(), data: AnyObject, updatedAt: DateTime, updatedBy: Nullable(Person) }));

export type TrajectoryViewT = Static<typeof TrajectoryView>;
