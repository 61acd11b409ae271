import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Authorizer,
  AuthUser,
  BusEvent,
  EventBus,
  Listener,
  SubscriptionHub,
} from '@hearth/api/core';
import { DataSource } from 'typeorm';

export enum MembershipChange {
  JOINED = 'JOINED',
  LEFT = 'LEFT',
  REMOVED = 'REMOVED',
  BANNED = 'BANNED',
  UNBANNED = 'UNBANNED',
  ROLE_CHANGED = 'ROLE_CHANGED',
  REQUESTED = 'REQUESTED',
  REQUEST_CANCELLED = 'REQUEST_CANCELLED',
  REQUEST_DECIDED = 'REQUEST_DECIDED',
  INVITED = 'INVITED',
  INVITATION_ANSWERED = 'INVITATION_ANSWERED',
}

registerEnumType(MembershipChange, {
  name: 'MembershipChange',
  description:
    'What changed in a group’s membership; read the members, requests or invitations again.',
});

@ObjectType({ description: 'A change to a group’s membership, sent to the people who manage it.' })
export class MembershipEvent {
  @Field(() => MembershipChange)
  change!: MembershipChange;

  @Field(() => ID)
  groupId!: string;

  @Field(() => ID, { description: 'The person whose membership changed.' })
  userId!: string;

  @Field(() => ID, { description: 'Who made the change.' })
  actorId!: string;
}

interface WireEvent extends BusEvent {
  type: 'membership';
  event: MembershipEvent;
}

const topic = (groupId: string): string => `members:${groupId}`;

/**
 * Membership changes of a group, live, for those who manage its members (moderators and above,
 * org admins) — checked again on every event, so someone demoted stops receiving them at once.
 */
@Injectable()
export class MembershipEvents {
  private readonly logger = new Logger(MembershipEvents.name);
  private readonly authorizer: Authorizer = (e, l) => this.authorize(e, l);

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly bus: EventBus,
    private readonly hub: SubscriptionHub,
  ) {}

  /** After the change has committed. */
  publish(event: MembershipEvent): void {
    const wire: WireEvent = { type: 'membership', event };
    this.bus.publish(topic(event.groupId), wire).catch((e: unknown) => {
      this.logger.error(`Could not publish a membership change: ${String(e)}`);
    });
  }

  listen(viewer: AuthUser, groupId: string): AsyncIterableIterator<MembershipEvent> {
    return this.hub.stream(
      viewer,
      [topic(groupId)],
      this.authorizer,
      (wire) => (wire as WireEvent).event,
    );
  }

  private async authorize(raw: BusEvent, listeners: readonly Listener[]): Promise<Listener[]> {
    if (raw.type !== 'membership') return [];
    const { event } = raw as WireEvent;
    const rows = await this.ds.query<Array<{ user_id: string; session_id: string }>>(
      `SELECT l.user_id, l.session_id
         FROM unnest($1::uuid[], $2::uuid[]) AS l(user_id, session_id)
         JOIN sessions s ON s.id = l.session_id AND s.user_id = l.user_id
                        AND s.revoked_at IS NULL AND s.expires_at > now()
         JOIN users u ON u.id = l.user_id AND u.active
         JOIN groups g ON g.id = $3 AND g.archived_at IS NULL
        WHERE u.org_role = 'ADMIN'
           OR EXISTS (SELECT 1 FROM group_memberships m WHERE m.group_id = $3 AND m.user_id = l.user_id
                        AND m.role IN ('OWNER', 'ADMIN', 'MODERATOR'))`,
      [listeners.map((l) => l.userId), listeners.map((l) => l.sessionId), event.groupId],
    );
    const allowed = new Set(rows.map((r) => `${r.user_id}/${r.session_id}`));
    return listeners.filter((l) => allowed.has(`${l.userId}/${l.sessionId}`));
  }
}
