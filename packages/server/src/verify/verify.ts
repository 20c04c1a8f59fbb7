import type { CompiledDefinition, Localized } from '@koers/engine';
import type { DerivedDifference, StoredEvent, Store, Trajectory } from '@koers/store';
import { createRegistry } from '../registry';
import { replayTrajectory } from './replay';
import { calendarOf } from '../time/calendar';
import { factsFor } from '../trajectories/facts';

/** A trajectory whose stored state is not what its event log replays to. */
export interface VerifyFinding {
  trajectoryId: string;
  school: { id: string; name: string };
  typeId: string;
  typeVersion: number;
  /** The first event at which it differs. */
  seq: number;
  /** JSON pointer of the first difference in the stored trajectory. */
  pointer: string;
  message: Localized;
}

export interface VerifySummary {
  checked: number;
  findings: VerifyFinding[];
  /** Rows of the overview's derived tables that a recount from the trajectories does not give (at most 100 per table). */
  derived: DerivedDifference[];
}

export interface VerifyOptions {
  /** Trajectories read per query (default 500). */
  pageSize?: number;
  /** Events read per query at most, beyond one trajectory's own log (default 20,000). */
  eventBudget?: number;
  /** Called for each finding as it is found (to print while the walk goes on). */
  onFinding?: (finding: VerifyFinding) => void;
}

/** Events read per query at most (beyond one trajectory's own log): what one verify holds in memory. */
const EVENT_BUDGET = 20_000;

/**
 * Trajectories in runs whose logs together hold at most `budget` events (a trajectory's `version` is its number of
 * events); a trajectory with a longer log is a run of its own.
 */
export function byEventBudget(trajectories: readonly Trajectory[], budget: number): Trajectory[][] {
  const runs: Trajectory[][] = [];
  let run: Trajectory[] = [];
  let events = 0;
  for (const t of trajectories) {
    if (run.length > 0 && events + t.version > budget) {
      runs.push(run);
      run = [];
      events = 0;
    }
    run.push(t);
    events += t.version;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * Checks every trajectory in the store: replays its event log through its published type version and
 * compares the outcome with the stored snapshot and derived columns (see `replayTrajectory`); then recounts the
 * overview's derived tables (`type_counts`, `step_dues`) from the trajectories. Reads
 * only, as a stream: trajectories a page at a time, their events in runs of at most `EVENT_BUDGET`, the next run
 * read while this one is replayed; each type version is compiled once.
 * @example const { checked, findings } = await verifyStore(store);
 */
export async function verifyStore(store: Store, options: VerifyOptions = {}): Promise<VerifySummary> {
  // No shipped catalogue: verifying must never publish anything.
  const registry = createRegistry(store, { now: () => new Date(0) });
  const pageSize = options.pageSize ?? 500;
  const budget = options.eventBudget ?? EVENT_BUDGET;
  const findings: VerifyFinding[] = [];
  const found = (finding: VerifyFinding) => {
    findings.push(finding);
    options.onFinding?.(finding);
  };
  let checked = 0;
  const check = async (t: Trajectory, events: StoredEvent[]) => {
    checked++;
    const where = { trajectoryId: t.id, school: { id: t.school.id, name: t.school.name }, typeId: t.typeId, typeVersion: t.typeVersion };
    let def: CompiledDefinition;
    try {
      def = await registry.get(t.typeId, t.typeVersion);
    } catch (error) {
      found({ ...where, seq: 1, pointer: '/typeVersion', message: {
        nl: `trajectsoort ${t.typeId}@${t.typeVersion} is niet te laden: ${String(error)}`, en: `type ${t.typeId}@${t.typeVersion} cannot be loaded: ${String(error)}` } });
      return;
    }
    // The facts as they are now (issue 13): a sign-off revoked after the event it let through shows as a difference.
    const facts = await factsFor({ store, registry }, def, t);
    const difference = replayTrajectory(def, t, events, await calendarOf(store, t.school.id), facts);
    if (difference) found({ ...where, ...difference });
  };
  const eventsOf = (run: readonly Trajectory[]) => store.scan.eventsOf(run.map((t) => t.id));
  let page = await store.scan.trajectories(undefined, pageSize);
  while (page.length > 0) {
    const nextPage = page.length < pageSize ? undefined : store.scan.trajectories(page[page.length - 1]!.id, pageSize);
    const runs = byEventBudget(page, budget);
    let reading = eventsOf(runs[0]!);
    for (let i = 0; i < runs.length; i++) {
      const events = await reading;
      if (i + 1 < runs.length) reading = eventsOf(runs[i + 1]!);
      for (const t of runs[i]!) await check(t, events.get(t.id) ?? []);
    }
    page = nextPage ? await nextPage : [];
  }
  return { checked, findings, derived: await store.derived.differences() };
}
