import {
  friendlyMessage,
  type AcknowledgementPeopleQuery,
  type PeopleByNameFragment,
  type SeenByQuery,
} from '@hearth/web/graphql';
import { ago, Avatar, Dialog, LoadMore, Notice, useMore } from '@hearth/web/ui';
import { type ReactNode, useId } from 'react';
import { Link } from 'react-router';
import { useAcknowledgementPeople } from './api/use-acknowledgement-people';
import { useSeenBy } from './api/use-seen-by';

type Person = { id: string; displayName: string; avatarUrl: string | null; initials: string };

/** A person in a list: avatar and a link to their profile, then anything else to say. */
export function PersonRow({ person, children }: { person: Person; children?: ReactNode }) {
  return (
    <li className="h-row">
      <Avatar
        name={person.displayName}
        initials={person.initials}
        src={person.avatarUrl}
        size={28}
      />
      <Link to={`/people/${person.id}`}>{person.displayName}</Link>
      {children}
    </li>
  );
}

const appendSeen = (prev: SeenByQuery, { fetchMoreResult }: { fetchMoreResult: SeenByQuery }) => ({
  ...fetchMoreResult,
  post: {
    ...fetchMoreResult.post,
    seenBy: {
      ...fetchMoreResult.post.seenBy,
      edges: [...prev.post.seenBy.edges, ...fetchMoreResult.post.seenBy.edges],
    },
  },
});

/** Who has seen a post, and for an announcement, who has and has not acknowledged it. */
export function SeenByDialog({ postId, onClose }: { postId: string; onClose: () => void }) {
  const { data, loading, error, fetchMore } = useSeenBy(postId);
  const seenId = useId();
  const ack = data?.post.acknowledgements;
  const seen = data?.post.seenBy;
  const paging = useMore(
    (after) => fetchMore({ variables: { after }, updateQuery: appendSeen }),
    seen?.pageInfo.endCursor,
  );
  return (
    <Dialog title="Seen by" open onClose={onClose}>
      {loading && !data && <p className="h-muted">Loading…</p>}
      {error && <Notice tone="error">{friendlyMessage(error)}</Notice>}
      {ack && (
        <>
          <p>
            {ack.acknowledgedCount} acknowledged · {ack.pendingCount} still to acknowledge
          </p>
          <AcknowledgementList
            postId={postId}
            acknowledged={false}
            title={`Not yet acknowledged (${ack.pendingCount})`}
            empty="Everyone has acknowledged it."
          />
          <AcknowledgementList
            postId={postId}
            acknowledged
            title={`Acknowledged (${ack.acknowledgedCount})`}
            empty="Nobody has acknowledged it yet."
          />
        </>
      )}
      {data && (
        <>
          {ack && (
            <h3 id={seenId} className="h-section-title">
              Seen ({data.post.seenCount})
            </h3>
          )}
          {seen?.edges.length === 0 && <p className="h-muted">Nobody has seen it yet.</p>}
          <ul className="h-people-list" aria-labelledby={ack ? seenId : undefined}>
            {seen?.edges.map(({ node }) => (
              <PersonRow key={node.user.id} person={node.user}>
                <span className="h-muted">{ago(node.seenAt)}</span>
              </PersonRow>
            ))}
          </ul>
          <LoadMore
            hasMore={seen?.pageInfo.hasNextPage ?? false}
            loading={paging.loading}
            onLoadMore={paging.more}
          />
        </>
      )}
    </Dialog>
  );
}

type Lists = AcknowledgementPeopleQuery['post']['acknowledgements'];

function pageOf(lists: Lists | null | undefined, acknowledged: boolean) {
  return (acknowledged ? lists?.acknowledged : lists?.pending) ?? undefined;
}

/** One of the acknowledgement report's lists, by name, a page at a time. */
function AcknowledgementList({
  postId,
  acknowledged,
  title,
  empty,
}: {
  postId: string;
  acknowledged: boolean;
  title: string;
  empty: string;
}) {
  const { data, loading, error, fetchMore } = useAcknowledgementPeople(postId, acknowledged);
  const key = acknowledged ? 'acknowledged' : 'pending';
  const page = pageOf(data?.post.acknowledgements, acknowledged);
  const paging = useMore(
    (after) =>
      fetchMore({
        variables: { after },
        updateQuery: (prev, { fetchMoreResult }) => {
          const before = pageOf(prev.post.acknowledgements, acknowledged);
          const next = pageOf(fetchMoreResult.post.acknowledgements, acknowledged);
          if (!before || !next || !fetchMoreResult.post.acknowledgements) return fetchMoreResult;
          const merged: PeopleByNameFragment = { ...next, edges: [...before.edges, ...next.edges] };
          return {
            ...fetchMoreResult,
            post: {
              ...fetchMoreResult.post,
              acknowledgements: { ...fetchMoreResult.post.acknowledgements, [key]: merged },
            },
          };
        },
      }),
    page?.pageInfo.endCursor,
  );
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="h-stack">
      <h3 id={titleId} className="h-section-title">
        {title}
      </h3>
      {loading && !data && <p className="h-muted">Loading…</p>}
      {error && <Notice tone="error">{friendlyMessage(error)}</Notice>}
      {page?.edges.length === 0 && <p className="h-muted">{empty}</p>}
      {page && page.edges.length > 0 && (
        <ul className="h-people-list h-people-list--short" aria-labelledby={titleId}>
          {page.edges.map(({ node }) => (
            <PersonRow key={node.id} person={node} />
          ))}
        </ul>
      )}
      <LoadMore
        hasMore={page?.pageInfo.hasNextPage ?? false}
        loading={paging.loading}
        onLoadMore={paging.more}
      />
    </section>
  );
}
