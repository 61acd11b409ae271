import { createMockClient, MockProviders } from '@hearth/web/graphql';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { actionLabel, AuditLogPage } from './audit-log-page';

describe('AuditLogPage', () => {
  it('lists who did what in which group', async () => {
    const client = createMockClient({
      AuditLog: () => ({
        data: {
          auditLog: {
            __typename: 'AuditLogConnection',
            edges: [
              {
                __typename: 'AuditLogEdge',
                node: {
                  __typename: 'AuditLogEntry',
                  id: 'a1',
                  action: 'MEMBER_REMOVED',
                  groupId: 'g1',
                  groupName: 'Leadership Team',
                  targetUserId: 'u2',
                  details: null,
                  createdAt: '2026-11-23T10:00:00.000Z',
                  actor: { __typename: 'User', id: 'u1', displayName: 'Alex Morgan' },
                },
              },
            ],
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          },
        },
      }),
    });
    render(
      <MockProviders client={client}>
        <MemoryRouter>
          <AuditLogPage />
        </MemoryRouter>
      </MockProviders>,
    );
    expect(await screen.findByRole('cell', { name: 'Member removed' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Leadership Team' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Alex Morgan' })).toHaveAttribute('href', '/people/u1');
  });

  it('turns action codes into words', () => {
    expect(actionLabel('ORG_ROLE_CHANGED')).toBe('Org role changed');
  });
});
