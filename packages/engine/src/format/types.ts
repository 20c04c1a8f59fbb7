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

/**
 * A guard: a `Ref`, optionally with the condition in the author's own words, as it reads after "als" / "if"
 * (`{ "nl": "er nog genoeg uren over zijn", "en": "there are enough hours left" }`). Diagrams, the documentation,
 * refusals and the simulator show it instead of the rule worked out in words.
 */
export type GuardRef = string | { type: string; params?: JsonObject; description?: Localized };

export interface TransitionConfig {
  target?: string | string[];
  guard?: GuardRef;
  actions?: Ref | Ref[];
  reenter?: boolean;
  description?: string;
  meta?: { label?: Localized };
  /**
   * Soft rules: checked like `guard`, with the same inputs, but a false one does not refuse the transition; the
   * event is recorded and the trajectory gets a flag with `message` for a coach to acknowledge.
   */
  warnings?: TransitionWarning[];
}

/**
 * A soft rule on a transition (issue 13).
 * @example { "id": "uren-over-budget", "guard": { "type": "budgetAvailable", "params": { "budget": "uren", "amountField": "/uren" } },
 *            "message": { "nl": "Meer uren dan het budget", "en": "More hours than the budget" } }
 */
export interface TransitionWarning {
  /** The flag's code; the guard's type when absent. */
  id?: string;
  /** A guard reference: the rule holds when it is true. */
  guard: GuardRef;
  /** Why the trajectory is flagged, for the coach. */
  message: Localized;
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
  /**
   * Ask before sending (issue 14): what the person confirms, shown above what the engine derives (a budget raised,
   * a counter counted, the next step, the end of the trajectory). Events that raise or use a budget or end the
   * trajectory, and plain buttons that move the trajectory on, ask even without it.
   * @example { "nl": "De school vraagt 15 extra uren aan; dat kan één keer.", "en": "The school asks for 15 extra hours; this can be done once." }
   */
  confirm?: Localized;
  /** Ask for a reason with the confirmation: `required` refuses an empty one (422), `optional` offers the field. Stored with the event. */
  reason?: 'required' | 'optional';
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
  /**
   * When the step is due, as a moment rather than a duration (`{ "at": "voor-herfstvakantie" }`,
   * `{ "from": "startgesprek", "after": "P18M" }`); an alternative to `expectedDuration` (not both).
   */
  deadline?: TimeSpec;
  /** Every event in this state's `on` is described here. */
  events?: Record<string, EventSpec>;
  /**
   * Events the system sends by itself when their moment comes, keyed by event type; each also has a transition
   * in this state's `on` (and is not in `events`, unless people may send it too).
   */
  timers?: Record<string, TimerSpec>;
  /** Reminders to the roles the step waits for, around its due date, and escalation when it is overdue. */
  reminders?: ReminderSpec;
  /**
   * Answers that carry over (issue 13): per form of this step, per field (a JSON pointer into the form's data),
   * a JSON Logic expression over the trajectory (`forms`, `counters`, `period`, `previousPeriod`, `trajectory`, …)
   * whose value fills the field while the form has no draft and no submission yet. Shown as carried over, editable.
   * @example { "eindevaluatie": { "/doel": { "var": "forms.smart-doel.doel" }, "/school": { "var": "trajectory.name" } } }
   */
  prefill?: Record<string, Record<string, Expression>>;
  /**
   * Sign-offs by people without an account (issue 13), by key: requested by a one-time link or recorded as signed
   * on paper by a staff member. The guard `signedOff` `{ key, count? }` waits for them.
   */
  signoff?: Record<string, SignoffSpec>;
}

/** A sign-off a step asks for (`meta.signoff`): what is signed, by whom (in words), and who may ask for it. */
export interface SignoffSpec {
  /** What the signer signs, as they read it: "Plan van aanpak ondertekend door de MR". */
  title: Localized;
  description?: Localized;
  /** Who is expected to sign, in words: "een ouder uit de MR". */
  signers?: Localized;
  /** Roles that may request a sign-off link or record a paper one. */
  requestRoles: string[];
}

/**
 * A moment, declared as data: `from` a starting point (entering the step by default), `after` a duration, then
 * if `at` is given, the first such school-calendar moment at or after that, in the school's holiday region.
 * @example { "after": "P6M" } // six months after the step was entered
 * @example { "from": "startgesprek", "after": "P18M" } // 18 months after the recorded date `startgesprek`
 * @example { "at": "voor-herfstvakantie" } // the first day of the next autumn holiday
 */
