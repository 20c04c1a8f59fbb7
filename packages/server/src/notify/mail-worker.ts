import type { Store } from '@koers/store';
import type { Clock } from '../context';
import type { Mailer } from './mailer';
import { type Poller, poller } from '../poller';

const MINUTE = 60_000;
/** Waits before the 2nd … 6th attempt: 1 minute, 5 minutes, 30 minutes, 2 hours, 12 hours. */
export const MAIL_BACKOFF_MS = [MINUTE, 5 * MINUTE, 30 * MINUTE, 120 * MINUTE, 720 * MINUTE] as const;
/** The first attempt and one per backoff step; a mail that fails them all is `dead`. */
export const MAIL_ATTEMPTS = MAIL_BACKOFF_MS.length + 1;

export interface MailWorkerDeps {
  store: Store;
  clock: Clock;
  mailer: Mailer;
  /** Mails per tick (default 20). */
  batch?: number;
  pollMs?: number;
  reportError?: (error: unknown) => void;
}

/** What one tick did. */
export interface MailTickResult { sent: number; failed: number; dead: number }

/**
 * The mail worker: sends `pending` mails through the mailer. Claiming counts the attempt and sets when a retry
 * is due, committed before sending, so two workers never send one row at once and a worker that dies after its
 * claim leaves the row to be sent at that time (once). The Message-ID is stable per row.
 * @example const mail = createMailWorker({ store, clock, mailer }); await mail.tick();
 */
export function createMailWorker(deps: MailWorkerDeps): { tick(): Promise<MailTickResult>; start(): void; stop(): Promise<void> } {
  async function tick(): Promise<MailTickResult> {
    const result: MailTickResult = { sent: 0, failed: 0, dead: 0 };
    const now = deps.clock.now();
    const retryAt = (attempt: number) => new Date(now.getTime() + MAIL_BACKOFF_MS[Math.min(attempt, MAIL_BACKOFF_MS.length) - 1]!);
    for (const mail of await deps.store.mails.claimDue(now, deps.batch ?? 20, retryAt)) {
      try {
        await deps.mailer.send({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, messageId: `<koers-mail-${mail.id}@koers>` });
        await deps.store.mails.markSent(mail.id, deps.clock.now());
        result.sent++;
      } catch (error) {
        const dead = mail.attempts >= MAIL_ATTEMPTS;
        await deps.store.mails.markFailed(mail.id, String(error instanceof Error ? error.message : error).slice(0, 500), dead);
        if (dead) result.dead++;
        else result.failed++;
      }
    }
    return result;
  }
  const loop: Poller = poller(tick, deps.pollMs ?? 5000, deps.reportError ?? (() => {}));
  return { tick, start: loop.start, stop: loop.stop };
}
