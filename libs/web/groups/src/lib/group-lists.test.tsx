import { createMockClient, MockProviders, type MockHandlers } from '@hearth/web/graphql';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { InvitationsTab, RequestsTab } from './group-members';

const person = (i: number) => ({
  __typename: 'User',
  id: `u${i}`,
  displayName: `Person ${i}`,
  title: null,
  initials: 'P',
  avatarUrl: null,
});

/** `count` rows at `group.<key>`, 50 a page, continued after the id given as cursor. */
function pages(key: string, typename: string, count: number, node: (i: number) => object) {
  const all = Array.from({ length: count }, (_, i) => ({ id: `${key}-${i + 1}`, ...node(i + 1) }));
  return (v: Record<string, unknown>) => {
    const start = v['after'] ? all.findIndex((n) => n.id === v['after']) + 1 : 0;
    const slice = all.slice(start, start + 50);
    return {
      data: {
        group: {
          __typename: 'Group',
          id: 'g1',
          [key]: {
            __typename: `${typename}Connection`,
            totalCount: count,
            edges: slice.map((n) => ({ __typename: `${typename}Edge`, node: n })),
            pageInfo: {
              __typename: 'PageInfo',
              hasNextPage: start + 50 < count,
              endCursor: slice.at(-1)?.id ?? null,
            },
          },
        },
      },
    };
  };
}

function renderWith(handlers: MockHandlers, ui: ReactElement) {
  const calls: Array<{ operation: string; variables: Record<string, unknown> }> = [];
  render(
    <MockProviders client={createMockClient(handlers, calls)}>
      <MemoryRouter>{ui}</MemoryRouter>
    </MockProviders>,
  );
  return calls;
}

describe('group lists read a page at a time', () => {
  it('requests to join: 50, then the rest with Load more', async () => {
    const calls = renderWith(
      {
        GroupJoinRequests: pages('joinRequests', 'JoinRequest', 73, (i) => ({
          __typename: 'JoinRequest',
          createdAt: '2026-11-01T08:00:00Z',
          answers: [],
          user: person(i),
        })),
      },
      <RequestsTab groupId="g1" onChanged={() => undefined} />,
    );
    expect(await screen.findByRole('heading', { name: 'Requests to join (73)' })).toBeVisible();
    expect(screen.getAllByRole('button', { name: /^Approve / })).toHaveLength(50);
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Person 73')).toBeVisible();
    expect(screen.getAllByRole('button', { name: /^Approve / })).toHaveLength(73);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    expect(calls.filter((c) => c.operation === 'GroupJoinRequests').at(-1)?.variables).toEqual({
      id: 'g1',
      after: 'joinRequests-50',
    });
  });

  it('invitations: the total in the heading, 50, then the rest', async () => {
    renderWith(
      {
        GroupInvitations: pages('invitations', 'GroupInvitation', 51, (i) => ({
          __typename: 'GroupInvitation',
          createdAt: '2026-11-01T08:00:00Z',
          user: person(i),
          invitedBy: person(0),
        })),
      },
      <InvitationsTab groupId="g1" canManage canInvite={false} />,
    );
    const section = (await screen.findByRole('heading', { name: 'Invitations (51)' })).closest(
      'section',
    )!;
    expect(within(section).getAllByRole('button', { name: /^Revoke / })).toHaveLength(50);
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await within(section).findByText('Person 51')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });
});