export interface TimeSpec {
  /** `step` (entering this step, the default), `start` (the trajectory's start) or a key of `dates`. */
  from?: string;
  /** An ISO 8601 duration (`P6M`, `P2W`, `P1Y6M`), positive. */
  after?: string;
  /** A school-calendar anchor: `voor-<vakantie>`, `na-<vakantie>`, `einde-schooljaar`, `begin-schooljaar`. */
  at?: CalendarAnchor;
}

/** The holidays of the Dutch school calendar, in the order of the school year. */
export type Holiday = 'herfstvakantie' | 'kerstvakantie' | 'voorjaarsvakantie' | 'meivakantie' | 'zomervakantie';
/**
 * `voor-<vakantie>`: the first day of that holiday (due before it starts); `na-<vakantie>`: the first school day
 * after it; `einde-schooljaar` = `voor-zomervakantie`; `begin-schooljaar` = `na-zomervakantie`.
 */
export type CalendarAnchor = `voor-${Holiday}` | `na-${Holiday}` | 'einde-schooljaar' | 'begin-schooljaar';

/** A timer: its event is sent by the system (actor "systeem") when the moment comes, if the step is still active. */
export interface TimerSpec extends TimeSpec {
  /** What the timer means, for people: "Halfjaar verstreken". */
  label: Localized;
  description?: Localized;
}

/** When to remind the roles a step waits for (`meta.roles`), relative to its due date. */
export interface ReminderSpec {
  /** Durations before the due date, e.g. `["P7D"]`: a reminder a week before. */
  before?: string[];
  /** A reminder on the due date itself. */
  onDue?: boolean;
  /** While overdue, a reminder every this long (`P7D`: weekly). */
  overdueEvery?: string;
  /** When the step is overdue by `after` (default: at once), the roles in `to` are told (e.g. a coach role). */
  escalate?: { after?: string; to: string[] };
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
  /**
   * Who grants the role: only an administrator (`admin`), also the bestuur's leadership (`bestuur`), or also school
   * leadership when inviting (`school`). Default `school` in a school type, `bestuur` in a bestuur type.
   */
  grantedBy?: 'admin' | 'bestuur' | 'school';
  /**
   * Where the role may be held (see `heldAtOf`): at the bestuur (it then counts in this type's trajectories at all
   * the bestuur's schools), at the school, or for one trajectory; in a group type (`subject` group) `school` means at
   * a member school of the group and `group` means leading the group (its procesbegeleiders). Default
   * `["school", "trajectory"]` in a school or group type, `["bestuur", "trajectory"]` in a bestuur type.
   */
  heldAt?: RoleLevel[];
}

/**
 * Where a role is held: a membership at a bestuur, at a school, or narrowed to one trajectory; `group`: as a lead of
 * the group a group trajectory belongs to (only in a type whose `subject` is group).
 */
export type RoleLevel = 'bestuur' | 'school' | 'trajectory' | 'group';

/** Whom a trajectory belongs to: a school, a bestuur, or a group (cohort) of schools. */
export type TrajectorySubject = 'school' | 'bestuur' | 'group';

/** What a trajectory's label names ("Klas", "Thema"), so two trajectories of one type at one subject are told apart. */
export interface LabelSpec {
  title: Localized;
  description?: Localized;
  /** Every trajectory must carry a label. Default false. */
  required?: boolean;
}

/**
 * Groups (cohorts) of a type: schools that run the programme together, such as a schoolontwikkelingsgroep of
 * 5-7 schools led by two procesbegeleiders. A trajectory joins a group while it is in `join.step`; the group's
 * shared meetings are recorded once, with attendance per school, and every member trajectory reads them as the
 * fact `group` in its guards (`{ "var": "group.meetings.startdag.held" }`).
 * @example { "title": { "nl": "Groep", "en": "Group" }, "size": { "min": 5, "max": 7 }, "join": { "step": "indeling", "event": "INGEDEELD" } }
 */
export interface GroupsSpec {
  title: Localized;
  description?: Localized;
  /** How many member schools (trajectories) a group has; `max` is the per-group "vol = vol". */
  size?: { min?: number; max?: number };
  /** Roles that form and lead groups (besides administrators), e.g. `["procesbegeleider"]`. */
  leadRoles?: string[];
  /** The message when a group is at `size.max`. */
  full?: Localized;
  /** At most `perYear` groups of this type per programme year. */
  capacity?: { perYear: number; message?: Localized };
  /** A trajectory may be placed in a group while it is in `step`; placing it sends `event` to it as the system. */
  join: { step: string; event: string };
  /** The group's shared meetings by kind, each recorded once for the whole group. */
  meetings?: Record<string, GroupMeetingSpec>;
}

