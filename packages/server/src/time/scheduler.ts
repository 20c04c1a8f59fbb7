import type { CompiledDefinition, SchoolCalendar } from '@koers/engine';
import type { DueTimer, Store, TimerBatch } from '@koers/store';
import type { Clock } from '../context';
import type { TypeRegistry } from '../registry';
import { poller } from '../poller';
import { errorReport } from '../report';
import { calendarOf } from './calendar';
import { type FireOutcome, fireTimer } from './fire';

/** What the scheduler needs: the database, the published types, the clock, and where to tell about failures. */
export interface SchedulerDeps {
  store: Store;
  registry: TypeRegistry;
  clock: Clock;
  /** How long to wait between polls when nothing is due (ms; the host's KOERS_POLL_MS, default 5000). */
  pollMs?: number;
  /** How many due timers one claim takes (default 100). */
  batchSize?: number;
  /** After this many failed firings (errors, not refusals) a timer is given up: skipped with the error (default 5). */
  maxAttempts?: number;
  /** A line about a failure: the error's class, SQL state and stack frames, never a message or form answers. */
  log?: (line: string) => void;
}

/** What one tick did. */
export interface TickResult {
  /** Due rows the poll found (at most the batch size). */
  due: number;
  fired: number;
  skipped: number;
  /** Rows that were cancelled meanwhile (their step left). */
  cancelled: number;
  /** Firings that failed with an error: retried next poll, given up after `maxAttempts`. */
  failed: number;
}

export interface Scheduler {
  /** Fires the timers due now (one batch): the tests' way to move time. */
  tick(): Promise<TickResult>;
  /** Polls every `pollMs`, firing batch after batch while timers are due. */
  start(): void;
  /** Stops polling and waits for the batch in progress. */
  stop(): Promise<void>;
}

const EMPTY: TickResult = { due: 0, fired: 0, skipped: 0, cancelled: 0, failed: 0 };

/** A failure as a log line: class, SQL state, frames; no message (it may carry data). */
function failureLine(at: Date, timerId: number | undefined, error: unknown): string {
  const report = errorReport(error, { requestId: '-', method: 'TIMER', path: '' });
  return [`${at.toISOString()} planner/scheduler timer=${timerId ?? '-'} ${report.errorClass}${report.sqlState ? ` sqlstate=${report.sqlState}` : ''}`,
    ...report.frames.map((f) => `    ${f}`)].join('\n');
}

/**
 * The durable scheduler: timers and reminders are rows (`timers`), so every server process may run one. Each poll
 * is one indexed query for due rows (skipping rows another process holds); due rows are claimed with
 * `FOR UPDATE SKIP LOCKED` in one transaction and fired in it (see `fireTimer`), so a row is fired by one process,
 * once, and a crash mid-batch rolls the batch back for the next poll. The clock comes from `deps.clock`.
 * @example const scheduler = createScheduler({ store, registry, clock }); scheduler.start(); … await scheduler.stop();
 */
export function createScheduler(deps: SchedulerDeps): Scheduler {
  const batchSize = deps.batchSize ?? 100;
  const maxAttempts = deps.maxAttempts ?? 5;
  const log = deps.log ?? ((line: string) => console.error(line));

  /** The types and school calendars of the due rows, loaded before the claim's transaction (PGlite has one connection). */
  async function prepare(due: DueTimer[], now: Date, result: TickResult) {
    const defs = new Map<string, CompiledDefinition>();
    const calendars = new Map<string, SchoolCalendar>();
    const ready: number[] = [];
    for (const d of due) {
      try {
        const key = `${d.typeId}@${d.typeVersion}`;
        if (!defs.has(key)) defs.set(key, await deps.registry.get(d.typeId, d.typeVersion));
        if (!calendars.has(d.schoolId)) calendars.set(d.schoolId, await calendarOf(deps.store, d.schoolId));
        ready.push(d.id);
      } catch (error) {
        await failed(d.id, error, now, result);
      }
    }
    return { defs, calendars, ready };
  }

  async function failed(id: number, error: unknown, now: Date, result: TickResult) {
    result.failed++;
    log(failureLine(now, id, error));
    const report = errorReport(error, { requestId: '-', method: 'TIMER', path: '' });
    try {
      await deps.store.timers.failed(id, { errorClass: report.errorClass, ...(report.sqlState ? { sqlState: report.sqlState } : {}) }, now, maxAttempts);
    } catch (again) {
      log(failureLine(now, id, again));
    }
  }

  // Trajectories one after the other would wait for each round trip; each trajectory's timers still fire in order
  // (the second sees the first's outcome), but different trajectories' firings are in flight together (pipelined on
  // the transaction's connection, while the engine computes the next one).
  const fireAll = (prepared: Awaited<ReturnType<typeof prepare>>, now: Date) => async (batch: TimerBatch) => {
    const groups = new Map<string, TimerBatch['claimed']>();
    for (const claimed of batch.claimed) groups.set(claimed.trajectory.id, [...(groups.get(claimed.trajectory.id) ?? []), claimed]);
    const settled = await Promise.allSettled([...groups.values()].map(async (group) => {
      const outcomes: FireOutcome[] = [];
      for (const claimed of group) {
        const def = prepared.defs.get(`${claimed.trajectory.typeId}@${claimed.trajectory.typeVersion}`)!;
        outcomes.push(await fireTimer(batch, claimed, def, prepared.calendars.get(claimed.trajectory.school.id)!, now));
      }
      return outcomes;
    }));
    const failure = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failure) throw failure.reason;
    return settled.flatMap((r) => (r.status === 'fulfilled' ? r.value : []));
  };

  async function tick(): Promise<TickResult> {
    const now = deps.clock.now();
    const due = await deps.store.timers.due(now, batchSize);
    if (due.length === 0) return { ...EMPTY };
    const result: TickResult = { ...EMPTY, due: due.length };
    const prepared = await prepare(due, now, result);
    const count = (outcomes: FireOutcome[]) => {
      for (const o of outcomes) result[o]++;
    };
    try {
      count(await deps.store.timers.claim(prepared.ready, fireAll(prepared, now)));
    } catch {
      // One firing failed and took the batch's transaction with it: fire them one by one, so only that one waits.
      for (const id of prepared.ready) {
        try {
          count(await deps.store.timers.claim([id], fireAll(prepared, now)));
        } catch (error) {
          await failed(id, error, now, result);
        }
      }
    }
    return result;
  }

  let stopping = false;
  // A full batch that went through: more may be due, go on at once (failures wait for the next poll).
  const drain = async () => {
    for (let r = await tick(); !stopping && r.due === batchSize && r.failed === 0; r = await tick());
  };
  // The database is away, say: told, and tried again next poll; the server keeps running.
  const loop = poller(drain, deps.pollMs ?? 5_000, (error) => log(failureLine(new Date(), undefined, error)));

  return {
    tick,
    start() {
      stopping = false;
      loop.start();
    },
    stop() {
      stopping = true;
      return loop.stop();
    },
  };
}
