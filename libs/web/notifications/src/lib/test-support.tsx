// Fixtures and a mock client for this library's tests only (not exported).
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import {
  createMockClient,
  type MockHandlers,
  MockProviders,
  type NotificationItemFragment,
} from '@hearth/web/graphql';
import { render } from '@testing-library/react';
import { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { Subject } from 'rxjs';

export type Calls = Array<{ operation: string; variables: Record<string, unknown> }>;

export function notification(over: Partial<NotificationItemFragment> = {}) {
  return {
    __typename: 'Notification',
    id: 'n1',
    kind: 'MENTION',
    summary: 'Ana Silva mentioned you in Garden',
    link: '/posts/p1',
    actors: [{ __typename: 'NotificationActor', id: 'u1', displayName: 'Ana Silva' }],
    actorCount: 1,
    eventCount: 1,
    groupId: 'g1',
    groupName: 'Garden',
    postId: 'p1',
    commentId: null,
    detail: null,
    read: false,
    createdAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    updatedAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    ...over,
  };
}

export function page(
  nodes: Array<ReturnType<typeof notification>>,
  pageInfo: { hasNextPage: boolean; endCursor: string | null } = {
    hasNextPage: false,
    endCursor: null,
  },
) {
  return {
    data: {
      notifications: {
        __typename: 'NotificationConnection',
        edges: nodes.map((node) => ({ __typename: 'NotificationEdge', cursor: node.id, node })),
        pageInfo: { __typename: 'PageInfo', ...pageInfo },
      },
    },
  };
}

/**
 * A mock client whose subscription socket the test drives: what is pushed into `signals` arrives
 * on `notificationEvents`; every other operation is answered by the handlers.
 */
export function clientWithSocket(handlers: MockHandlers, calls: Calls = []) {
  const signals = new Subject<ApolloLink.Result>();
  const http = createMockClient(handlers, calls).link;
  const socket = new ApolloLink(() => signals.asObservable());
  const client = new ApolloClient({
    link: ApolloLink.split((op) => op.operationName === 'NotificationEvents', socket, http),
    cache: new InMemoryCache(),
  });
  const push = (change: 'NEW' | 'READ', unreadCount: number) =>
    signals.next({
      data: { notificationEvents: { __typename: 'NotificationSignal', change, unreadCount } },
    });
  return { client, push, calls };
}

function Where() {
  const location = useLocation();
  return <p data-testid="location">{location.pathname + location.search}</p>;
}

/** Renders inside the providers and a router that shows where links went. */
export function renderWithClient(client: ApolloClient, ui: ReactElement, path = '/') {
  return render(
    <MockProviders client={client}>
      <MemoryRouter initialEntries={[path]}>
        {ui}
        <Routes>
          <Route path="*" element={<Where />} />
        </Routes>
      </MemoryRouter>
    </MockProviders>,
  );
}
