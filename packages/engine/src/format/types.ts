/**
 * The trajectory-definition format: the plain JSON an admin writes to declare a trajectory type.
 * The JSON Schema in `packages/engine/schemas/definition.schema.json` is the published form of these types;
 * docs/definition-format.md explains them with examples.
 */

/** A text a user reads: Dutch first, English second. */
export interface Localized {
  nl: string;
  en: string;
}

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** A JSON Logic expression (https://jsonlogic.com), restricted to a safe set of operators. */
export type Expression = JsonValue;

/** A guard or action referenced by name, optionally with params: `"formSubmitted"` or `{ "type", "params" }`. */
export type Ref = string | { type: string; params?: JsonObject };

export interface TransitionConfig {
  target?: string | string[];
  guard?: Ref;
  actions?: Ref | Ref[];
  reenter?: boolean;
  description?: string;
  meta?: { label?: Localized };
}
export type TransitionSpec = string | TransitionConfig | Array<string | TransitionConfig>;

/** What may happen on an event in a step: who may send it, which form it carries, which fields it needs. */
export interface EventSpec {
  label: Localized;
  /** Roles that may send this event. */
  roles: string[];
  /** The form whose data this event carries; it is validated and stored in `context.forms[form]`. */
  form?: string;
  /** JSON pointers into the form data that must be filled before this event is allowed. */
  requiredFields?: string[];
  description?: Localized;
}

/** Per-step information for the people doing the work. */
export interface StepMeta {
  title: Localized;
  instructions?: Localized;
  /** Forms shown in this step, by form id. */
  forms?: string[];
  /**
   * Forms filled in earlier that this step needs at hand, shown read-only beside its own work
   * (e.g. the SMART goals during an evaluation).
   */
  reference?: string[];
  /** Roles that are expected to act in this step (who the step waits for). */
  roles?: string[];
  /** ISO 8601 duration (e.g. `P14D`, `P3M`) after which the step counts as overdue. */
  expectedDuration?: string;
  /** Every event in this state's `on` is described here. */
  events?: Record<string, EventSpec>;
}

export interface StateConfig {
  id?: string;
  type?: 'atomic' | 'compound' | 'parallel' | 'final' | 'history';
  initial?: string;
  states?: Record<string, StateConfig>;
  on?: Record<string, TransitionSpec>;
  always?: TransitionSpec;
  onDone?: TransitionSpec;
  entry?: Ref | Ref[];
  exit?: Ref | Ref[];
  history?: 'shallow' | 'deep';
  target?: string;
  description?: string;
  tags?: string[];
  meta?: StepMeta;
}

export interface MachineConfig extends StateConfig {
  id: string;
  initial?: string;
  states: Record<string, StateConfig>;
}

export interface RoleSpec {
  title: Localized;
  description?: Localized;
  /** Holders coach schools: they see the overview of the schools where they hold the role. Default false. */
  coach?: boolean;
  /** Holders for a whole school may invite colleagues there, with roles the school grants. Default false. */
  invites?: boolean;
  /** Who grants the role: only an administrator, or also school leadership when inviting (the default). */
  grantedBy?: 'admin' | 'school';
}

export interface BudgetSpec {
  title: Localized;
  /** The unit counted, e.g. `{ "nl": "uur", "en": "hours" }`. */
  unit: Localized;
  /** The starting limit, e.g. 15 hours. `extendBudget` can raise it. */
  limit: number;
}

export interface CounterSpec {
  title: Localized;
  /** A counter with a `max` is bounded: it cannot go past it, and path analysis treats it as part of the step. */
  max?: number;
}

export interface VariableSpec {
  title: Localized;
  default?: JsonValue;
}

export interface TrajectoryDefinition {
  $schema?: string;
  id: string;
  version: number;
  title: Localized;
  description: Localized;
  roles: Record<string, RoleSpec>;
  /** How many trajectories of this type may run at once ("vol = vol"). */
  capacity?: { max: number; message?: Localized };
  budgets?: Record<string, BudgetSpec>;
  counters?: Record<string, CounterSpec>;
  /** Titles of the dates `recordDate` keeps (`{ "startgesprek": { "title": { "nl": "Startgesprek gehouden", … } } }`). */
  dates?: Record<string, { title: Localized }>;
  variables?: Record<string, VariableSpec>;
  machine: MachineConfig;
}

/** A form: JSON Schema for the data, JSON Forms UI schema for the layout, Dutch labels with English translations. */
export interface FormDefinition {
  $schema?: string;
  id: string;
  version?: number;
  title: Localized;
  description?: Localized;
  /** JSON Schema (draft-07) of the form data; titles and descriptions in Dutch. */
  schema: JsonObject;
  /** JSON Forms UI schema. */
  uischema?: JsonObject;
  /**
   * Texts keyed as JSON Forms i18n keys: English in `en` (e.g. `doelen.label`); in `nl`, Dutch labels for choice
   * values that do not speak for themselves (`deelnemers.ib` -> "Intern begeleider"; others are shown as
   * `externe-begeleiding` -> "Externe begeleiding").
   */
  i18n?: { en?: Record<string, string>; nl?: Record<string, string> };
  /** Valid example answers: used by tests, docs and demo data. */
  examples?: JsonObject[];
}

/** The context the engine keeps for a running trajectory. Plain JSON. */
export interface TrajectoryContext {
  forms: Record<string, JsonObject>;
  counters: Record<string, number>;
  budgets: Record<string, { limit: number; used: number }>;
  dates: Record<string, string>;
  vars: Record<string, JsonValue>;
  period: number;
  periods: Array<{ period: number; endedAt: string; forms: Record<string, JsonObject>; counters: Record<string, number> }>;
  startedAt: string;
}
