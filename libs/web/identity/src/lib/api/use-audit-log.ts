import { useQuery } from '@apollo/client/react';
import { appendPage, graphql } from '@hearth/web/graphql';
import { useState } from 'react';

export const AUDIT_LOG = graphql(`
  query AuditLog($after: String) {
    auditLog(first: 30, after: $after) {
      edges {
        node {
          id
          action
          groupId
          groupName
          targetUserId
          details
          createdAt
          actor {
            id
            displayName
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The audit log, newest first; `more` reads the page after `after`. */
export function useAuditLog() {
  const query = useQuery(AUDIT_LOG);
  const { fetchMore } = query;
  const [loadingMore, setLoadingMore] = useState(false);
  const more = (after: string | null | undefined) => {
    setLoadingMore(true);
    void fetchMore({ variables: { after }, updateQuery: appendPage('auditLog') }).finally(() =>
      setLoadingMore(false),
    );
  };
  return { ...query, loadingMore, more };
}
