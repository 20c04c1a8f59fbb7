import { type CompiledDefinition, type Facts, type Localized, type TrajectorySnapshot, TransitionRejected, ancestry, describeGuard, eventFormIn, send } from '@koers/engine';

/**
 * The conditions under which an event moves on from the active steps, in the engine's words, the same the
 * diagram uses ("Tussenevaluaties is minstens 2"), one per guarded transition.
 */
export function conditionsOf(def: CompiledDefinition, activeSteps: readonly string[], type: string): Localized[] {
  const around = new Set(activeSteps.flatMap(ancestry));
  const eventForm = eventFormIn(def, activeSteps, type);
  return def.index.transitions
    .filter((t) => t.kind === 'event' && t.event === type && around.has(t.source) && t.config.guard !== undefined)
    .map((t) => ({
      nl: describeGuard(t.config.guard!, { def, lang: 'nl', eventForm }),
      en: describeGuard(t.config.guard!, { def, lang: 'en', eventForm }),
    }));
}

/** A refusal because no condition holds, with the conditions spelled out; any other refusal as it is. */
export function explainRejection(def: CompiledDefinition, activeSteps: readonly string[], type: string, error: TransitionRejected): TransitionRejected {
  if (error.reason !== 'guard-false') return error;
  const conditions = conditionsOf(def, activeSteps, type);
  if (conditions.length === 0) return error;
  const list = (lang: 'nl' | 'en') => conditions.map((c) => c[lang]).join(lang === 'nl' ? '; of ' : '; or ');
  return new TransitionRejected('guard-false', {
    nl: `${error.messageText.nl} Voorwaarde: ${list('nl')}.`,
    en: `${error.messageText.en} Condition: ${list('en')}.`,
  }, error.fieldErrors, { cause: error });
}

/**
 * Why an event without a form cannot be sent now, from a dry run of the engine with these roles (nothing is
 * written): its unmet conditions, or undefined when it would go through. Events with a form depend on the answers
 * still being typed; their conditions are checked when they are submitted.
 */
export function blockedNow(
  def: CompiledDefinition, snapshot: TrajectorySnapshot, activeSteps: readonly string[], type: string, roles: string[], now: Date, facts?: Facts,
): Localized | undefined {
  try {
    send(def, snapshot, { type }, { actor: { roles }, now, ...(facts ? { facts } : {}) });
    return undefined;
  } catch (error) {
    if (error instanceof TransitionRejected && error.reason === 'guard-false') return explainRejection(def, activeSteps, type, error).messageText;
    return undefined;
  }
}
