import type { Connection } from '../create';
import { prepareStatement } from './statement';

/** What the login limits need to know before a password is checked. Times are epoch milliseconds. */
export interface LoginState {
  /** Failed attempts on this account (e-mail) since its last successful sign-in. */
  failures: number;
  lastFailureAt: number | null;
  /** Whether the account's last successful sign-in came from this address. */
  knownAddress: boolean;
  /** How many different accounts (e-mails) this address failed against since `since`. */
  addressAccounts: number;
  addressLastFailureAt: number | null;
}

const STATE = `
select coalesce(a.failures, 0)::int as failures,
  (extract(epoch from a.last_failure_at) * 1000)::float8 as last_failure_at,
  coalesce(a.last_sign_in_address = $2, false) as known_address,
  f.accounts::int as address_accounts, (extract(epoch from f.last_at) * 1000)::float8 as address_last_failure_at
from (select count(distinct email) as accounts, max(at) as last_at from login_failures where address = $2 and at > $3::timestamptz) f
left join login_accounts a on a.email = $1`;

// Counts an attempt as a failure before the password is checked, but only if the account need not wait
// (the same rule as the server's loginWaitMs): the row lock makes simultaneous attempts take turns, so a
// burst of guesses cannot all pass the check before any of them is counted. A good password undoes it.
const RESERVE = `
insert into login_accounts (email, failures, last_failure_at) values ($1, 1, $2::timestamptz)
on conflict (email) do update set failures = login_accounts.failures + 1, last_failure_at = excluded.last_failure_at
where login_accounts.failures < $3::int or login_accounts.last_failure_at is null
  or login_accounts.last_failure_at + least(power(2, login_accounts.failures - $3::int) * 1000, $4::float8) * interval '1 millisecond' <= excluded.last_failure_at
returning failures`;

// One statement: note the failure for the address, and forget what is older than a day (rows of e-mails that
// never signed in included, so made-up e-mails do not pile up).
const FAILED = `
with noted as (
  insert into login_failures (address, email, at) select $2, $1, $3::timestamptz where $2::text is not null
), pruned as (
  delete from login_failures where at < $4::timestamptz
), forgotten as (
  delete from login_accounts where last_sign_in_at is null and last_failure_at < $4::timestamptz and email <> $1
)
select 1 as done`;

// A good password: the failures (less this attempt's reservation) become the notice, the address is remembered, and this account's failures
// from this address no longer count against the address (a typo, not an attack).
const SUCCEEDED = `
with account as (
  insert into login_accounts (email, last_sign_in_at, last_sign_in_address) values ($1, $3::timestamptz, $2)
  on conflict (email) do update set failures_before_sign_in = greatest(login_accounts.failures - 1, 0), failures = 0,
    last_sign_in_at = excluded.last_sign_in_at, last_sign_in_address = excluded.last_sign_in_address
  returning failures_before_sign_in
), cleared as (
  delete from login_failures where email = $1 and address = $2
)
select failures_before_sign_in from account`;

const NOTICE = 'select failures_before_sign_in from login_accounts where email = $1';

/**
 * Sign-in attempts, shared by every server process (the login limits read and write only here). Addresses are
 * opaque to the store: the server passes a hash. Times come from the caller's clock.
 * @example const state = await store.logins.state('an@school.nl', addressHash, new Date(now - DAY));
 */
export function createLoginsRepo(connection: Connection) {
  const state = prepareStatement<{ failures: number; last_failure_at: number | null; known_address: boolean; address_accounts: number; address_last_failure_at: number | null }>(connection, STATE);
  const reserve = prepareStatement<{ failures: number }>(connection, RESERVE);
  const failed = prepareStatement<{ done: number }>(connection, FAILED);
  const succeeded = prepareStatement<{ failures_before_sign_in: number }>(connection, SUCCEEDED);
  const notice = prepareStatement<{ failures_before_sign_in: number }>(connection, NOTICE);
  const ms = (value: number | null) => (value === null ? null : Number(value));

  return {
    /** The account's failures and the address's failures since `since` (null address: none). */
    async state(email: string, address: string | null, since: Date): Promise<LoginState> {
      const [row] = await state([email, address, since.toISOString()]);
      return {
        failures: Number(row!.failures), lastFailureAt: ms(row!.last_failure_at), knownAddress: row!.known_address,
        addressAccounts: Number(row!.address_accounts), addressLastFailureAt: ms(row!.address_last_failure_at),
      };
    },

    /**
     * Counts an attempt on the account before its password is checked, unless the account must still wait
     * (`freeFailures` failures, then 2^(failures - freeFailures) s after the last one, at most `maxDelayMs`):
     * false then, and nothing is written. Simultaneous attempts take turns on the row.
     */
    async reserve(email: string, now: Date, limits: { freeFailures: number; maxDelayMs: number }): Promise<boolean> {
      return (await reserve([email, now.toISOString(), limits.freeFailures, limits.maxDelayMs])).length > 0;
    },

    /** Notes a failed attempt (already counted on the account by `reserve`) for the address; forgets rows older than `forgetBefore`. */
    async failed(email: string, address: string | null, now: Date, forgetBefore: Date): Promise<void> {
      await failed([email, address, now.toISOString(), forgetBefore.toISOString()]);
    },

    /** Records a successful sign-in (undoing its reservation); answers how many failed attempts came before it. */
    async succeeded(email: string, address: string | null, now: Date): Promise<number> {
      const [row] = await succeeded([email, address, now.toISOString()]);
      return Number(row!.failures_before_sign_in);
    },

    /** How many failed attempts came before the account's last successful sign-in. */
    async failuresBeforeSignIn(email: string): Promise<number> {
      const [row] = await notice([email]);
      return Number(row?.failures_before_sign_in ?? 0);
    },
  };
}

export type LoginsRepo = ReturnType<typeof createLoginsRepo>;
