import { useQuery } from '@apollo/client/react';
import { graphql } from '@hearth/web/graphql';

export const MENTION_CANDIDATES = graphql(`
  query MentionCandidates($groupId: ID!, $search: String!) {
    mentionCandidates(groupId: $groupId, search: $search) {
      id
      displayName
      avatarUrl
      initials
      title
    }
  }
`);

/** People to mention in a group, while a mention is being typed (`search` not null). */
export function useMentionCandidates(groupId: string, search: string | null) {
  return useQuery(MENTION_CANDIDATES, {
    variables: { groupId, search: search ?? '' },
    skip: search === null,
  });
}
