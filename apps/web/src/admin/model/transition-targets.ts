import { buildIndex, resolveTarget as resolveInIndex, type JsonObject, type JsonValue, type Localized, type MachineConfig } from '@koers/engine';
import type { StatePath } from './bundle';

/*
 * Targets of a transition, the way the engine resolves them (format/structure.ts): `#id` (an explicit id or
 * the default `machineId.path`), `.child` below the step itself, or a path from the step's parent (`sibling`,
 * `sibling.child`). The admin picks a step; we write the shortest of these that reaches it.
 */

/** A step an admin can pick as a target. */
export interface StepOption {
  path: string[];
  /** Dot-joined path, unique: the option's value. */
  key: string;
  title: Localized | undefined;
  depth: number;
  id: string | undefined;
}

const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);
const statesOf = (config: JsonValue | undefined): JsonObject => (isObject(config) && isObject(config.states) ? config.states : {});

/** Every step of the machine, depth first in the order written. */
export function stepOptions(definition: JsonObject): StepOption[] {
  const out: StepOption[] = [];
  const walk = (config: JsonValue | undefined, prefix: string[]) => {
    for (const [key, child] of Object.entries(statesOf(config))) {
      const path = [...prefix, key];
      const meta = isObject(child) && isObject(child.meta) ? child.meta : {};
      const title = isObject(meta.title) && typeof meta.title.nl === 'string' ? (meta.title as unknown as Localized) : undefined;
      const id = isObject(child) && typeof child.id === 'string' ? child.id : undefined;
      out.push({ path, key: path.join('.'), title, depth: prefix.length, id });
      walk(child, path);
    }
  };
  walk(definition.machine, []);
  return out;
}

/** The dot-joined path a target written in the step at `from` reaches, or undefined when it reaches none. */
export function resolveTarget(definition: JsonObject, from: StatePath, target: string): string | undefined {
  if (!isObject(definition.machine)) return undefined;
  try {
    // The engine's own resolution, so the editor agrees with the linter and the runtime.
    const index = buildIndex(definition.machine as unknown as MachineConfig);
    return resolveInIndex(index.states, index.ids, from.join('.'), target);
  } catch {
    return undefined; // a machine too broken to index (being typed in the JSON tab) resolves nothing
  }
}

/**
 * How the step at `from` names the step `to`: `.child` below itself, a path from its parent for siblings and
 * their children, else `#id` (its own id when it has one, otherwise the machine's default id).
 */
export function writeTarget(definition: JsonObject, from: StatePath, to: readonly string[]): string {
  const starts = (prefix: readonly string[]) => prefix.length < to.length && prefix.every((key, i) => to[i] === key);
  if (from.length > 0 && starts(from)) return `.${to.slice(from.length).join('.')}`;
  const parent = from.slice(0, -1);
  if (starts(parent)) return to.slice(parent.length).join('.');
  const step = stepOptions(definition).find((s) => s.key === to.join('.'));
  if (step?.id) return `#${step.id}`;
  const machineId = isObject(definition.machine) && typeof definition.machine.id === 'string' ? definition.machine.id : '';
  return `#${machineId}.${to.join('.')}`;
}
