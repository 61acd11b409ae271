import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  createContext,
  ReactNode,
  useCallback,
  useContext,
  useMemo,
  useSyncExternalStore,
} from 'react';
import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';
import { SessionStore, SessionTokens } from './session';

export const ME = graphql(`
  query Me {
    me {
      id
      displayName
      email
      title
      department
      avatarUrl
      initials
      orgRole
    }
    organisation {
      name
      groupCreationPolicy
    }
  }
`);

const SIGN_IN = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
    }
  }
`);

const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut
  }
`);

export type Viewer = MeQuery['me'];

interface AuthValue {
  /** null while signed out; undefined while loading. */
  viewer: Viewer | null | undefined;
  organisation: MeQuery['organisation'] | undefined;
  signIn: (email: string, password: string) => Promise<void>;
  /** Stores tokens obtained elsewhere (accepting an invitation). */
  startSession: (tokens: SessionTokens) => Promise<void>;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({
  session,
  children,
}: {
  session: SessionStore;
  children: ReactNode;
}) {
  const client = useApolloClient();
  const signedIn = useSyncExternalStore(
    (l) => session.subscribe(l),
    () => session.hasSession,
  );
  const me = useQuery(ME, { skip: !signedIn, fetchPolicy: 'cache-and-network' });
  const [signInMutation] = useMutation(SIGN_IN);
  const [signOutMutation] = useMutation(SIGN_OUT);

  const startSession = useCallback(
    async (tokens: SessionTokens) => {
      await client.clearStore();
      session.set(tokens);
    },
    [client, session],
  );

  const signIn = useCallback(
    async (email: string, password: string) => {
      const res = await signInMutation({ variables: { input: { email, password } } });
      if (res.data) await startSession(res.data.signIn);
    },
    [signInMutation, startSession],
  );

  const signOut = useCallback(async () => {
    try {
      await signOutMutation();
    } catch {
      // The session may already be over; signing out locally is what matters.
    }
    session.clear();
    await client.clearStore();
  }, [client, session, signOutMutation]);

  const value = useMemo<AuthValue>(
    () => ({
      viewer: !signedIn ? null : me.data ? me.data.me : me.error ? null : undefined,
      organisation: me.data?.organisation,
      signIn,
      startSession,
      signOut,
    }),
    [signedIn, me.data, me.error, signIn, startSession, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>.');
  return value;
}

/** For components that only render when signed in. */
export function useViewer(): Viewer {
  const { viewer } = useAuth();
  if (!viewer) throw new Error('useViewer needs a signed-in person.');
  return viewer;
}
