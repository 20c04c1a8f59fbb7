import type { LoginState } from '@koers/store';

/**
 * How sign-in slows down guessing (OWASP Authentication Cheat Sheet: delays, not lockouts). Nothing is ever
 * locked for good, and a correct password is only ever made to wait, never refused outright.
 */
export interface LoginLimits {
  /** Failed attempts an account may have before it must wait (default 5). */
  freeFailures: number;
  /** The longest wait, for an account or an address (default 15 minutes). */
  maxDelayMs: number;
  /** Different accounts an address may fail against before its attempts on other accounts are slowed (default 10). */
  addressAccounts: number;
  /** How far back the per-address count looks, and how long failures are kept (default 24 hours). */
  windowMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { freeFailures: 5, maxDelayMs: 15 * 60_000, addressAccounts: 10, windowMs: 24 * 3_600_000 };

/** 2^(over) seconds after `since`, at most `maxDelayMs`; 0 when that moment has passed. */
function delayLeft(over: number, since: number | null, now: number, limits: LoginLimits): number {
  if (over < 0 || since === null) return 0;
  const delay = Math.min(2 ** Math.min(over, 40) * 1000, limits.maxDelayMs);
  return Math.max(0, since + delay - now);
}

/**
 * Milliseconds to wait before this attempt may be checked; 0 when it may be checked now.
 * - The account: from its `freeFailures`-th failure since its last sign-in on, the next attempt waits
 *   2^(failures - freeFailures) seconds after the last failure (1 s, 2 s, 4 s, …, at most `maxDelayMs`), from any address.
 * - The address: once it failed against `addressAccounts` different accounts within `windowMs`, an attempt from it on
 *   an account whose last sign-in did not come from it waits 2^(accounts - addressAccounts) seconds after the
 *   address's last failure (at most `maxDelayMs`). Colleagues behind the same NAT who signed in from there before
 *   are not slowed by someone else's guessing.
 */
export function loginWaitMs(state: LoginState, now: Date, limits: LoginLimits): number {
  const t = now.getTime();
  const account = delayLeft(state.failures - limits.freeFailures, state.lastFailureAt, t, limits);
  const address = state.knownAddress ? 0 : delayLeft(state.addressAccounts - limits.addressAccounts, state.addressLastFailureAt, t, limits);
  return Math.max(account, address);
}

/** The wait in words: seconds under a minute, else whole minutes (rounded up). */
export function waitInWords(ms: number): { nl: string; en: string } {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return { nl: `${seconds} ${seconds === 1 ? 'seconde' : 'seconden'}`, en: `${seconds} ${seconds === 1 ? 'second' : 'seconds'}` };
  const minutes = Math.ceil(seconds / 60);
  return { nl: `${minutes} ${minutes === 1 ? 'minuut' : 'minuten'}`, en: `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}` };
}

/** The notice to an account holder about failed attempts before this sign-in; null when there were none. */
export function failuresNotice(count: number) {
  if (count === 0) return null;
  return {
    failedAttempts: count,
    message: {
      nl: `${count} ${count === 1 ? 'mislukte poging' : 'mislukte pogingen'} sinds uw laatste aanmelding.`,
      en: `${count} failed ${count === 1 ? 'attempt' : 'attempts'} since your last sign-in.`,
    },
  };
}
