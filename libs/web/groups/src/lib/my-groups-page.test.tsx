import {
  createMockClient,
  MockProviders,
  signInCache,
  type MockHandlers,
} from '@hearth/web/graphql';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { MyGroupsPage } from './my-groups-page';

const group = (i: number) => ({
  __typename: 'Group',
  id: `g${i}`,
  slug: `group-${i}`,
  name: `Group ${i}`,
  description: '',
  category: 'TEAM',
  visibility: 'OPEN',
  coverColor: null,
  coverImageUrl: null,
  archived: false,
  memberCount: 3,
  viewerStatus: 'NONE',
});

/** A root connection `key` of `count` nodes, `size` a page, continued after the id given as cursor. */
function pages(key: string, typename: string, size: number, all: () => Array<{ id: string }>) {
  return (v: Record<string, unknown>) => {
    const nodes = all();
    const start = v['after'] ? nodes.findIndex((n) => n.id === v['after']) + 1 : 0;
    const slice = nodes.slice(start, start + size);
    return {
      data: {
        [key]: {
          __typename: `${typename}Connection`,
          totalCount: nodes.length,
          edges: slice.map((n) => ({ __typename: `${typename}Edge`, node: n })),
          pageInfo: {
            __typename: 'PageInfo',
            hasNextPage: start + size < nodes.length,
            endCursor: slice.at(-1)?.id ?? null,
          },
        },
      },
    };
  };
}

const invitation = (i: number) => ({
  __typename: 'GroupInvitation',
  id: `inv${i}`,
  createdAt: '2026-11-01T08:00:00Z',
  invitedBy: { __typename: 'User', id: 'u1', displayName: 'Olga Owner' },
  group: group(100 + i),
});
const request = (i: number) => ({
  __typename: 'JoinRequest',
  id: `req${i}`,
  createdAt: '2026-11-01T08:00:00Z',
  group: { __typename: 'Group', id: `g${200 + i}`, slug: `asked-${i}`, name: `Asked ${i}` },
});
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

function renderPage(handlers: MockHandlers) {
  const calls: Array<{ operation: string; variables: Record<string, unknown> }> = [];
  const client = createMockClient(handlers, calls);
  signInCache(client);
  render(
    <MockProviders client={client} signedIn>
      <MemoryRouter>
        <MyGroupsPage />
      </MemoryRouter>
    </MockProviders>,
  );
  const count = (operation: string) => calls.filter((c) => c.operation === operation).length;
  return { calls, count };
}

