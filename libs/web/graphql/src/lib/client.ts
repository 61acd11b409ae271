import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { SetContextLink } from '@apollo/client/link/context';
import { CombinedGraphQLErrors } from '@apollo/client';
import { SessionStore } from './session';

/** The app's Apollo Client: adds the access token, and ends the session when the server refuses it. */
export function createApolloClient(session: SessionStore, uri = '/graphql'): ApolloClient {
  const auth = new SetContextLink(async (prevContext) => {
    const token = await session.accessToken();
    const headers = (prevContext['headers'] ?? {}) as Record<string, string>;
    return token ? { headers: { ...headers, authorization: `Bearer ${token}` } } : { headers };
  });
  const signOutOnRefusal = new ErrorLink(({ error }) => {
    if (
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED') &&
      session.hasSession
    ) {
      session.clear();
    }
  });
  return new ApolloClient({
    link: ApolloLink.from([signOutOnRefusal, auth, new HttpLink({ uri })]),
    cache: new InMemoryCache({
      typePolicies: {
        Organisation: { keyFields: [] },
        GroupPermissions: { keyFields: false },
        Membership: { keyFields: ['id'] },
      },
    }),
  });
}
