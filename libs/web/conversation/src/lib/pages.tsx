import { useApolloClient } from '@apollo/client/react';
import { errorCode, friendlyMessage, useViewer, removeFromConnection } from '@hearth/web/graphql';
import {
  EmptyState,
  ErrorState,
  LoadingState,
  Notice,
  PageHeader,
  usePageTitle,
} from '@hearth/web/ui';
import { Link, useParams, useSearchParams } from 'react-router';
import { Composer } from './composer';
import { Feed, FeedEmpty, HeldPosts, useHeldPosts, useHighlights, useSeenOnOpen } from './feed';
import { NewPostsButton, useLiveFeed, useLivePost } from './live';
import { PostCard } from './post-card';
import { useGroupFeed } from './api/use-group-feed';
import { useHashtagFeed } from './api/use-hashtag-feed';
import { useHomeFeed } from './api/use-home-feed';
import { useMyPostingGroups } from './api/use-my-posting-groups';
import { usePersonActivity } from './api/use-person-activity';
import { usePostPage } from './api/use-post-page';
import { usePostQueue } from './api/use-post-queue';

export function HomeFeedPage() {
  usePageTitle('Home');
  const viewer = useViewer();
  const { data, loading, error, refetch, loadingMore, more } = useHomeFeed();
  const groups = useMyPostingGroups();
  const highlights = useHighlights(null);
  const live = useLiveFeed({ home: true });
  const showNew = () => {
    live.clear();
    void refetch();
    highlights.refetch();
    window.scrollTo({ top: 0, behavior: 'smooth' });
  };
  const postable =
    groups.data?.groups.edges
      .map((e) => e.node)
      .filter((g) => g.viewerPermissions.canPost)
      .map((g) => ({
        id: g.id,
        name: g.name,
        canAnnounce: g.viewerRole === 'OWNER' || g.viewerRole === 'ADMIN',
      })) ?? [];
  return (
    <>
      <PageHeader
        title={`Welcome, ${viewer.displayName.split(' ')[0] ?? ''}`}
        description="What is happening in your groups."
      />
      {postable.length > 0 && <Composer groups={postable} />}
      <NewPostsButton count={live.fresh} onShow={showNew} />
      {loading && !data ? (
        <LoadingState label="Loading your feed…" />
      ) : error && !data ? (
        <ErrorState message={friendlyMessage(error)} onRetry={() => void refetch()} />
      ) : (
        <Feed
          posts={data?.homeFeed.edges.map((e) => e.node) ?? []}
          highlights={highlights.posts}
          moreHighlights={highlights.more}
          hasMore={data?.homeFeed.pageInfo.hasNextPage ?? false}
          loadingMore={loadingMore}
          onLoadMore={more}
          empty={
            <FeedEmpty title="Your feed is quiet">
              Posts from your groups appear here. <Link to="/groups">Find groups to join</Link>.
            </FeedEmpty>
          }
        />
      )}
    </>
  );
}

/** What the group page tells the posts tab about the group. */
export interface FeedGroup {
  id: string;
  name: string;
  archived: boolean;
  postApproval: boolean;
  viewerRole: string | null;
  viewerPermissions: { canPost: boolean; canSeeContent: boolean };
}

export function GroupPosts({ group }: { group: FeedGroup }) {
  const { data, loading, error, refetch, loadingMore, more } = useGroupFeed(
    group.id,
    !group.viewerPermissions.canSeeContent,
  );
  const highlights = useHighlights(group.id, !group.viewerPermissions.canSeeContent);
  const held = useHeldPosts(group.id, !group.viewerPermissions.canSeeContent);
  const live = useLiveFeed({ groupId: group.id }, !group.viewerPermissions.canSeeContent);
  if (!group.viewerPermissions.canSeeContent) {
    return (
      <EmptyState title="Posts are for members">
        Join the group to read and write its posts.
      </EmptyState>
    );
  }
  return (
    <div className="h-stack">
      {group.archived && (
        <Notice>This group is archived: you can read it, but it takes no new posts.</Notice>
      )}
      {group.viewerPermissions.canPost && (
        <Composer
          groups={[
            {
              id: group.id,
              name: group.name,
              canAnnounce: group.viewerRole === 'OWNER' || group.viewerRole === 'ADMIN',
            },
          ]}
        />
      )}
      <NewPostsButton
        count={live.fresh}
        onShow={() => {
          live.clear();
          void refetch();
          highlights.refetch();
          held.refetch();
        }}
      />
      <HeldPosts held={held} />
      {loading && !data ? (
        <LoadingState label="Loading posts…" />
      ) : error && !data ? (
        <ErrorState message={friendlyMessage(error)} onRetry={() => void refetch()} />
      ) : (
        <Feed
          posts={data?.groupFeed.edges.map((e) => e.node) ?? []}
          highlights={highlights.posts}
          moreHighlights={highlights.more}
          hasMore={data?.groupFeed.pageInfo.hasNextPage ?? false}
          loadingMore={loadingMore}
          onLoadMore={more}
          showGroup={false}
          empty={
            <FeedEmpty>
              {group.viewerPermissions.canPost
                ? 'Start the conversation: write the first post.'
                : 'Nothing has been posted here yet.'}
            </FeedEmpty>
          }
        />
      )}
    </div>
  );
}

