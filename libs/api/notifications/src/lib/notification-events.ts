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
import { DataSource } from 'typeorm';
import { NotificationChange } from './notification.model';

interface WireEvent extends BusEvent {
  type: 'notifications';
  change: NotificationChange;
  recipientIds: string[];
}

const TOPIC = 'notifications';
/** Recipients per bus message: a 10,000-member fan-out is 10 messages, not 10,000. */
const CHUNK = 1000;

/**
 * “Your notifications changed” signals. One topic for everyone; each process keeps, per event, only
 * its listeners who are among the recipients and still signed in, then each of them reads their
 * own unread count.
 */
@Injectable()
export class NotificationEvents {
  private readonly logger = new Logger(NotificationEvents.name);
  private readonly authorizer: Authorizer = (e, l) => this.authorize(e, l);

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly bus: EventBus,
    private readonly hub: SubscriptionHub,
  ) {}

  publish(change: NotificationChange, recipientIds: readonly string[]): void {
    for (let i = 0; i < recipientIds.length; i += CHUNK) {
      const wire: WireEvent = {
        type: 'notifications',
        change,
        recipientIds: recipientIds.slice(i, i + CHUNK),
      };
      this.bus.publish(TOPIC, wire).catch((e: unknown) => {
        this.logger.error(`Could not publish notifications: ${String(e)}`);
      });
    }
  }

  listen(viewer: AuthUser): AsyncIterableIterator<NotificationChange> {
    return this.hub.stream(viewer, [TOPIC], this.authorizer, (wire) => (wire as WireEvent).change);
  }

  private async authorize(raw: BusEvent, listeners: readonly Listener[]): Promise<Listener[]> {
    if (raw.type !== 'notifications') return [];
    const recipients = new Set((raw as WireEvent).recipientIds);
    const mine = listeners.filter((l) => recipients.has(l.userId));
    if (!mine.length) return [];
    const rows: Array<{ user_id: string; session_id: string }> = await this.ds.query(
      `SELECT l.user_id, l.session_id
         FROM unnest($1::uuid[], $2::uuid[]) AS l(user_id, session_id)
         JOIN sessions s ON s.id = l.session_id AND s.user_id = l.user_id
                        AND s.revoked_at IS NULL AND s.expires_at > now()
         JOIN users u ON u.id = l.user_id AND u.active`,
      [mine.map((l) => l.userId), mine.map((l) => l.sessionId)],
    );
    const live = new Set(rows.map((r) => `${r.user_id}/${r.session_id}`));
    return mine.filter((l) => live.has(`${l.userId}/${l.sessionId}`));
  }
}
