import type { MeResponse, RoleCode } from '@kinerja/contract';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { ApiError, setApiEventHandler, setCsrfToken } from '../api/client';
import { navigate } from '../router';
import { fetchMe, logout } from './session-api';

/** Where the session stands: still loading, signed out, unreachable, or signed in. */
export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'error'; error: unknown }
  | { status: 'signed-in'; me: MeResponse };

type SessionValue = {
  state: SessionState;
  /** Reloads GET /api/me (after sign-in, role or period changes). */
  refresh: () => Promise<void>;
  /** Remembers a fresh sign-in's CSRF token, then loads the person. */
  signedIn: (csrfToken: string) => Promise<void>;
  signOut: () => Promise<void>;
};

const SessionContext = createContext<SessionValue | null>(null);

/** Loads the signed-in person once and keeps every page in step with the session. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const refresh = useCallback(async () => {
    try {
      const me = await fetchMe();
      setCsrfToken(me.csrfToken);
      setState({ status: 'signed-in', me });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        setCsrfToken(null);
        setState({ status: 'anonymous' });
      } else {
        setState({ status: 'error', error });
      }
    }
  }, []);

  const signedIn = useCallback(
    async (csrfToken: string) => {
      setCsrfToken(csrfToken);
      await refresh();
    },
    [refresh],
  );

  const signOut = useCallback(async () => {
    try {
      await logout();
    } finally {
      setCsrfToken(null);
      navigate('/masuk');
      setState({ status: 'anonymous' });
    }
  }, []);

  useEffect(() => {
    setApiEventHandler((event) => {
      if (event === 'unauthenticated') {
        setCsrfToken(null);
        setState({ status: 'anonymous' });
      } else {
        void refresh();
      }
    });
    void refresh();
    return () => setApiEventHandler(null);
  }, [refresh]);

  const value = useMemo(
    () => ({ state, refresh, signedIn, signOut }),
    [state, refresh, signedIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session state and its actions. */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The signed-in person; only for pages rendered behind the sign-in guard. */
export function useMe(): MeResponse {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useMe needs a signed-in session');
  return state.me;
}

/** Whether the person's active role is one of `roles` (what the shell offers depends on it). */
export const activeRoleIn = (me: MeResponse, roles: readonly RoleCode[]): boolean =>
  me.activeRole !== null && roles.includes(me.activeRole);

/** Roles that manage a school's roster: Operator Sekolah and Admin. */
export const rosterRoles: readonly RoleCode[] = ['school_operator', 'admin'];

/** A role's name as the server labelled it for this person (a Plt reads "Plt. …"), else the catalogue's. */
export function roleName(me: MeResponse, role: RoleCode, fallback: string): string {
  return me.roles.find((grant) => grant.role === role)?.label ?? fallback;
}