/** The approval queue of a group with post approval: moderators approve or reject. */
export function GroupReview({ groupId }: { groupId: string }) {
  const client = useApolloClient();
  // An approved or rejected post leaves the queue at once (the pages read stay).
  const decided = (id: string) => removeFromConnection(client.cache, 'postQueue', id);
  const { data, loading, error, refetch, loadingMore, more } = usePostQueue(groupId);
  if (loading && !data) return <LoadingState label="Loading the queue…" />;
  if (error && !data)
    return <ErrorState message={friendlyMessage(error)} onRetry={() => void refetch()} />;
  return (
    <Feed
      posts={data?.postQueue.edges.map((e) => e.node) ?? []}
      onRemoved={decided}
      hasMore={data?.postQueue.pageInfo.hasNextPage ?? false}
      loadingMore={loadingMore}
      onLoadMore={more}
      showGroup={false}
      empty={
        <FeedEmpty title="Nothing to review">
          Members’ posts waiting for approval appear here.
        </FeedEmpty>
      }
    />
  );
}

export function HashtagPage() {
  const { tag = '' } = useParams();
  usePageTitle(`#${tag}`);
  const { data, loading, error, refetch, loadingMore, more } = useHashtagFeed(tag);
  return (
    <>
      <PageHeader title={`#${tag}`} description="Posts with this hashtag in groups you can read." />
      {loading && !data ? (
        <LoadingState label="Loading posts…" />
      ) : error && !data ? (
        <ErrorState message={friendlyMessage(error)} onRetry={() => void refetch()} />
      ) : (
        <Feed
          posts={data?.hashtagFeed.edges.map((e) => e.node) ?? []}
          hasMore={data?.hashtagFeed.pageInfo.hasNextPage ?? false}
          loadingMore={loadingMore}
          onLoadMore={more}
          empty={
            <FeedEmpty title="No posts with this hashtag">
              Use #{tag} in a post to start it.
            </FeedEmpty>
          }
        />
      )}
    </>
  );
}

export function PersonActivity({ userId, name }: { userId: string; name: string }) {
  const { data, loading, error, refetch, loadingMore, more } = usePersonActivity(userId);
  return (
    <section aria-labelledby="activity-title" className="h-stack">
      <h2 id="activity-title">Posts</h2>
      {loading && !data ? (
        <LoadingState label="Loading posts…" />
      ) : error && !data ? (
        <ErrorState message={friendlyMessage(error)} onRetry={() => void refetch()} />
      ) : (
        <Feed
          posts={data?.personActivity.edges.map((e) => e.node) ?? []}
          hasMore={data?.personActivity.pageInfo.hasNextPage ?? false}
          loadingMore={loadingMore}
          onLoadMore={more}
          empty={<FeedEmpty>{name} has no posts you can see.</FeedEmpty>}
        />
      )}
    </section>
  );
}

export function PostPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { data, loading, error, refetch } = usePostPage(id);
  usePageTitle(data ? `Post by ${data.post.author.displayName}` : 'Post');
  useSeenOnOpen(data?.post);
  useLivePost(data?.post);
  if (loading && !data) return <LoadingState label="Loading post…" />;
  if (error && errorCode(error) === 'NOT_FOUND')
    return (
      <EmptyState title="Post not found" action={<Link to="/">Go to your feed</Link>}>
        It was deleted, or it is in a group you cannot read.
      </EmptyState>
    );
  if (error || !data)
    return <ErrorState message={friendlyMessage(error)} onRetry={() => void refetch()} />;
  return <PostCard post={data.post} openComments linkedCommentId={params.get('comment')} />;
}
