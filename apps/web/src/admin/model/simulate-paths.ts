import {
  type CompiledDefinition, type Lang, type Localized, type PathBlocker, type TrajectoryPath,
  SYSTEM_NAME, SYSTEM_ROLE, simplePaths, textIn, timeWords, timersIn,
} from '@koers/engine';
import { SIM_START, type Simulation, beginSimulation, clockOf, sendAs, snapshotOf } from './simulate';
import { fireTimer } from './simulate-time';

/*
 * "Loop alle paden": the engine's simplePaths for the draft (what `koers paths` prints), in words, and a path
 * played into the simulator. The walk starts at the simulation's start and sends each event a day after the
 * previous one, so a path played back reaches exactly the places the walk reached.
 */

const DAY = 86_400_000;

/** Every simple path through the compiled draft, walked from the simulation's start time. */
export function pathsOf(compiled: CompiledDefinition): TrajectoryPath[] {
  return simplePaths(compiled, { now: SIM_START });
}

/**
 * A simulation that has walked one path: each event as the path's role with the path's example answer, a day
 * after the previous one. Stops at the first refusal (which then shows why); a path from `pathsOf` has none.
 */
export function replayPath(compiled: CompiledDefinition, path: TrajectoryPath, roles?: string[]): Simulation {
  let sim = beginSimulation(compiled, SIM_START, roles);
  for (const step of path.steps) {
    if (step.system && compiled.groupEvents.has(step.event)) {
      // A group event (placed in a group, a shared meeting held): the system sends it, a day later.
      const at = new Date(Math.max(Date.parse(snapshotOf(sim).updatedAt) + DAY, Date.parse(clockOf(sim)))).toISOString();
      const next = sendAs(sim, step.event, step.data, [], at, true);
      if (next.refusal) return next;
      sim = next;
      continue;
    }
    if (step.system) {
      // A timer fires when its moment comes: the clock moves there (firing what is due before it, as time would).
      sim = fireTimer(sim, step.event);
      continue;
    }
    const at = new Date(Math.max(Date.parse(snapshotOf(sim).updatedAt) + DAY, Date.parse(clockOf(sim)))).toISOString();
    const next = sendAs(sim, step.event, step.data, [step.role], at);
    if (next.refusal) return next;
    sim = next;
  }
  return sim;
}

/** A step's title in `lang` (its path when it has none): how paths name the places they pass. */
export function stepTitle(compiled: CompiledDefinition, path: string, lang: Lang): string {
  return textIn(compiled.index.states.get(path)?.config.meta?.title, lang) || path;
}

/** A role's title in `lang`, or its id when the type does not declare it; the system for a timer's sender. */
export function roleTitle(compiled: CompiledDefinition, role: string, lang: Lang): string {
  if (role === SYSTEM_ROLE && !compiled.definition.roles?.[role]) return textIn(SYSTEM_NAME, lang).toLowerCase();
  return textIn(compiled.definition.roles?.[role]?.title, lang) || role;
}

/**
 * A timer step of a path in words: its moment as the editor and the diagram say it ("na 6 weken"), from the
 * declaration in the steps the path was in; undefined when it is not a timer there.
 */
export function timerWordsOf(compiled: CompiledDefinition, from: readonly string[], event: string, lang: Lang): string | undefined {
  const declaration = timersIn(compiled, from, event)[0];
  return declaration ? timeWords(declaration.spec, compiled.definition.dates)[lang] : undefined;
}

const BLOCKER_REASONS: Record<PathBlocker['reason'], Localized> = {
  'definition-mismatch': { nl: 'hoort bij een andere versie', en: 'belongs to another version' },
  'trajectory-finished': { nl: 'het traject is al afgerond', en: 'the trajectory is already finished' },
  'unknown-event': { nl: 'deze actie bestaat niet', en: 'this action does not exist' },
  'not-in-step': { nl: 'kan niet in deze stap', en: 'not possible in this step' },
  'role-forbidden': { nl: 'geen rol mag dit sturen', en: 'no role may send this' },
  'form-missing': { nl: 'het formulier ontbreekt', en: 'the form is missing' },
  'form-invalid': { nl: 'de voorbeeldantwoorden kloppen niet met het formulier', en: 'the example answers do not fit the form' },
  'required-missing': { nl: 'de voorbeeldantwoorden laten verplichte velden leeg', en: 'the example answers leave required fields empty' },
  'guard-false': { nl: 'geen voorwaarde klopt met de voorbeeldantwoorden', en: 'no condition holds with the example answers' },
  'capacity-full': { nl: 'de trajectsoort is vol', en: 'the trajectory type is full' },
  'no-progress': { nl: 'blijft in dezelfde stap', en: 'stays in the same step' },
  'no-example': { nl: 'het formulier heeft geen voorbeeldantwoorden', en: 'the form has no example answers' },
};

/** Why a stuck path's event did not get further, in words: "Besluit vastleggen: geen voorwaarde klopt … (/besluit)". */
export function blockerText(blocker: PathBlocker, lang: Lang): string {
  const fields = blocker.fields && blocker.fields.length > 0 ? ` (${blocker.fields.join(', ')})` : '';
  return `${textIn(blocker.label, lang)}: ${BLOCKER_REASONS[blocker.reason][lang]}${fields}`;
}

/** How many paths finish and how many get stuck: "6 paden: 6 afgerond, 0 vast". */
export function pathsSummary(paths: readonly TrajectoryPath[], lang: Lang): string {
  const stuck = paths.filter((p) => !p.done).length;
  const done = paths.length - stuck;
  return lang === 'nl'
    ? `${paths.length} ${paths.length === 1 ? 'pad' : 'paden'}: ${done} afgerond, ${stuck} vast`
    : `${paths.length} ${paths.length === 1 ? 'path' : 'paths'}: ${done} finished, ${stuck} stuck`;
}