/** A kind of shared group meeting (startdag, groepsbijeenkomst). */
export interface GroupMeetingSpec {
  title: Localized;
  description?: Localized;
  /** The form holding the meeting's own data (report, date). */
  form?: string;
  /** Sent by the system to every member trajectory whose current step accepts it, after the meeting is recorded. */
  event?: string;
  /** Who must attend per school; see `AttendanceRule`. */
  attendance?: AttendanceRule;
}

/**
 * Who must attend a meeting per school: at least `min` people, among them each of `roles`. When it does not hold for
 * a school: `warning` (the default) records the meeting and flags that school's trajectory; `error` refuses it.
 */
export interface AttendanceRule {
  min?: number;
  roles?: string[];
  severity?: 'warning' | 'error';
  message?: Localized;
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
  /** Whom a trajectory of this type belongs to: a school (the default), a bestuur, or a group (see `groupOf`). */
  subject?: TrajectorySubject;
  /** With `subject` group: the type whose groups (its `groups` block) these trajectories belong to. */
  groupOf?: string;
  /** What the trajectory's label names; every trajectory may carry a label, required when `label.required`. */
  label?: LabelSpec;
  /** How many trajectories of this type may run at once ("vol = vol"). */
  capacity?: { max: number; message?: Localized };
  /** Groups (cohorts) of schools that run this type together; see `GroupsSpec`. */
  groups?: GroupsSpec;
  budgets?: Record<string, BudgetSpec>;
  counters?: Record<string, CounterSpec>;
  /** Titles of the dates `recordDate` keeps (`{ "startgesprek": { "title": { "nl": "Startgesprek gehouden", … } } }`). */
  dates?: Record<string, { title: Localized }>;
  variables?: Record<string, VariableSpec>;
  /**
   * How the school calendar counts for this type. `holidayDue`: a step due during a school holiday is due on the
   * first school day after it (`next-school-day`, the default) or on the day itself (`keep`).
   */
  calendar?: { holidayDue?: 'next-school-day' | 'keep' };
  /**
   * Who may read which form, by form id (Koers's own rule). A form without an entry is read by everyone who sees
   * the trajectory; with one, only by holders of a role in `read` (their roles in that trajectory). `fields`
   * narrows single fields further, by data pointer (`/toelichting`, `/doelen/*\/score`).
   * @example { "pdca-functioneringsgesprek": { "read": ["directie", "leerkracht"], "fields": { "/afspraken": ["directie"] } } }
   */
  formAccess?: Record<string, FormAccessSpec>;
  machine: MachineConfig;
}

/** Who may read one form: its readers, and optionally fewer readers for single fields. */
export interface FormAccessSpec {
  /** Roles of the type whose holders may read (and so fill in) the form. */
  read: string[];
  /** Per data pointer of a field, the roles that may read that field; each also in `read`. */
  fields?: Record<string, string[]>;
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
  /** Valid example answers: used by tests, docs and demo data. Each must satisfy the `error` rules. */
  examples?: JsonObject[];
  /** Checks across fields and items (issue 13), run the same in the browser and on the server. */
  rules?: FormRule[];
}

/**
 * A check across a form's fields: `check` (JSON Logic over the answers) is true when the rule holds. When it does
 * not, `message` is shown at `path`; an `error` (the default) refuses the submit, a `warning` lets it through and
 * raises a flag. With `items` (a pointer to a list) the rule runs for every item: `var` reads the item's fields,
 * `$form.<field>` the whole form and `$index` the item's number (from 0); `path` is then inside the item.
 * @example { "id": "einde-na-begin", "items": "/doelen", "path": "/einddatum",
 *   "check": { "<=": [{ "date": { "var": "begindatum" } }, { "date": { "var": "einddatum" } }] },
 *   "message": { "nl": "De einddatum ligt na de begindatum.", "en": "The end date is after the start date." } }
 */
export interface FormRule {
  id: string;
  check: Expression;
  /** JSON pointer of the field the message belongs to (inside the item with `items`); `""` is the whole form. */
  path: string;
  message: Localized;
  severity?: 'error' | 'warning';
  /** JSON pointer of a list (a repeatable group): the rule runs once per item. */
  items?: string;
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
