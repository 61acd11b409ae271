import {
  friendlyMessage,
  type PollOptionVotersQuery,
  type PostCardFragment,
} from '@hearth/web/graphql';
import { Button, Dialog, LoadMore, Notice, useMore } from '@hearth/web/ui';
import { useId, useState } from 'react';
import { PersonRow } from './seen-by';
import { usePollOptionVoters } from './api/use-poll-option-voters';
import { useVotePoll } from './api/use-vote-poll';

type PollData = NonNullable<PostCardFragment['poll']>;

/** Voting (radio or checkboxes) and results as bars once the author's rule allows them. */
export function PollView({
  postId,
  poll,
  canVote,
}: {
  postId: string;
  poll: PollData;
  canVote: boolean;
}) {
  const name = useId();
  const [chosen, setChosen] = useState<string[]>(
    poll.options.filter((o) => o.mine).map((o) => o.id),
  );
  const [changing, setChanging] = useState(false);
  const [vote, { loading, error }] = useVotePoll();
  const votingOpen = canVote && !poll.closed && (!poll.voted || changing);
  const total = poll.options.reduce((sum, o) => sum + (o.voteCount ?? 0), 0);
  const [votersOf, setVotersOf] = useState<{ id: string; label: string } | null>(null);
  return (
    <div className="h-poll">
      {votingOpen ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void vote({ variables: { input: { postId, optionIds: chosen } } }).then(() =>
              setChanging(false),
            );
          }}
        >
          <fieldset>
            <legend className="h-muted">
              {poll.multipleChoice ? 'Choose one or more' : 'Choose one'}
              {poll.anonymous && ' · anonymous: nobody sees who voted'}
            </legend>
            {poll.options.map((o) => (
              <label key={o.id} className="h-poll__option">
                <input
                  type={poll.multipleChoice ? 'checkbox' : 'radio'}
                  name={name}
                  value={o.id}
                  checked={chosen.includes(o.id)}
                  onChange={(e) =>
                    setChosen((prev) =>
                      poll.multipleChoice
                        ? e.target.checked
                          ? [...prev, o.id]
                          : prev.filter((x) => x !== o.id)
                        : [o.id],
                    )
                  }
                />{' '}
                {o.label}
              </label>
            ))}
          </fieldset>
          {error && <Notice tone="error">{friendlyMessage(error)}</Notice>}
          <div className="h-row">
            <Button
              type="submit"
              variant="primary"
              small
              busy={loading}
              disabled={chosen.length === 0}
            >
              Vote
            </Button>
            {changing && (
              <Button small onClick={() => setChanging(false)}>
                Cancel
              </Button>
            )}
          </div>
        </form>
      ) : null}
      {poll.resultsVisible ? (
        <ul className="h-poll__results" aria-label="Results">
          {poll.options.map((o) => {
            const pct = total ? Math.round(((o.voteCount ?? 0) / total) * 100) : 0;
            return (
              <li key={o.id}>
                <div className="h-row" style={{ justifyContent: 'space-between' }}>
                  <span>
                    {o.label} {o.mine && <span className="h-muted">(your vote)</span>}
                  </span>
                  <span className="h-muted">
                    {!poll.anonymous && (o.voteCount ?? 0) > 0 ? (
                      <button
                        type="button"
                        className="h-link-button"
                        aria-label={`${o.voteCount} ${o.voteCount === 1 ? 'vote' : 'votes'} for ${o.label}: see who`}
                        onClick={() => setVotersOf({ id: o.id, label: o.label })}
                      >
                        {o.voteCount}
                      </button>
                    ) : (
                      o.voteCount
                    )}{' '}
                    · {pct}%
                  </span>
                </div>
                <div className="h-poll__bar" aria-hidden="true">
                  <span style={{ width: `${pct}%` }} />
                </div>
              </li>
            );
          })}
        </ul>
      ) : (
        !votingOpen && (
          <p className="h-muted">
            {poll.resultsVisibility === 'AFTER_CLOSE' && !poll.closed
              ? 'Results show when the poll closes.'
              : 'Results show after you vote.'}
          </p>
        )
      )}
      <p className="h-muted" style={{ fontSize: '0.85rem' }}>
        {poll.voterCount !== null &&
          `${poll.voterCount} ${poll.voterCount === 1 ? 'person' : 'people'} voted · `}
        {poll.closed
          ? 'Closed'
          : poll.closesAt
            ? `Closes ${new Date(poll.closesAt).toLocaleString()}`
            : 'Open'}
        {poll.voted && !poll.closed && canVote && !changing && (
          <>
            {' · '}
            <button type="button" className="h-link-button" onClick={() => setChanging(true)}>
              Change my vote
            </button>
          </>
        )}
      </p>
      {votersOf && <VotersDialog option={votersOf} onClose={() => setVotersOf(null)} />}
    </div>
  );
}

const appendVoters = (
  prev: PollOptionVotersQuery,
  { fetchMoreResult }: { fetchMoreResult: PollOptionVotersQuery },
) => ({
  ...fetchMoreResult,
  pollOptionVoters: {
    ...fetchMoreResult.pollOptionVoters,
    edges: [...prev.pollOptionVoters.edges, ...fetchMoreResult.pollOptionVoters.edges],
  },
});

/** Everyone who chose an option, by name (polls that are not anonymous, once results show). */
function VotersDialog({
  option,
  onClose,
}: {
  option: { id: string; label: string };
  onClose: () => void;
}) {
  const { data, loading, error, fetchMore } = usePollOptionVoters(option.id);
  const voters = data?.pollOptionVoters;
  const paging = useMore(
    (after) => fetchMore({ variables: { after }, updateQuery: appendVoters }),
    voters?.pageInfo.endCursor,
  );
  return (
    <Dialog title={`Chose “${option.label}”`} open onClose={onClose}>
      {loading && !data && <p className="h-muted">Loading…</p>}
      {error && <Notice tone="error">{friendlyMessage(error)}</Notice>}
      {voters?.edges.length === 0 && <p className="h-muted">Nobody has chosen it.</p>}
      <ul className="h-people-list" aria-label="Voters">
        {voters?.edges.map(({ node }) => (
          <PersonRow key={node.id} person={node} />
        ))}
      </ul>
      <LoadMore
        hasMore={voters?.pageInfo.hasNextPage ?? false}
        loading={paging.loading}
        onLoadMore={paging.more}
      />
    </Dialog>
  );
}
