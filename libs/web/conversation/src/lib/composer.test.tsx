import { createMockClient, MockProviders } from '@hearth/web/graphql';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { Composer } from './composer';

function renderComposer(canAnnounce: boolean, handlers = {}) {
  const calls: Array<{ operation: string; variables: Record<string, unknown> }> = [];
  render(
    <MockProviders client={createMockClient(handlers, calls)}>
      <MemoryRouter>
        <Composer groups={[{ id: 'g1', name: 'Garden', canAnnounce }]} />
      </MemoryRouter>
    </MockProviders>,
  );
  return { calls };
}

describe('Composer', () => {
  it('offers announcements to group admins only', () => {
    renderComposer(false);
    expect(screen.queryByRole('button', { name: 'Announcement' })).toBeNull();
  });

  it('is the kinds and one line until it is first used, then opens for good', async () => {
    renderComposer(false);
    const composer = screen.getByRole('region', { name: 'Write a post' });
    const text = screen.getByLabelText('Your post');
    expect(composer).toHaveClass('h-composer--compact');
    expect(text).toHaveAttribute('rows', '1');
    await userEvent.click(text);
    expect(composer).not.toHaveClass('h-composer--compact');
    expect(text).toHaveAttribute('rows', '4');
    // The same field, still focused: typing goes on where it started.
    expect(text).toHaveFocus();
    await userEvent.tab();
    expect(composer).not.toHaveClass('h-composer--compact');
  });

  it('previews Markdown and sends a poll with its options', async () => {
    const { calls } = renderComposer(true, {
      CreatePost: () => ({
        errors: [
          {
            message: 'A poll has 2 to 10 options.',
            extensions: { code: 'BAD_USER_INPUT', field: 'options' },
          },
        ],
      }),
    });
    await userEvent.click(screen.getByRole('button', { name: 'Poll' }));
    await userEvent.type(screen.getByLabelText('Your poll question'), 'Which **seeds**?');
    await userEvent.click(screen.getByRole('tab', { name: 'Preview' }));
    expect(screen.getByText('seeds').tagName).toBe('STRONG');
    await userEvent.type(screen.getByLabelText('Option 1'), 'Basil');
    await userEvent.type(screen.getByLabelText('Option 2'), 'Chilli');
    await userEvent.click(screen.getByRole('button', { name: 'Post' }));
    expect(await screen.findByText('A poll has 2 to 10 options.')).toBeInTheDocument();
    const call = calls.find((c) => c.operation === 'CreatePost');
    expect(call?.variables).toMatchObject({
      input: {
        groupId: 'g1',
        kind: 'POLL',
        body: 'Which **seeds**?',
        poll: { options: ['Basil', 'Chilli'], multipleChoice: false },
      },
    });
  });
});
