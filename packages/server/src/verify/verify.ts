import type { CompiledDefinition, Localized } from '@koers/engine';
import type { StoredEvent, Store, Trajectory } from '@koers/store';
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
}

export interface VerifyOptions {
  /** Trajectories read per query (default 500). */
  pageSize?: number;
  /** Called for each finding as it is found (to print while the walk goes on). */
  onFinding?: (finding: VerifyFinding) => void;
}

type Page = { trajectories: Trajectory[]; events: Map<string, StoredEvent[]> };

/**
 * Checks every trajectory in the store: replays its event log through its published type version and
 * compares the outcome with the stored snapshot and derived columns (see `replayTrajectory`). Reads
 * only. Each type version is compiled once; the next page is read while this one is replayed.
 * @example const { checked, findings } = await verifyStore(store);
 */
export async function verifyStore(store: Store, options: VerifyOptions = {}): Promise<VerifySummary> {
  // No shipped catalogue: verifying must never publish anything.
  const registry = createRegistry(store, { now: () => new Date(0) });
  const pageSize = options.pageSize ?? 500;
  const read = async (afterId?: string): Promise<Page> => {
    const trajectories = await store.scan.trajectories(afterId, pageSize);
    return { trajectories, events: await store.scan.eventsOf(trajectories.map((t) => t.id)) };
  };
  const findings: VerifyFinding[] = [];
  let checked = 0;
  let page = await read();
  while (page.trajectories.length > 0) {
    const next = page.trajectories.length < pageSize ? undefined : read(page.trajectories[page.trajectories.length - 1]!.id);
    for (const t of page.trajectories) {
      checked++;
      const where = { trajectoryId: t.id, school: { id: t.school.id, name: t.school.name }, typeId: t.typeId, typeVersion: t.typeVersion };
      let def: CompiledDefinition;
      try {
        def = await registry.get(t.typeId, t.typeVersion);
      } catch (error) {
        const finding = { ...where, seq: 1, pointer: '/typeVersion', message: {
          nl: `trajectsoort ${t.typeId}@${t.typeVersion} is niet te laden: ${String(error)}`, en: `type ${t.typeId}@${t.typeVersion} cannot be loaded: ${String(error)}` } };
        findings.push(finding);
        options.onFinding?.(finding);
        continue;
      }
      // The facts as they are now (issue 13): a sign-off revoked after the event it let through shows as a difference.
      const facts = await factsFor({ store, registry }, def, t);
      const difference = replayTrajectory(def, t, page.events.get(t.id) ?? [], await calendarOf(store, t.school.id), facts);
      if (difference) {
        const finding = { ...where, ...difference };
        findings.push(finding);
        options.onFinding?.(finding);
      }
    }
    page = next ? await next : { trajectories: [], events: new Map() };
  }
  return { checked, findings };
}
