import {
  type CompiledDefinition, type SchoolCalendar, SYSTEM_ACTOR, TransitionRejected, schedule, send,
} from '@koers/engine';
import { type ClaimedTimer, TIMER_KEY_PREFIX, type TimerBatch, type Trajectory } from '@koers/store';
import { trajectoryFact } from '../trajectories/facts';
import { snapshotOf } from '../trajectories/state';
import { writePlan } from '../trajectories/outbox';

/** What became of one claimed timer. */
export type FireOutcome = 'fired' | 'skipped' | 'cancelled';

/** Why a reminder was not sent: its step was left (or the trajectory finished) before it was due. */
const STEP_LEFT = {
  nl: 'Niet verstuurd: de stap was al afgerond voordat de herinnering aan de beurt was.',
  en: 'Not sent: the step was already completed before the reminder was due.',
};

/** How often a firing reads the trajectory again when a person wrote to it at the same moment. */
const RETRIES = 5;

/** Whether the trajectory is (still) in `step` or in a step inside it. */
function inStep(t: Trajectory, step: string): boolean {
  return t.status === 'active' && t.steps.some((s) => s === step || s.startsWith(`${step}.`));
}

/** The effect a reminder or escalation writes to the outbox (see the report for what delivery reads). */
export function remindEffect(timer: ClaimedTimer['timer']) {
  const detail = (timer.detail ?? {}) as { roles?: string[]; title?: unknown; dueAt?: string; label?: unknown };
  return {
    type: 'remind', kind: timer.kind, roles: detail.roles ?? [], step: timer.step, title: detail.title ?? null,
    dueAt: detail.dueAt ?? timer.dueAt, label: detail.label ?? null, timerId: timer.id,
  };
}

/**
 * Fires one claimed timer inside the batch's transaction. An `event` timer sends its event as the system
 * through the engine, exactly as a person's event (step, guards, actions), and appends it with the idempotency
 * key `timer:<id>`, the timer marked fired and the trajectory's new effects and timers in the same statement; an
 * event the engine refuses (the guard does not hold, the step no longer listens) is skipped with the engine's
 * reason. A reminder or escalation writes its effect to the outbox with `fired_at`, and plans the next occurrence
 * of a recurring one. When a person wrote to the trajectory meanwhile, it reads the trajectory again and retries.
 */
export async function fireTimer(batch: TimerBatch, claimed: ClaimedTimer, def: CompiledDefinition, calendar: SchoolCalendar, now: Date): Promise<FireOutcome> {
  const { timer } = claimed;
  let t: Trajectory | undefined = claimed.trajectory;
  for (let attempt = 0; attempt < RETRIES && t; attempt++) {
    if (timer.kind === 'event') {
      let result;
      try {
        // The same facts as a person's event (a timer's guard may wait for a sign-off), read in the batch's transaction.
        const facts = { trajectory: trajectoryFact(t), signoffs: await batch.signoffCounts(t.id) };
        result = send(def, snapshotOf(def, t), { type: timer.event! }, { actor: SYSTEM_ACTOR, now, calendar, facts });
      } catch (error) {
        if (!(error instanceof TransitionRejected)) throw error;
        await batch.skip(timer, { code: error.reason, ...error.messageText }, now);
        return 'skipped';
      }
      const { state, outbox } = writePlan(def, result, { now, calendar });
      const written = await batch.appendEvent(t.id, t.version, state, {
        type: timer.event!, actorId: null, actorRoles: [], at: now, stepsBefore: t.steps,
        idempotencyKey: `${TIMER_KEY_PREFIX}${timer.id}`, firedTimer: timer.id, ...outbox,
      });
      if (written.kind === 'appended' || written.kind === 'replayed') return 'fired';
      if (written.kind !== 'version-conflict') return 'cancelled';
    } else {
      if (!inStep(t, timer.step)) {
        await batch.skip(timer, STEP_LEFT, now);
        return 'skipped';
      }
      // The trajectory's schedule now: a recurring reminder's next occurrence joins it.
      const scheduled = schedule(def, snapshotOf(def, t), { now: now.toISOString(), calendar });
      const written = await batch.remind(timer, t.version, remindEffect(timer), scheduled, now);
      if (written === 'fired') return 'fired';
      if (written === 'gone') return 'cancelled';
    }
    t = await batch.trajectory(t.id);
  }
  if (!t) return 'cancelled';
  throw new Error(`timer ${timer.id}: the trajectory kept changing (${RETRIES} attempts)`);
}
