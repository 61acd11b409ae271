import { TestApp } from '../support/test-app';

export const CREATE = `mutation($input: CreatePostInput!) { createPost(input: $input) {
  id kind status body hashtags publishedAt pinned needsAcknowledgement rejectionReason
  mentions { id } author { id } group { id }
  poll { multipleChoice anonymous closed resultsVisible voted voterCount options { id label voteCount mine } } } }`;

export const POST = `query($id: ID!) { post(id: $id) {
  id kind status body editedAt pinned hashtags commentCount seenCount seenByMe acknowledgedByMe
  mentions { id }
  reactions { total mine recentNames counts { kind count } }
  latestComments { id body }
  acceptedAnswer { id }
  poll { multipleChoice anonymous closed resultsVisible voted voterCount options { id label voteCount mine } }
  viewerPermissions { canEdit canDelete canPin canComment canReact canAcknowledge canAcceptAnswer canSeeSeenBy canModerate } } }`;

/** Creates a post through the API as the token's owner and returns its data (throws on error). */
export async function createPost(
  t: TestApp,
  token: string,
  input: Record<string, unknown>,
): Promise<any> {
  const res = await t.gql(CREATE, { input: { kind: 'DISCUSSION', ...input } }, token);
  if (res.errors) throw new Error(`createPost failed: ${JSON.stringify(res.errors)}`);
  return res.data.createPost;
}

export async function addComment(
  t: TestApp,
  token: string,
  postId: string,
  body: string,
  parentId?: string,
): Promise<any> {
  const res = await t.gql(
    `mutation($input: AddCommentInput!) { addComment(input: $input) { id body parentId } }`,
    { input: { postId, body, parentId } },
    token,
  );
  if (res.errors) throw new Error(`addComment failed: ${JSON.stringify(res.errors)}`);
  return res.data.addComment;
}

export const mention = (u: { id: string; displayName: string }) => `@[${u.displayName}](${u.id})`;
