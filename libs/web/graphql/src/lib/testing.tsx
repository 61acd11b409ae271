import { ApolloClient, ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { ReactNode, useMemo } from 'react';
import { Observable } from 'rxjs';
import { AuthProvider, ME } from './auth';
import type { GroupCreationPolicy, MeQuery, OrgRole } from '../gql/graphql';
import { createCache } from './client';
import { SessionStore } from './session';

/** A response for an operation: data, or errors as the server would send them. */
export type MockResponse =
  | { data: Record<string, unknown> }
  | { errors: Array<{ message: string; extensions: { code: string; field?: string } }> };

export type MockHandlers = Record<string, (variables: Record<string, unknown>) => MockResponse>;

/** For component tests: a client whose network answers by operation name (an unknown one fails the test). */
export function createMockClient(
  handlers: MockHandlers,
  calls: Array<{ operation: string; variables: Record<string, unknown> }> = [],
): ApolloClient {
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const handler = handlers[operation.operationName ?? ''];
        calls.push({ operation: operation.operationName ?? '', variables: operation.variables });
        if (!handler) {
          observer.error(new Error(`No mock for ${operation.operationName ?? 'anonymous'}`));
          return;
        }
        const response = handler(operation.variables);
        setTimeout(() => {
          observer.next(response as ApolloLink.Result);
          observer.complete();
        }, 0);
      }),
  );
  return new ApolloClient({ link, cache: createCache() });
}

class MemoryStorage {
  private items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** Wraps a component in Apollo and auth providers backed by mocks; `signedIn` pretends a session exists. */
export function MockProviders({
  client,
  signedIn = false,
  children,
}: {
  client: ApolloClient;
  signedIn?: boolean;
  children: ReactNode;
}) {
  const session = useMemo(() => {
    const storage = new MemoryStorage();
    if (signedIn) storage.setItem('hearth.refreshToken', 'test');
    const store = new SessionStore('/graphql', storage);
    if (signedIn)
      store.set({
        accessToken: 'test',
        accessTokenExpiresAt: '2999-01-01T00:00:00.000Z',
        refreshToken: 'test',
      });
    return store;
  }, [signedIn]);
  return (
    <ApolloProvider client={client}>
      <AuthProvider session={session}>{children}</AuthProvider>
    </ApolloProvider>
  );
}

/** The signed-in person's `Me` answer for component tests: Vera Viewer, a MEMBER unless told otherwise. */
export const meAnswer = (orgRole: `${OrgRole}` = 'MEMBER') => ({
  me: {
    __typename: 'User' as const,
    id: 'u7',
    displayName: 'Vera Viewer',
    email: 'vera@example.com',
    title: null,
    department: null,
    avatarUrl: null,
    initials: 'VV',
    orgRole,
  },
  organisation: {
    __typename: 'Organisation' as const,
    name: 'Hearth',
    groupCreationPolicy: 'EVERYONE' as GroupCreationPolicy,
  },
});

/** Signs the client's cache in, so that `useViewer` has someone from the first render. */
export function signInCache(client: ApolloClient, orgRole?: `${OrgRole}`): void {
  client.writeQuery<MeQuery>({ query: ME, data: meAnswer(orgRole) });
}
