import { createMockClient, MockProviders } from '@hearth/web/graphql';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { CreateGroupDialog } from './create-group-dialog';

function renderDialog(handlers = {}) {
  const calls: Array<{ operation: string; variables: Record<string, unknown> }> = [];
  render(
    <MockProviders client={createMockClient(handlers, calls)}>
      <MemoryRouter>
        <CreateGroupDialog open onClose={() => undefined} />
      </MemoryRouter>
    </MockProviders>,
  );
  return calls;
}

describe('CreateGroupDialog', () => {
  it('refuses a too short name without calling the server', async () => {
    const calls = renderDialog();
    await userEvent.type(screen.getByLabelText('Name'), 'ab');
    await userEvent.click(screen.getByRole('button', { name: 'Create group' }));
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription(/at least 3 characters/);
    expect(calls).toHaveLength(0);
  });

  it('previews the address and shows a taken address beside the name', async () => {
    const calls = renderDialog({
      CreateGroup: () => ({
        errors: [
          {
            message: 'That address is taken: choose another.',
            extensions: { code: 'CONFLICT', field: 'slug' },
          },
        ],
      }),
    });
    await userEvent.type(screen.getByLabelText('Name'), 'Café Lovers');
    expect(screen.getByText('Its address will be /groups/cafe-lovers')).toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('Closed'));
    await userEvent.click(screen.getByRole('button', { name: 'Add a question' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Question 1' }), 'Favourite bean?');
    await userEvent.click(screen.getByRole('button', { name: 'Create group' }));
    expect(await screen.findByText('That address is taken: choose another.')).toBeInTheDocument();
    expect(calls[0]?.variables).toMatchObject({
      input: {
        name: 'Café Lovers',
        visibility: 'CLOSED',
        category: 'TEAM',
        membershipQuestions: ['Favourite bean?'],
      },
    });
  });

  it('offers questions only for CLOSED groups', async () => {
    renderDialog();
    expect(screen.queryByRole('button', { name: 'Add a question' })).toBeNull();
    await userEvent.click(screen.getByLabelText('Closed'));
    expect(screen.getByRole('button', { name: 'Add a question' })).toBeInTheDocument();
  });
});
