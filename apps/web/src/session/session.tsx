import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { setCsrfToken } from '../api/client';
import { type MeResponse, logIn, logOut } from '../api/session';
import { sessionKey, sessionQuery } from '../queries/session';

export type { Can, Membership, MeResponse, SessionUser, SignInNotice } from '../api/session';

interface SessionValue {
  /** undefined while the first `/api/auth/me` is under way; null when signed out. */
  me: MeResponse | null | undefined;
  signIn: (email: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
  /** Takes over a session the server just gave (accepting an invitation), as `signIn` does after a login. */
  adopt: (answer: MeResponse) => void;
}

const SessionContext = createContext<SessionValue>({ me: null, signIn: async () => {}, signOut: async () => {}, adopt: () => {} });

/**
 * Who is signed in: asks `/api/auth/me` on load and remembers the CSRF token for writes. When the person changes
 * (sign-in, sign-out, an accepted invitation) every cached answer goes that was someone else's to see (all but
 * those marked `meta: { public: true }`, the same for everyone).
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const { data: me } = useQuery(sessionQuery);
  const become = useCallback((answer: MeResponse | null) => {
    setCsrfToken(answer?.csrfToken ?? undefined);
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] && query.meta?.public !== true });
    queryClient.setQueryData(sessionKey, answer);
  }, [queryClient]);
  const signIn = useCallback(async (email: string, password: string) => become(await logIn(email, password)), [become]);
  const signOut = useCallback(async () => {
    try {
      await logOut();
    } finally {
      become(null);
    }
  }, [become]);
  const value = useMemo(() => ({ me, signIn, signOut, adopt: become }), [me, signIn, signOut, become]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  return useContext(SessionContext);
}
