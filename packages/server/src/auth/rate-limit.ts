/**
 * Counts failures per key in a sliding window, driven by the time the caller passes in. Kept in memory,
 * per process: enough for one server; a restart forgets. The number of keys is capped so a flood of
 * made-up keys cannot exhaust memory (the oldest keys go first).
 */
export class FailureWindow {
  private readonly failures = new Map<string, number[]>();

  constructor(readonly limit: number, readonly windowMs: number, private readonly maxKeys = 50_000) {}

  private recent(key: string, now: number): number[] {
    const times = (this.failures.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (times.length === 0) this.failures.delete(key);
    else this.failures.set(key, times);
    return times;
  }

  /** Milliseconds until another attempt is allowed; 0 when it is allowed now. */
  retryAfterMs(key: string, now: number): number {
    const times = this.recent(key, now);
    if (times.length < this.limit) return 0;
    return times[times.length - this.limit]! + this.windowMs - now;
  }

  fail(key: string, now: number): void {
    const times = this.recent(key, now);
    times.push(now);
    this.failures.delete(key);
    this.failures.set(key, times);
    while (this.failures.size > this.maxKeys) this.failures.delete(this.failures.keys().next().value!);
  }

  reset(key: string): void {
    this.failures.delete(key);
  }
}

export interface LoginLimits {
  /** Failed attempts per e-mail address within the window (default 5). */
  perEmail: number;
  /** Failed attempts per client address within the window (default 20: a school's staff share one address). */
  perIp: number;
  /** Window in milliseconds (default 15 minutes). */
  windowMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { perEmail: 5, perIp: 20, windowMs: 15 * 60_000 };

/** Login throttling per e-mail address and per client address. */
export class LoginThrottle {
  private readonly byEmail: FailureWindow;
  private readonly byIp: FailureWindow;

  constructor(limits: LoginLimits = DEFAULT_LOGIN_LIMITS) {
    this.byEmail = new FailureWindow(limits.perEmail, limits.windowMs);
    this.byIp = new FailureWindow(limits.perIp, limits.windowMs);
  }

  /** Milliseconds to wait before trying again; 0 when a login attempt is allowed now. */
  retryAfterMs(email: string, ip: string | undefined, now: Date): number {
    const t = now.getTime();
    return Math.max(this.byEmail.retryAfterMs(email, t), ip === undefined ? 0 : this.byIp.retryAfterMs(ip, t));
  }

  failed(email: string, ip: string | undefined, now: Date): void {
    this.byEmail.fail(email, now.getTime());
    if (ip !== undefined) this.byIp.fail(ip, now.getTime());
  }

  /** A good password clears the address's count (not the client's: one success must not unlock guessing others). */
  succeeded(email: string): void {
    this.byEmail.reset(email);
  }
}
