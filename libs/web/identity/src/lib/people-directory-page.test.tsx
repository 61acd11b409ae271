import { createMockClient, MockProviders } from '@hearth/web/graphql';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { PeopleDirectoryPage } from './people-directory-page';

const page = (nodes: Array<{ id: string; displayName: string }>) => ({
  data: {
    users: {
      __typename: 'UserConnection',
      totalCount: nodes.length,
      edges: nodes.map((n) => ({
        __typename: 'UserEdge',
        node: {
          __typename: 'User',
          title: 'Engineer',
          department: 'Engineering',
          location: null,
          avatarUrl: null,
          initials: 'XX',
          ...n,
        },
      })),
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    },
    organisation: { __typename: 'Organisation', departments: ['Engineering'] },
  },
});

function renderPage(nodes: Array<{ id: string; displayName: string }>) {
  render(
    <MockProviders client={createMockClient({ People: () => page(nodes) })}>
      <MemoryRouter>
        <PeopleDirectoryPage />
      </MemoryRouter>
    </MockProviders>,
  );
}

describe('PeopleDirectoryPage', () => {
  it('shows a loading state, then people with links to their profiles', async () => {
    renderPage([{ id: 'u1', displayName: 'Maya Chen' }]);
    expect(screen.getByRole('status')).toHaveTextContent('Loading people…');
    expect(await screen.findByRole('link', { name: 'Maya Chen' })).toHaveAttribute(
      'href',
      '/people/u1',
    );
    expect(screen.getByText('1 person')).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Engineering' })).toBeInTheDocument();
  });

  it('says so when nobody matches', async () => {
    renderPage([]);
    expect(await screen.findByRole('heading', { name: 'Nobody matches' })).toBeInTheDocument();
  });
});
