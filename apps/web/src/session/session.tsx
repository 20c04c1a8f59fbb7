import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { apiFetch, setCsrfToken } from '../api/client';

export interface Membership { organisationId: string; organisationName: string; role: string }
export interface SessionUser { id: string; email: string; name: string; isAdmin: boolean }
/** What the server says this person may do (its own rules): the links and pages to show. */
export interface Can { overview: boolean; invite: boolean }
/** Failed sign-in attempts on this account before the current sign-in (the server's words, nl and en). */
export interface SignInNotice { failedAttempts: number; message: { nl: string; en: string } }
export interface MeResponse { user: SessionUser; memberships: Membership[]; can: Can; csrfToken: string | null; notice?: SignInNotice | null }

interface SessionValue {
  /** undefined while the first `/api/auth/me` is under way; null when signed out. */
  me: MeResponse | null | undefined;
  signIn: (email: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
  /** Takes over a session the server just gave (accepting an invitation), as `signIn` does after a login. */
  adopt: (answer: MeResponse) => void;
}

const SessionContext = createContext<SessionValue>({ me: null, signIn: async () => {}, signOut: async () => {}, adopt: () => {} });

/** Who is signed in: asks `/api/auth/me` on load and remembers the CSRF token for writes. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<MeResponse | null | undefined>(undefined);
  useEffect(() => {
    apiFetch<MeResponse>('/api/auth/me').then((answer) => {
      setCsrfToken(answer.csrfToken ?? undefined);
      setMe(answer);
    }, () => {
      // 401 means signed out. Without an API at all (the form preview served as plain files) the answer is not
      // JSON; that too counts as signed out, so the pages that need no account keep working.
      setMe(null);
    });
  }, []);
  const signIn = useCallback(async (email: string, password: string) => {
    const answer = await apiFetch<MeResponse>('/api/auth/login', { method: 'POST', body: { email, password } });
    setCsrfToken(answer.csrfToken ?? undefined);
    setMe(answer);
  }, []);
  const adopt = useCallback((answer: MeResponse) => {
    setCsrfToken(answer.csrfToken ?? undefined);
    setMe(answer);
  }, []);
  const signOut = useCallback(async () => {
    try {
      await apiFetch<void>('/api/auth/logout', { method: 'POST' });
    } finally {
      setCsrfToken(undefined);
      setMe(null);
    }
  }, []);
  return <SessionContext.Provider value={{ me, signIn, signOut, adopt }}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  return useContext(SessionContext);
}
