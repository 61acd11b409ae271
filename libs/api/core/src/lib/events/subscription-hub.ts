import { Logger } from '@nestjs/common';
import { BusEvent, EventBus } from './event-bus';

/** One live subscription of one signed-in person. */
export interface Listener {
  userId: string;
  sessionId: string;
  push: (event: BusEvent) => void;
}

/**
 * Decides, for one event, which of the listeners may receive it: called once per event with every
 * local listener of the topic that uses this authorizer, so that a thousand subscribers cost one
 * query, not a thousand.
 */
export type Authorizer = (event: BusEvent, listeners: readonly Listener[]) => Promise<Listener[]>;

interface Entry {
  listener: Listener;
  authorize: Authorizer;
}

/**
 * Delivers bus events to this process's subscribers, checking authorization for every event
 * delivered (not only when subscribing): someone removed from a group or signed out stops
 * receiving its events at once.
 */
export class SubscriptionHub {
  private readonly logger = new Logger(SubscriptionHub.name);
  private readonly topics = new Map<string, { entries: Set<Entry>; stop: () => void }>();

  constructor(private readonly bus: EventBus) {}

  listen(topics: readonly string[], listener: Listener, authorize: Authorizer): () => void {
    const entry: Entry = { listener, authorize };
    for (const topic of topics) {
      let t = this.topics.get(topic);
      if (!t) {
        const entries = new Set<Entry>();
        const stop = this.bus.subscribe(topic, (event) => void this.deliver(entries, event));
        t = { entries, stop };
        this.topics.set(topic, t);
      }
      t.entries.add(entry);
    }
    return () => {
      for (const topic of topics) {
        const t = this.topics.get(topic);
        if (!t) continue;
        t.entries.delete(entry);
        if (t.entries.size === 0) {
          t.stop();
          this.topics.delete(topic);
        }
      }
    };
  }

  /**
   * A subscription resolver's stream: the viewer's session listens to `topics`; every event the
   * authorizer lets through is turned into the GraphQL value by `pick`. Ends (and stops listening)
   * when the client unsubscribes.
   */
  stream<T>(
    viewer: { id: string; sessionId: string },
    topics: readonly string[],
    authorize: Authorizer,
    pick: (event: BusEvent) => T,
  ): AsyncIterableIterator<T> {
    let stop = (): void => undefined;
    const { iterator, push } = pushIterator<T>(() => stop());
    stop = this.listen(
      topics,
      { userId: viewer.id, sessionId: viewer.sessionId, push: (event) => push(pick(event)) },
      authorize,
    );
    return iterator;
  }

  /** How many subscribers of this process listen to a topic (for tests and diagnostics). */
  listenerCount(topic: string): number {
    return this.topics.get(topic)?.entries.size ?? 0;
  }

  /** How many topics this process listens to (for tests and diagnostics). */
  get topicCount(): number {
    return this.topics.size;
  }

  private async deliver(entries: ReadonlySet<Entry>, event: BusEvent): Promise<void> {
    const byAuthorizer = new Map<Authorizer, Listener[]>();
    for (const { listener, authorize } of entries) {
      const list = byAuthorizer.get(authorize);
      if (list) list.push(listener);
      else byAuthorizer.set(authorize, [listener]);
    }
    for (const [authorize, listeners] of byAuthorizer) {
      try {
        for (const listener of await authorize(event, listeners)) listener.push(event);
      } catch (e) {
        // Nothing is delivered when the check fails: never deliver unchecked.
        this.logger.error(`Could not authorize a ${event.type} event: ${String(e)}`);
      }
    }
  }
}

/**
 * An async iterator fed by `push`, as a GraphQL subscription resolver returns. Bounded: a client
 * that stops reading loses the oldest events rather than growing the server's memory.
 */
export function pushIterator<T>(
  onReturn: () => void,
  limit = 100,
): { iterator: AsyncIterableIterator<T>; push: (value: T) => void } {
  const queue: T[] = [];
  const waiting: Array<(r: IteratorResult<T>) => void> = [];
  let done = false;
  const finish = (): void => {
    if (done) return;
    done = true;
    onReturn();
    for (const resolve of waiting.splice(0)) resolve({ value: undefined, done: true });
  };
  const iterator: AsyncIterableIterator<T> = {
    next: () => {
      const value = queue.shift();
      if (value !== undefined) return Promise.resolve({ value, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => waiting.push(resolve));
    },
    return: () => {
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw: (error: unknown) => {
      finish();
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  const push = (value: T): void => {
    if (done) return;
    const resolve = waiting.shift();
    if (resolve) resolve({ value, done: false });
    else {
      queue.push(value);
      if (queue.length > limit) queue.shift();
    }
  };
  return { iterator, push };
}
