import type { ClaimedEffect, Executor, Store } from '@koers/store';
import type { Clock } from '../context';
import { readEffect } from './effect-shape';
import type { Mailer } from './mailer';
import { type Poller, poller } from '../poller';
import { recipientsOf } from './recipients';
import type { RoleScope } from '../access';
import type { TrajectoryDefinition } from '@koers/engine';
import { notificationMail, notificationText } from './texts';
import { sendDigests } from './digest';

/** What the delivery worker needs. */
export interface DeliveryDeps {
  store: Store;
  clock: Clock;
  /** Without one, mails are written `held` (the admin reads them); with one, `pending` for the mail worker. */
  mailer?: Mailer;
  /** Where the web app is, for the link in a mail (`<publicUrl>#/trajecten/<id>`). */
  publicUrl: string;
  /** Effects per transaction (default 50). */
  batch?: number;
  /** Poll interval of `start()` (default 5000 ms). */
  pollMs?: number;
  /** Where a failing tick is reported (default nowhere). */
  reportError?: (error: unknown) => void;
}

/** What one tick did. */
export interface DeliveryResult { effects: number; notifications: number; mails: number; digests: number }

/**
 * The delivery worker: turns `effects` rows into inbox notifications and mails. A tick claims unprocessed rows
 * (`FOR UPDATE SKIP LOCKED`, so several server processes share the work), and per row writes a notification for
 * every recipient, a mail for those who want mail immediately, and `processed_at`, all in one transaction: a crash
 * before the commit leaves the row to the next tick, and the unique (effect, user) and mail source keep a repeat
 * from telling anyone twice. Then the daily digests that are due.
 * @example const delivery = createDelivery({ store, clock, publicUrl: 'https://koers.example' }); await delivery.tick();
 */
export function createDelivery(deps: DeliveryDeps): { tick(): Promise<DeliveryResult>; start(): void; stop(): Promise<void> } {
  const batch = deps.batch ?? 50;
  const status = deps.mailer ? 'pending' as const : 'held' as const;

  /**
   * Where each published type version's roles may be held, read before a tick's transactions (PGlite has one
   * connection: no read outside the transaction while it is open). A version published since is read next tick.
   */
  const scopes = new Map<string, RoleScope>();
  async function loadScopes(): Promise<void> {
    for (const v of await deps.store.typeVersions.list()) scopes.set(`${v.typeId}@${v.version}`, v.definition as TrajectoryDefinition);
  }
  function roleScope(typeId: string, version: number): RoleScope {
    const scope = scopes.get(`${typeId}@${version}`);
    // Rolls the batch back; the next tick reads the versions again.
    if (!scope) throw new Error(`delivery: type version ${typeId}@${version} was published after this tick began`);
    return scope;
  }

  async function deliver(effect: ClaimedEffect, now: Date, tx: Executor, result: DeliveryResult) {
    const tell = readEffect(effect.effect);
    if (tell) {
      const type = roleScope(effect.typeId, effect.typeVersion);
      const candidates = await deps.store.notifications.candidates(effect.school, tell.roles, tx);
      const text = notificationText(tell, now);
      for (const person of recipientsOf(candidates, { id: effect.trajectoryId, school: { ...effect.school, subject: effect.subject } }, type, tell.roles)) {
        const notification = await deps.store.notifications.add({
          userId: person.id, trajectoryId: effect.trajectoryId, schoolId: effect.school.id, kind: tell.kind, step: tell.step,
          title: text.title, body: text.body, effectId: effect.id, at: now,
        }, tx);
        if (!notification) continue;
        result.notifications++;
        if (person.mail !== 'immediate') continue;
        const mail = notificationMail({ lang: person.lang, name: person.name, publicUrl: deps.publicUrl, notification, schoolName: effect.label ? `${effect.school.name} · ${effect.label}` : effect.school.name });
        const added = await deps.store.mails.add({ userId: person.id, to: person.email, lang: person.lang, ...mail, status, source: `notification:${notification.id}`, at: now }, tx);
        if (added) result.mails++;
      }
    }
    await deps.store.effects.markProcessed(effect.id, now, tx);
    result.effects++;
  }

  async function tick(): Promise<DeliveryResult> {
    const result: DeliveryResult = { effects: 0, notifications: 0, mails: 0, digests: 0 };
    await loadScopes();
    for (;;) {
      const now = deps.clock.now();
      const claimed = await deps.store.transaction(async (tx) => {
        const rows = await deps.store.effects.claim(batch, tx);
        for (const effect of rows) await deliver(effect, now, tx, result);
        return rows.length;
      });
      if (claimed < batch) break;
    }
    result.digests = await sendDigests({ store: deps.store, now: deps.clock.now(), publicUrl: deps.publicUrl, status });
    return result;
  }

  const loop: Poller = poller(tick, deps.pollMs ?? 5000, deps.reportError ?? (() => {}));
  return { tick, start: loop.start, stop: loop.stop };
}
