import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Authorizer,
  AuthUser,
  BusEvent,
  EventBus,
  Listener,
  SubscriptionHub,
} from '@hearth/api/core';
import { hasRoleSql, isMemberSql, mayReadContentSql, memberGroupIds } from '@hearth/api/groups';
import { GroupRole, ReactionKind } from '@hearth/shared/util';
import { DataSource } from 'typeorm';
import { FeedEvent, FeedEventKind } from './feed-event.model';

/** Who may receive an event, besides being signed in with a live session. */
export enum Audience {
  /** Everyone who may read the group's content (members; anyone for OPEN groups unless banned; org admins). */
  READERS = 'READERS',
  /** Members of the group (the home feed). */
  MEMBERS = 'MEMBERS',
  /** The post's author, the group's owners, admins and moderators, and org admins. */
  MODERATORS = 'MODERATORS',
}

interface WireEvent extends BusEvent {
  type: 'feed';
  audience: Audience;
  authorId: string | null;
  event: FeedEvent;
}

const topic = (groupId: string): string => `group:${groupId}`;

/** The live-session part of every check: signing out or deactivation stops delivery at once. */
const LIVE = `JOIN sessions s ON s.id = l.session_id AND s.user_id = l.user_id
                AND s.revoked_at IS NULL AND s.expires_at > now()
              JOIN users u ON u.id = l.user_id AND u.active`;

const AUDIENCE_SQL: Record<Audience, string> = {
  [Audience.READERS]: mayReadContentSql(
    { id: '$3' },
    'l.user_id',
    `u.org_role = 'ADMIN'`,
    'exists',
  ),
  [Audience.MEMBERS]: isMemberSql('$3', 'l.user_id', 'exists'),
  [Audience.MODERATORS]: `(u.org_role = 'ADMIN' OR l.user_id = $4
      OR ${hasRoleSql('$3', 'l.user_id', [GroupRole.OWNER, GroupRole.ADMIN, GroupRole.MODERATOR], 'exists')})`,
};

/**
 * The conversation's live events: published after the write commits, on the group's topic, and
 * delivered through the SubscriptionHub to each listener only if, at that moment, they may see it.
 */
@Injectable()
export class ConversationEvents {
  private readonly logger = new Logger(ConversationEvents.name);
  /** One authorizer per subscription kind, so the hub checks all its listeners in one query. */
  private readonly readers: Authorizer = (e, l) => this.authorize(e, l, false);
  private readonly members: Authorizer = (e, l) => this.authorize(e, l, true);

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly bus: EventBus,
    private readonly hub: SubscriptionHub,
  ) {}

  // ---------- publishing ----------

  publish(
    kind: FeedEventKind,
    subject: { groupId: string; postId: string; commentId?: string | null },
    extra: {
      actorId?: string | null;
      audience?: Audience;
      authorId?: string | null;
      reactions?: FeedEvent['reactions'];
      acknowledgedCount?: number | null;
    } = {},
  ): void {
    const wire: WireEvent = {
      type: 'feed',
      audience: extra.audience ?? Audience.READERS,
      authorId: extra.authorId ?? null,
      event: {
        kind,
        groupId: subject.groupId,
        postId: subject.postId,
        commentId: subject.commentId ?? null,
        actorId: extra.actorId ?? null,
        reactions: extra.reactions ?? null,
        acknowledgedCount: extra.acknowledgedCount ?? null,
      },
    };
    // After commit, never failing the write that caused it.
    this.bus.publish(topic(subject.groupId), wire).catch((e: unknown) => {
      this.logger.error(`Could not publish ${kind} for post ${subject.postId}: ${String(e)}`);
    });
  }

  /** The reaction counts of a post or comment, as an event carries them. */
  async reactionCounts(
    target: 'post' | 'comment',
    id: string,
  ): Promise<NonNullable<FeedEvent['reactions']>> {
    const rows: Array<{ kind: ReactionKind; count: number }> = await this.ds.query(
      // The counters by kind (migration ReactionCounts), not every reaction.
      target === 'post'
        ? `SELECT kind, count FROM post_reaction_counts WHERE post_id = $1 AND count > 0 ORDER BY count DESC, kind`
        : `SELECT kind, count FROM comment_reaction_counts WHERE comment_id = $1 AND count > 0 ORDER BY count DESC, kind`,
      [id],
    );
    return { total: rows.reduce((sum, r) => sum + r.count, 0), counts: rows };
  }

  // ---------- subscribing ----------

  /** The home feed's events: those of the groups the person is a member of when subscribing. */
  async listenHome(viewer: AuthUser): Promise<AsyncIterableIterator<FeedEvent>> {
    return this.listen(viewer, await memberGroupIds(this.ds, viewer.id), true);
  }

  /** Events of these groups for one person: members only (home) or everyone who may read them. */
  listen(
    viewer: AuthUser,
    groupIds: readonly string[],
    membersOnly: boolean,
  ): AsyncIterableIterator<FeedEvent> {
    return this.hub.stream(
      viewer,
      groupIds.map(topic),
      membersOnly ? this.members : this.readers,
      (wire) => (wire as WireEvent).event,
    );
  }

  private async authorize(
    raw: BusEvent,
    listeners: readonly Listener[],
    membersOnly: boolean,
  ): Promise<Listener[]> {
    if (raw.type !== 'feed') return [];
    const wire = raw as WireEvent;
    const audience =
      membersOnly && wire.audience === Audience.READERS ? Audience.MEMBERS : wire.audience;
    const rows: Array<{ user_id: string; session_id: string }> = await this.ds.query(
      `SELECT l.user_id, l.session_id
         FROM unnest($1::uuid[], $2::uuid[]) AS l(user_id, session_id)
         ${LIVE}
        WHERE ${AUDIENCE_SQL[audience]}
          AND ($4::uuid IS NULL OR $4::uuid IS NOT NULL) -- types $4 where the audience ignores it`,
      [
        listeners.map((l) => l.userId),
        listeners.map((l) => l.sessionId),
        wire.event.groupId,
        wire.authorId,
      ],
    );
    const allowed = new Set(rows.map((r) => `${r.user_id}/${r.session_id}`));
    return listeners.filter((l) => allowed.has(`${l.userId}/${l.sessionId}`));
  }
}
