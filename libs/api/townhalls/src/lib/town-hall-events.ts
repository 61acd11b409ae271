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
import { AskerKeys } from './asker-keys';
import { ACCESS_COLUMNS } from './town-hall-access';
import { TownHallEvent, TownHallEventKind } from './town-hall.model';

interface WireEvent extends BusEvent {
  type: 'town-hall';
  event: TownHallEvent;
  /**
   * About a question the audience may not see (pending, or rejected before publication): only
   * moderators and the question's own askers receive it.
   */
  restricted: boolean;
}

const topic = (townHallId: string): string => `town-hall:${townHallId}`;

/**
 * Live town-hall events: ids and counts only, never who asked. Every event is authorized again for
 * each listener when delivered (one query per event and process), so someone who leaves the
 * audience group stops receiving them at once.
 */
@Injectable()
export class TownHallEvents {
  private readonly logger = new Logger(TownHallEvents.name);
  private readonly authorizer: Authorizer = (e, l) => this.authorize(e, l);

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly bus: EventBus,
    private readonly hub: SubscriptionHub,
    private readonly keys: AskerKeys,
  ) {}

  /** After the change has committed. */
  publish(
    kind: TownHallEventKind,
    townHallId: string,
    questionId: string | null = null,
    options: { voteCount?: number; restricted?: boolean } = {},
  ): void {
    const wire: WireEvent = {
      type: 'town-hall',
      event: { kind, townHallId, questionId, voteCount: options.voteCount ?? null },
      restricted: options.restricted ?? kind === TownHallEventKind.QUEUE_CHANGED,
    };
    this.bus.publish(topic(townHallId), wire).catch((e: unknown) => {
      this.logger.error(`Could not publish a town-hall event: ${String(e)}`);
    });
  }

  listen(viewer: AuthUser, townHallId: string): AsyncIterableIterator<TownHallEvent> {
    return this.hub.stream(
      viewer,
      [topic(townHallId)],
      this.authorizer,
      (wire) => (wire as WireEvent).event,
    );
  }

  private async authorize(raw: BusEvent, listeners: readonly Listener[]): Promise<Listener[]> {
    if (raw.type !== 'town-hall') return [];
    const { event, restricted } = raw as WireEvent;
    const rows = await this.ds.query<
      Array<{
        user_id: string;
        session_id: string;
        manager: boolean;
        host: boolean;
        moderator: boolean;
        audience: boolean;
        mine: boolean;
      }>
    >(
      `SELECT l.user_id, l.session_id, ${ACCESS_COLUMNS},
              EXISTS (SELECT 1 FROM town_hall_question_askers a
                       WHERE a.question_id = $3 AND a.user_id = u.id) AS mine
         FROM unnest($1::uuid[], $2::uuid[]) AS l(user_id, session_id)
         JOIN sessions s ON s.id = l.session_id AND s.user_id = l.user_id
                        AND s.revoked_at IS NULL AND s.expires_at > now()
         JOIN users u ON u.id = l.user_id AND u.active
         JOIN town_halls th ON th.id = $4`,
      [
        listeners.map((l) => l.userId),
        listeners.map((l) => l.sessionId),
        event.questionId,
        event.townHallId,
      ],
    );
    // Anonymous askers are recognised by key, here (one query for the event's question).
    const anonymous =
      restricted && event.questionId
        ? await this.ds.query<Array<{ o: string; k: string }>>(
            `SELECT origin_question_id AS o, anon_key AS k FROM town_hall_question_askers
              WHERE question_id = $1 AND anon_key IS NOT NULL`,
            [event.questionId],
          )
        : [];
    const allowed = new Set(
      rows
        .filter((r) => {
          const staff = r.manager || r.host || r.moderator;
          // An asker hears of their own question only while still in the audience (someone
          // removed from a SECRET group hears nothing more of its town halls).
          if (restricted)
            return (
              staff ||
              (r.audience && (r.mine || this.keys.isAmong(anonymous, r.user_id, event.townHallId)))
            );
          return staff || r.audience;
        })
        .map((r) => `${r.user_id}/${r.session_id}`),
    );
    return listeners.filter((l) => allowed.has(`${l.userId}/${l.sessionId}`));
  }
}
