import type { ApolloClient } from '@apollo/client';
import { type CommentRepliesQueryVariables, graphql } from '@hearth/web/graphql';

/** More replies of one comment, after those shown. */
export const COMMENT_REPLIES = graphql(`
  query CommentReplies($id: ID!, $after: String) {
    comment(id: $id) {
      id
      replyCount
      replies(first: 50, after: $after) {
        ...ReplyPage
      }
    }
  }
`);

/** Reads the page of a comment's replies after `after` from the server (the cache appends it). */
export function readCommentReplies(
  client: ApolloClient,
  id: string,
  after: CommentRepliesQueryVariables['after'],
) {
  return client.query({
    query: COMMENT_REPLIES,
    variables: { id, after },
    fetchPolicy: 'network-only',
  });
}
