import { describe, expect, it } from 'vitest';
import {
  type CompiledDefinition, type FieldError, type JsonObject, type JsonValue, type TrajectorySnapshot, SYSTEM_ACTOR, TransitionRejected,
  describe as describeTrajectory, send, simplePaths, start,
} from '@koers/engine';
import { formShape } from '../packages/server/src/trajectories/documents';
import { formCheck } from '../apps/web/src/pages/trajectories/form-check';
import { bundle, T0 } from './shipped-walk';

// Issue 14 item 8: the browser refuses what the server refuses, word for word. For every event that carries a
// shipped form, at a moment the event can be sent, a corpus of answers (empty, the examples, each answer left out,
// blanked, turned into text or a negative number, a repeatable group with an empty added row) goes to the engine's
// `send` (what the server runs) and to the web page's check of the form as the API hands it over (through JSON).

type Case = { name: string; data: JsonObject };

/** Every JSON pointer to a value in the data, lists and objects included. */
function pointers(value: JsonValue, at = ''): string[] {
  if (value === null || typeof value !== 'object') return [at];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  return [at, ...entries.flatMap(([key, v]) => pointers(v, `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`))];
}

function withAt(data: JsonObject, pointer: string, value: JsonValue | undefined): JsonObject {
  const copy = structuredClone(data);
  const segments = pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node = copy as Record<string, JsonValue> | JsonValue[];
  for (const segment of segments.slice(0, -1)) node = (node as Record<string, JsonValue>)[segment] as Record<string, JsonValue>;
  const last = segments.at(-1)!;
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else (node as Record<string, JsonValue>)[last] = value;
  return copy;
}

function corpus(def: CompiledDefinition, formId: string): Case[] {
  const examples = def.forms.get(formId)?.definition.examples ?? [];
  const cases: Case[] = [{ name: 'empty', data: {} }, ...examples.map((data, i) => ({ name: `example ${i + 1}`, data }))];
  const first = examples[0];
  if (!first) return cases;
  for (const pointer of pointers(first).filter((p) => p !== '')) {
    const value = pointer.split('/').slice(1).reduce<JsonValue | undefined>((node, key) => (node as Record<string, JsonValue>)?.[key], first);
    cases.push({ name: `${pointer} left out`, data: withAt(first, pointer, undefined) });
    if (Array.isArray(value)) {
      cases.push({ name: `${pointer} with one empty added row`, data: withAt(first, pointer, [typeof value[0] === 'object' && value[0] !== null ? {} : '']) });
    } else if (typeof value === 'number') {
      cases.push({ name: `${pointer} as text`, data: withAt(first, pointer, 'veel') }, { name: `${pointer} negative`, data: withAt(first, pointer, -1) });
    } else if (typeof value === 'string') {
      cases.push({ name: `${pointer} blank`, data: withAt(first, pointer, '') });
    }
  }
  return cases;
}

interface Moment { def: CompiledDefinition; snapshot: TrajectorySnapshot; event: string; role: string; form: string; requiredFields: string[] }

/** For each form event on the shipped paths, the first moment it can be sent. */
function moments(): Moment[] {
  const found = new Map<string, Moment>();
  for (const def of bundle.definitions) {
    for (const path of simplePaths(def, { now: T0 })) {
      let snapshot = start(def, { now: T0 }).snapshot;
      for (const step of path.steps) {
        // Every form event the moment offers, also those that stay in the step (a support visit logged).
        for (const view of describeTrajectory(def, snapshot).events) {
          const key = `${def.definition.id}:${view.type}:${view.form}`;
          const role = view.roles.find((r) => r !== 'systeem');
          if (view.form && role && !found.has(key)) {
            found.set(key, { def, snapshot, event: view.type, role, form: view.form, requiredFields: view.requiredFields });
          }
        }
        const actor = step.system ? SYSTEM_ACTOR : { roles: [step.role] };
        const now = new Date(Date.parse(snapshot.updatedAt) + 86_400_000).toISOString();
        snapshot = send(def, snapshot, { type: step.event, ...(step.data ? { data: step.data } : {}) }, { actor, now }).snapshot;
      }
    }
  }
  return [...found.values()];
}

/** What the server says: the refused fields of a form refusal, none when the engine takes the answers (or judges a guard). */
function serverSays(m: Moment, data: JsonObject): FieldError[] {
  try {
    send(m.def, m.snapshot, { type: m.event, data }, { actor: { roles: [m.role] }, now: new Date(Date.parse(m.snapshot.updatedAt) + 86_400_000).toISOString() });
    return [];
  } catch (error) {
    if (error instanceof TransitionRejected && (error.reason === 'form-invalid' || error.reason === 'required-missing')) return error.fieldErrors;
    if (error instanceof TransitionRejected && (error.reason === 'guard-false' || error.reason === 'capacity-full')) return [];
    throw error;
  }
}

const all = moments();
const wire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('the browser checks form answers as the server does', () => {
  it('finds an event for every shipped form shown in a step', () => {
    const stepForms = new Set(bundle.definitions.flatMap((d) => [...d.index.states.values()].flatMap((s) => s.config.meta?.forms ?? [])));
    const reached = new Set(all.map((m) => m.form));
    expect([...stepForms].filter((f) => !reached.has(f) && bundle.forms.has(f))).toEqual([]);
  });

  for (const m of all) {
    it(`${m.def.definition.id} ${m.event} (${m.form}): the same refused fields and words for every answer in the corpus`, () => {
      const check = formCheck(wire(formShape(m.def, m.form)) as Parameters<typeof formCheck>[0]);
      let refused = 0;
      for (const { name, data } of corpus(m.def, m.form)) {
        const server = serverSays(m, data);
        refused += server.length > 0 ? 1 : 0;
        expect(check(data, m.requiredFields), name).toEqual(server);
        // Issue 14: no message names the schema ("moet overeenkomen met "else" schema") instead of the answer.
        for (const e of server) expect(`${e.message.nl} / ${e.message.en}`, `${name} ${e.path}`).not.toMatch(/schema|"(?:if|then|else)"|anyOf|oneOf/i);
      }
      // The corpus is worth something: the empty form is refused where anything is required.
      if (m.requiredFields.length > 0) expect(refused).toBeGreaterThan(0);
    });
  }
});
