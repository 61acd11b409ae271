import { BusEvent, InProcessEventBus } from './event-bus';
import { Listener, pushIterator, SubscriptionHub } from './subscription-hub';

const tick = () => new Promise((r) => setImmediate(r));

describe('InProcessEventBus', () => {
  it('delivers a copy to the topic’s subscribers after the publisher’s turn, until they stop', async () => {
    const bus = new InProcessEventBus();
    const got: BusEvent[] = [];
    const stop = bus.subscribe('group:1', (e) => got.push(e));
    bus.subscribe('group:2', () => got.push({ type: 'wrong topic' }));
    const event = { type: 'feed', n: 1 };
    await bus.publish('group:1', event);
    expect(got).toEqual([]);
    await tick();
    expect(got).toEqual([{ type: 'feed', n: 1 }]);
    expect(got[0]).not.toBe(event);
    stop();
    await bus.publish('group:1', event);
    await tick();
    expect(got).toHaveLength(1);
  });
});

describe('SubscriptionHub', () => {
  const listener = (userId: string, into: BusEvent[]): Listener => ({
    userId,
    sessionId: `s-${userId}`,
    push: (e) => into.push(e),
  });

  it('authorizes each event once for all of a topic’s listeners and delivers to the allowed only', async () => {
    const bus = new InProcessEventBus();
    const hub = new SubscriptionHub(bus);
    const calls: number[] = [];
    const onlyAna = (_e: BusEvent, ls: readonly Listener[]) => {
      calls.push(ls.length);
      return Promise.resolve(ls.filter((l) => l.userId === 'ana'));
    };
    const ana: BusEvent[] = [];
    const bo: BusEvent[] = [];
    hub.listen(['group:1'], listener('ana', ana), onlyAna);
    hub.listen(['group:1'], listener('bo', bo), onlyAna);
    await bus.publish('group:1', { type: 'feed' });
    await tick();
    await tick();
    expect(calls).toEqual([2]);
    expect([ana.length, bo.length]).toEqual([1, 0]);
  });

  it('delivers nothing when the check fails, and stops listening to a topic nobody wants', async () => {
    const bus = new InProcessEventBus();
    const hub = new SubscriptionHub(bus);
    const got: BusEvent[] = [];
    const stop = hub.listen(['group:1', 'group:2'], listener('ana', got), () =>
      Promise.reject(new Error('database down')),
    );
    expect(hub.topicCount).toBe(2);
    await bus.publish('group:1', { type: 'feed' });
    await tick();
    await tick();
    expect(got).toEqual([]);
    stop();
    expect(hub.topicCount).toBe(0);
  });
});

describe('pushIterator', () => {
  it('yields pushed values in order, keeps at most `limit`, and ends on return()', async () => {
    let ended = 0;
    const { iterator, push } = pushIterator<number>(() => ended++, 2);
    push(1);
    push(2);
    push(3);
    expect(await iterator.next()).toEqual({ value: 2, done: false });
    expect(await iterator.next()).toEqual({ value: 3, done: false });
    const waiting = iterator.next();
    push(4);
    expect(await waiting).toEqual({ value: 4, done: false });
    await iterator.return?.();
    expect(ended).toBe(1);
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
    push(5);
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
  });
});