describe('My groups', () => {
  it('reads my groups, invitations and requests a page at a time, with their totals', async () => {
    const { calls } = renderPage({
      MyGroups: pages('groups', 'Group', 48, () => range(60).map(group)),
      MyGroupInvitations: pages('myGroupInvitations', 'GroupInvitation', 20, () =>
        range(45).map(invitation),
      ),
      MyJoinRequests: pages('myJoinRequests', 'JoinRequest', 20, () => range(23).map(request)),
    });
    const groups = (await screen.findByRole('heading', { name: 'Groups you are in (60)' })).closest(
      'section',
    )!;
    expect(within(groups).getAllByRole('listitem')).toHaveLength(48);
    await userEvent.click(within(groups).getByRole('button', { name: 'Load more' }));
    expect(await within(groups).findByText('Group 60')).toBeVisible();
    expect(within(groups).getAllByRole('listitem')).toHaveLength(60);
    expect(within(groups).queryByRole('button', { name: 'Load more' })).toBeNull();

    const invitations = screen
      .getByRole('heading', { name: 'Invitations (45)' })
      .closest('section')!;
    expect(within(invitations).getAllByRole('button', { name: /^Accept / })).toHaveLength(20);
    await userEvent.click(within(invitations).getByRole('button', { name: 'Load more' }));
    await userEvent.click(await within(invitations).findByRole('button', { name: 'Load more' }));
    expect(await within(invitations).findByText('Group 145')).toBeVisible();
    expect(within(invitations).getAllByRole('button', { name: /^Accept / })).toHaveLength(45);
    expect(within(invitations).queryByRole('button', { name: 'Load more' })).toBeNull();

    const requests = screen
      .getByRole('heading', { name: 'Waiting for approval (23)' })
      .closest('section')!;
    expect(within(requests).getAllByRole('link')).toHaveLength(20);
    await userEvent.click(within(requests).getByRole('button', { name: 'Load more' }));
    expect(await within(requests).findByRole('link', { name: 'Asked 23' })).toBeVisible();
    expect(calls.filter((c) => c.operation === 'MyGroupInvitations').at(-1)?.variables).toEqual({
      after: 'inv40',
    });
  });

  it('an invitation answered leaves at once, the pages read stay, and a group joined is among mine', async () => {
    let left = range(45).map(invitation);
    const mine = [group(1)];
    const { count } = renderPage({
      MyGroups: pages('groups', 'Group', 48, () => mine),
      MyGroupInvitations: pages('myGroupInvitations', 'GroupInvitation', 20, () => left),
      MyJoinRequests: pages('myJoinRequests', 'JoinRequest', 20, () => []),
      AcceptGroupInvitation: (v) => {
        const id = (v['input'] as { invitationId: string }).invitationId;
        left = left.filter((i) => i.id !== id);
        mine.push({ ...group(130), viewerStatus: 'MEMBER' });
        return {
          data: {
            acceptGroupInvitation: {
              __typename: 'Group',
              id: 'g130',
              viewerStatus: 'MEMBER',
              viewerRole: 'MEMBER',
              memberCount: 4,
            },
          },
        };
      },
      DeclineGroupInvitation: (v) => {
        const id = (v['input'] as { invitationId: string }).invitationId;
        left = left.filter((i) => i.id !== id);
        return {
          data: {
            declineGroupInvitation: { __typename: 'GroupInvitation', id, status: 'DECLINED' },
          },
        };
      },
    });
    const invitations = (await screen.findByRole('heading', { name: 'Invitations (45)' })).closest(
      'section',
    )!;
    await userEvent.click(within(invitations).getByRole('button', { name: 'Load more' }));
    await within(invitations).findByText('Group 140');
    expect(await screen.findByRole('heading', { name: 'Groups you are in (1)' })).toBeVisible();
    const reads = count('MyGroupInvitations');

    await userEvent.click(
      screen.getByRole('button', { name: 'Accept the invitation to Group 130' }),
    );
    expect(await screen.findByRole('heading', { name: 'Invitations (44)' })).toBeVisible();
    expect(within(invitations).queryByText('Group 130')).toBeNull();
    expect(within(invitations).getAllByRole('button', { name: /^Accept / })).toHaveLength(39);
    expect(await screen.findByRole('heading', { name: 'Groups you are in (2)' })).toBeVisible();

    await userEvent.click(
      screen.getByRole('button', { name: 'Decline the invitation to Group 102' }),
    );
    expect(await screen.findByRole('heading', { name: 'Invitations (43)' })).toBeVisible();
    expect(within(invitations).queryByText('Group 102')).toBeNull();
    expect(within(invitations).getAllByRole('button', { name: /^Accept / })).toHaveLength(38);
    // The list was not read again: what was read stays where it was.
    expect(count('MyGroupInvitations')).toBe(reads);
  });

  it('an answer that fails is said kindly and the invitation stays; a list that fails offers to try again', async () => {
    let failing = true;
    renderPage({
      MyGroups: pages('groups', 'Group', 48, () => []),
      MyGroupInvitations: pages('myGroupInvitations', 'GroupInvitation', 20, () =>
        range(2).map(invitation),
      ),
      MyJoinRequests: (v) =>
        failing
          ? { errors: [{ message: 'Database unavailable', extensions: { code: 'INTERNAL' } }] }
          : pages('myJoinRequests', 'JoinRequest', 20, () => range(1).map(request))(v),
      AcceptGroupInvitation: () => ({
        errors: [
          { message: 'This invitation is no longer valid.', extensions: { code: 'NOT_FOUND' } },
        ],
      }),
    });
    expect(await screen.findByText('You are not in any groups yet')).toBeVisible();
    expect(await screen.findByText(/Your requests to join could not be shown/)).toBeVisible();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Accept the invitation to Group 101' }),
    );
    expect(await screen.findByText('This invitation is no longer valid.')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Invitations (2)' })).toBeVisible();
    failing = false;
    await userEvent.click(screen.getByRole('button', { name: /try again/i }));
    expect(await screen.findByRole('heading', { name: 'Waiting for approval (1)' })).toBeVisible();
  });
});
