import {
  type CompiledDefinition, type FieldError, type Localized, type RejectionReason, type TrajectorySnapshot,
  type TransitionRejected, ancestry, describeGuard, eventFormIn, leafPaths, textIn,
} from '@koers/engine';

/** One way an event could have moved on, and what it waits for: "naar Eindevaluatie als Tussenevaluaties is minstens 2". */
export interface RefusalCondition {
  /** Titles of the steps this branch leads to (empty for a branch that stays). */
  to: Localized[];
  condition: Localized;
}

/** An event the engine refused in the simulation, with everything needed to say why in words. */
export interface Refusal {
  event: string;
  label: Localized;
  /** The roles it was sent as. */
  roles: string[];
  reason: RejectionReason;
  /** The engine's own message for the reason (the same the server answers with). */
  message: Localized;
  /** For `guard-false`: each guarded branch of the event here with its condition, in the diagram's words. */
  conditions: RefusalCondition[];
  /** For `role-forbidden`: the roles that may send it here. */
  allowedRoles: string[];
  /** For `form-invalid` and `required-missing`: the fields, with Dutch and English messages. */
  fields: FieldError[];
}

/** Spells out a refusal of `event` in the steps of `snapshot`: the conditions, the allowed roles, the fields. */
export function explainRefusal(
  compiled: CompiledDefinition,
  snapshot: TrajectorySnapshot,
  attempt: { event: string; label: Localized; roles: string[]; error: TransitionRejected },
): Refusal {
  const { event, label, roles, error } = attempt;
  const active = leafPaths(snapshot.value);
  const here = new Set(active.flatMap(ancestry));
  const declarations = (compiled.events.get(event) ?? []).filter((d) => here.has(d.path));
  return {
    event, label, roles: [...roles], reason: error.reason, message: error.messageText,
    conditions: error.reason === 'guard-false' ? branchConditions(compiled, active, here, event) : [],
    allowedRoles: error.reason === 'role-forbidden' ? [...new Set(declarations.flatMap((d) => d.spec.roles))] : [],
    fields: error.fieldErrors,
  };
}

function branchConditions(compiled: CompiledDefinition, active: string[], here: Set<string>, event: string): RefusalCondition[] {
  const eventForm = eventFormIn(compiled, active, event);
  const title = (path: string | undefined): Localized => {
    const meta = path === undefined ? undefined : compiled.index.states.get(path)?.config.meta;
    return { nl: textIn(meta?.title, 'nl') || (path ?? ''), en: textIn(meta?.title, 'en') || (path ?? '') };
  };
  const out: RefusalCondition[] = [];
  for (const branch of compiled.index.transitions) {
    const guard = branch.config.guard;
    if (branch.kind !== 'event' || branch.event !== event || !here.has(branch.source) || guard === undefined) continue;
    out.push({
      to: branch.resolved.map(title),
      condition: {
        nl: describeGuard(guard, { def: compiled, lang: 'nl', eventForm }),
        en: describeGuard(guard, { def: compiled, lang: 'en', eventForm }),
      },
    });
  }
  return out;
}
