import { createMockClient, MockProviders } from '@hearth/web/graphql';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ActionGroup, GroupAction } from './group-action';

const base: ActionGroup = {
  id: 'g1',
  name: 'Book Club',
  visibility: 'CLOSED',
  archived: false,
  viewerStatus: 'NONE',
  viewerRole: null,
  membershipQuestions: ['What did you read last?'],
};

function renderAction(group: Partial<ActionGroup>, handlers = {}) {
  const calls: Array<{ operation: string; variables: Record<string, unknown> }> = [];
  const onChanged = vi.fn();
  render(
    <MockProviders client={createMockClient(handlers, calls)}>
      <GroupAction group={{ ...base, ...group }} onChanged={onChanged} />
    </MockProviders>,
  );
  return { calls, onChanged };
}

describe('GroupAction', () => {
  it.each([
    [{ visibility: 'OPEN' as const }, 'Join group'],
    [{ visibility: 'CLOSED' as const }, 'Ask to join'],
    [
      { viewerStatus: 'INVITED' as const, visibility: 'SECRET' as const },
      'Accept invitation and join',
    ],
    [{ viewerStatus: 'REQUESTED' as const }, 'Cancel request'],
    [{ viewerStatus: 'MEMBER' as const }, 'Leave group'],
  ])('offers the right action for %o', (group, label) => {
    renderAction(group);
    expect(screen.getByRole('button', { name: label })).toBeInTheDocument();
  });

  it('explains instead of offering anything to a banned person or in an archived group', () => {
    renderAction({ viewerStatus: 'BANNED' });
    expect(screen.getByText('You can’t join this group.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('requires an answer to each question before sending a request', async () => {
    const { calls, onChanged } = renderAction(
      {},
      {
        RequestToJoin: () => ({
          data: {
            requestToJoinGroup: {
              __typename: 'JoinRequest',
              id: 'r1',
              status: 'PENDING',
              group: { __typename: 'Group', id: 'g1', viewerStatus: 'REQUESTED' },
            },
          },
        }),
      },
    );
    await userEvent.click(screen.getByRole('button', { name: 'Ask to join' }));
    const dialog = screen.getByRole('dialog', { name: 'Ask to join Book Club' });
    await userEvent.click(screen.getByRole('button', { name: 'Send request' }));
    expect(screen.getByText('Please answer this question.')).toBeInTheDocument();
    expect(calls).toHaveLength(0);
    await userEvent.type(screen.getByLabelText('What did you read last?'), 'Middlemarch');
    await userEvent.click(screen.getByRole('button', { name: 'Send request' }));
    await vi.waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(calls[0]?.variables).toEqual({ input: { groupId: 'g1', answers: ['Middlemarch'] } });
    expect(dialog).not.toBeInTheDocument();
  });

  it('shows the server’s reason when joining is refused', async () => {
    renderAction(
      { visibility: 'OPEN' },
      {
        JoinGroup: () => ({
          errors: [
            {
              message: 'This group is archived: it is read-only until it is unarchived.',
              extensions: { code: 'FORBIDDEN' },
            },
          ],
        }),
      },
    );
    await userEvent.click(screen.getByRole('button', { name: 'Join group' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This group is archived');
  });
});
