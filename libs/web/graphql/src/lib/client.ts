import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { SetContextLink } from '@apollo/client/link/context';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { CombinedGraphQLErrors } from '@apollo/client';
import { getMainDefinition } from '@apollo/client/utilities';
import { Kind, OperationTypeNode } from 'graphql';
import { Client, createClient } from 'graphql-ws';
import { LiveStatus } from './live-status';
import { pagedConnection } from './pagination';
import { SessionStore } from './session';

/** The app's cache (component tests use the same, see `createMockClient`). */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Organisation: { keyFields: [] },
      GroupPermissions: { keyFields: false },
      Membership: { keyFields: ['id'] },
      // A post's acknowledgement report has no id of its own: the counts and each of its lists
      // come from different queries, which add to it rather than replace it.
      AcknowledgementReport: { merge: true },
      // A thread's comments and a comment's replies are read a page at a time: "View earlier
      // comments" and "View more replies" add to what is shown (see `pagedConnection`).
      Post: { fields: { comments: pagedConnection(['order']) } },
      Comment: { fields: { replies: pagedConnection(false) } },
    },
  });
}

/** The subscription socket's address for an HTTP GraphQL path on this page's origin. */
export function socketUrl(uri: string, location: Pick<Location, 'protocol' | 'host'>): string {
  if (/^wss?:/.test(uri)) return uri;
  const base = /^https?:/.test(uri) ? new URL(uri) : null;
  const protocol = (base?.protocol ?? location.protocol) === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${base?.host ?? location.host}${base?.pathname ?? uri}`;
}

/** Waits 1, 2, 4 … up to 30 seconds between reconnection attempts, with jitter. */
export const reconnectDelay = (attempt: number, random = Math.random): number =>
  Math.min(30_000, 1000 * 2 ** attempt) * (0.75 + random() * 0.5);

/** Close code of a socket closed on purpose: the last subscription ended (or signing out). */
const NORMAL_CLOSURE = 1000;

/**
 * The subscription socket: signs in with the current access token (refreshed if needed), reconnects
 * for as long as the page is open (with backoff, never giving up while signed in), reports its state
 * to `status` (so the page can say "Reconnecting…"), and calls `onReconnect` after a connection that
 * replaces a lost or refused one, so that what is on screen is fetched again rather than left stale.
 */
export function createSocket(
  session: SessionStore,
  url: string,
  onReconnect: () => void,
  status: LiveStatus = new LiveStatus(),
): Client {
  return createClient({
    url,
    lazy: true,
    connectionParams: async () => {
      const token = await session.accessToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => session.hasSession,
    retryWait: (attempt) => new Promise((r) => setTimeout(r, reconnectDelay(attempt))),
    on: {
      connected: (_socket, _payload, wasRetry) => {
        status.set('live');
        if (wasRetry) onReconnect();
      },
      closed: (event) => {
        const code = (event as { code?: number } | undefined)?.code;
        status.set(code === NORMAL_CLOSURE || !session.hasSession ? 'idle' : 'reconnecting');
      },
    },
  });
}

/**
 * The app's Apollo Client: adds the access token, ends the session when the server refuses it,
 * and sends subscriptions over the graphql-ws socket.
 */
export function createApolloClient(
  session: SessionStore,
  uri = '/graphql',
  wsUrl: string | null = typeof window === 'undefined' ? null : socketUrl(uri, window.location),
  liveStatus: LiveStatus = new LiveStatus(),
): ApolloClient {
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
  const http = ApolloLink.from([signOutOnRefusal, auth, new HttpLink({ uri })]);
  let client: ApolloClient | null = null;
  const socket = wsUrl
    ? createSocket(session, wsUrl, () => void client?.refetchObservableQueries(), liveStatus)
    : null;
  // Signing out closes the socket at once (and, without a session, it does not come back).
  session.subscribe(() => {
    if (!session.hasSession) {
      socket?.terminate();
      liveStatus.set('idle');
    }
  });
  const link = socket
    ? ApolloLink.split(
        ({ query }) => {
          const definition = getMainDefinition(query);
          return (
            definition.kind === Kind.OPERATION_DEFINITION &&
            definition.operation === OperationTypeNode.SUBSCRIPTION
          );
        },
        new GraphQLWsLink(socket),
        http,
      )
    : http;
  client = new ApolloClient({
    link,
    cache: createCache(),
  });
  return client;
}
