/**
 * The signed-in user for the whole app: asked of GET /auth/me at start (a session cookie from an
 * earlier sign-in, or credentials the browser sends by itself), set by the login screen, cleared
 * by sign-out. The CSRF token of a cookie session goes to the API client.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { ApiError, auth, setCsrfToken } from '../api/client';
import type { CurrentUser, Role } from '../api/client';

interface Session {
  /** undefined while asking the server; null when nobody is signed in */
  user: CurrentUser | null | undefined;
  error?: string;
  signedIn: (user: CurrentUser) => void;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<CurrentUser | null | undefined>(undefined);
  const [error, setError] = useState<string>();

  const signedIn = useCallback((u: CurrentUser) => {
    setCsrfToken(u.csrfToken);
    setUser(u);
  }, []);

  useEffect(() => {
    auth.me().then(signedIn, (e: Error) => {
      if (!(e instanceof ApiError && e.status === 401)) setError(e.message);
      setUser(null);
    });
  }, [signedIn]);

  const signOut = useCallback(async () => {
    try {
      await auth.logout();
    } finally {
      setCsrfToken(null);
      setUser(null);
    }
  }, []);

  const value = useMemo(() => ({ user, error, signedIn, signOut }), [user, error, signedIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** True when the user has one of the roles. */
export function hasRole(user: CurrentUser | null | undefined, roles: readonly Role[]): boolean {
  return !!user && roles.includes(user.role);
}
