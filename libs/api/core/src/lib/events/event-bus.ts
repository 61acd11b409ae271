import { Logger } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';

/** Something that happened, published on a topic (e.g. `group:<id>`, `user:<id>`) after commit. */
export type BusEvent = Record<string, unknown> & { type: string };

export type BusHandler = (event: BusEvent) => void;

/**
 * Publish/subscribe between the API's processes. In-process by default (the embedded database
 * serves one process); through Redis when REDIS_URL is set, so that a subscriber on one instance
 * hears what was written through another. Delivery is at most once and never inside the
 * publisher's call stack: a slow subscriber cannot slow a write.
 */
export abstract class EventBus {
  abstract publish(topic: string, event: BusEvent): Promise<void>;
  /** Returns the function that ends this subscription. */
  abstract subscribe(topic: string, handler: BusHandler): () => void;
  abstract close(): Promise<void>;
}

export class InProcessEventBus extends EventBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  publish(topic: string, event: BusEvent): Promise<void> {
    // As over the network: the event is a copy, delivered after the publisher's turn.
    const copy = JSON.parse(JSON.stringify(event)) as BusEvent;
    setImmediate(() => this.emitter.emit(topic, copy));
    return Promise.resolve();
  }

  subscribe(topic: string, handler: BusHandler): () => void {
    this.emitter.on(topic, handler);
    return () => this.emitter.off(topic, handler);
  }

  close(): Promise<void> {
    this.emitter.removeAllListeners();
    return Promise.resolve();
  }
}

/**
 * Redis pub/sub: one subscriber connection per process, each channel subscribed once however many
 * local handlers listen to it; channels are `<REDIS_PREFIX>ev:<topic>`.
 */
export class RedisEventBus extends EventBus {
  private readonly logger = new Logger(RedisEventBus.name);
  private readonly handlers = new Map<string, Set<BusHandler>>();

  constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    private readonly prefix: string,
  ) {
    super();
    subscriber.on('message', (channel: string, message: string) => {
      const local = this.handlers.get(channel);
      if (!local) return;
      let event: BusEvent;
      try {
        event = JSON.parse(message) as BusEvent;
      } catch {
        this.logger.warn(`Ignored a message on ${channel} that is not JSON`);
        return;
      }
      for (const handler of [...local]) handler(event);
    });
  }

  private channel(topic: string): string {
    return `${this.prefix}ev:${topic}`;
  }

  async publish(topic: string, event: BusEvent): Promise<void> {
    await this.publisher.publish(this.channel(topic), JSON.stringify(event));
  }

  subscribe(topic: string, handler: BusHandler): () => void {
    const channel = this.channel(topic);
    let local = this.handlers.get(channel);
    if (!local) {
      local = new Set();
      this.handlers.set(channel, local);
      this.subscriber.subscribe(channel).catch((e: unknown) => {
        this.logger.error(`Could not subscribe to ${channel}: ${String(e)}`);
      });
    }
    local.add(handler);
    return () => {
      const set = this.handlers.get(channel);
      if (!set?.delete(handler) || set.size > 0) return;
      this.handlers.delete(channel);
      this.subscriber.unsubscribe(channel).catch(() => undefined);
    };
  }

  /** Resolves once Redis has confirmed every channel subscribed so far (tests wait on it). */
  async ready(): Promise<void> {
    await this.subscriber.ping();
  }

  async close(): Promise<void> {
    this.handlers.clear();
    await this.subscriber.quit().catch(() => undefined);
  }
}
