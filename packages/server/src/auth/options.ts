import type { Context } from 'hono';
import type { UserMembership } from '@koers/store';
import type { AppEnv } from '../context';
import { DEFAULT_PASSWORD_PARAMS, type PasswordParams } from './passwords';
import { DEFAULT_LOGIN_LIMITS, type LoginLimits } from './login-limits';

/** Tunables of sign-in; every field has a default. */
export interface AuthOptions {
  /** scrypt cost for new password hashes (tests lower it). */
  password?: PasswordParams;
  /** How long a session lasts from login (default 12 hours). */
  sessionTtlMs?: number;
  /** How long an invitation link is valid (default 14 days). */
  invitationTtlMs?: number;
  loginLimits?: Partial<LoginLimits>;
  /** The client's address for per-address login limits; without it only the per-account limit applies. */
  clientIp?: (c: Context) => string | undefined;
  /** Origins besides the server's own that may make state-changing requests (e.g. a dev server). */
  trustedOrigins?: readonly string[];
}

export interface ResolvedAuthOptions {
  password: PasswordParams;
  sessionTtlMs: number;
  invitationTtlMs: number;
  loginLimits: LoginLimits;
  clientIp: (c: Context) => string | undefined;
  trustedOrigins: readonly string[];
  secureCookies: boolean;
}

export function resolveAuthOptions(options: AuthOptions = {}, secureCookies = false): ResolvedAuthOptions {
  return {
    password: options.password ?? DEFAULT_PASSWORD_PARAMS,
    sessionTtlMs: options.sessionTtlMs ?? 12 * 3_600_000,
    invitationTtlMs: options.invitationTtlMs ?? 14 * 24 * 3_600_000,
    loginLimits: { ...DEFAULT_LOGIN_LIMITS, ...options.loginLimits },
    clientIp: options.clientIp ?? (() => undefined),
    trustedOrigins: options.trustedOrigins ?? [],
    secureCookies,
  };
}

/** How the current request signed in, beyond the viewer: the session (for CSRF and logout) or the token. */
export interface AuthState {
  session: { idHash: string; csrfToken: string; expiresAt: string } | null;
  tokenId: string | null;
  /** The viewer's memberships with organisation names, as loaded with the session or token. */
  memberships: UserMembership[];
}

/** The app's environment: the viewer (for every route) and the sign-in details the auth routes need. */
export type AuthEnv = { Variables: AppEnv['Variables'] & { auth: AuthState | null } };
