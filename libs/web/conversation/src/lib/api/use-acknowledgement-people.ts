import { useQuery } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const ACKNOWLEDGEMENT_PEOPLE = graphql(`
  query AcknowledgementPeople($id: ID!, $acknowledged: Boolean!, $after: String) {
    post(id: $id) {
      id
      acknowledgements {
        acknowledged(first: 50, after: $after) @include(if: $acknowledged) {
          ...PeopleByName
        }
        pending(first: 50, after: $after) @skip(if: $acknowledged) {
          ...PeopleByName
        }
      }
    }
  }

  fragment PeopleByName on PersonByNameConnection {
    edges {
      cursor
      node {
        id
        displayName
        avatarUrl
        initials
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);

/** Who has (or has not) acknowledged a post, read fresh each time. */
export function useAcknowledgementPeople(postId: string, acknowledged: boolean) {
  return useQuery(ACKNOWLEDGEMENT_PEOPLE, {
    variables: { id: postId, acknowledged },
    fetchPolicy: 'network-only',
  });
}
