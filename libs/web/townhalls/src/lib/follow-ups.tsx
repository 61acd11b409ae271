import { friendlyMessage, useAuth } from '@hearth/web/graphql';
import {
  Badge,
  Button,
  EmptyState,
  ErrorState,
  LoadingState,
  LoadMore,
  Notice,
} from '@hearth/web/ui';
import { useState } from 'react';
import { AnswerDialog, AnswerDialogs } from './answer-dialogs';
import { isPast } from './labels';
import { QuestionCard } from './question-card';
import { useTownHallFollowUps } from './api/use-town-hall-follow-ups';

/**
 * Deferred questions not yet answered, by due date; the hosts, or the person it was deferred to,
 * close each with a written answer.
 */
export function FollowUps({ townHallId, canHost }: { townHallId: string; canHost: boolean }) {
  const viewerId = useAuth().viewer?.id;
  const { data, loading, error, refetch, paging } = useTownHallFollowUps(townHallId);
  const page = data?.townHall.followUps;
  const { loading: loadingMore, more } = paging;
  const [dialog, setDialog] = useState<AnswerDialog>(null);
  const [done, setDone] = useState<string | null>(null);
  if (loading && !data) return <LoadingState label="Loading follow-ups…" />;
  if (!data)
    return (
      <ErrorState
        message={`The follow-ups could not be loaded. ${friendlyMessage(error)}`}
        onRetry={() => void refetch()}
      />
    );
  const items = data.townHall.followUps.edges.map((e) => e.node);
  return (
    <section aria-labelledby="th-follow-ups-title">
      <h2 id="th-follow-ups-title">Follow-ups</h2>
      {done && <Notice tone="success">{done}</Notice>}
      {items.length === 0 ? (
        <EmptyState title="No follow-ups">
          Questions the hosts promise to answer later are listed here until they are answered.
        </EmptyState>
      ) : (
        <ol className="h-list" aria-label="Deferred questions">
          {items.map((q) => {
            const overdue = q.deferredUntil ? isPast(q.deferredUntil) : false;
            return (
              <li key={q.id} className="h-card">
                <QuestionCard
                  q={q}
                  actions={
                    <>
                      {overdue && <Badge tone="danger">Overdue</Badge>}
                      {(canHost || (viewerId && q.deferredTo?.id === viewerId)) && (
                        <Button small onClick={() => setDialog({ kind: 'writing', q })}>
                          Answer in writing
                        </Button>
                      )}
                    </>
                  }
                />
              </li>
            );
          })}
        </ol>
      )}
      <LoadMore
        hasMore={page?.pageInfo.hasNextPage ?? false}
        loading={loadingMore}
        onLoadMore={more}
      />
      <AnswerDialogs
        dialog={dialog}
        onClose={(message) => {
          setDialog(null);
          if (message) setDone(message);
        }}
      />
    </section>
  );
}
