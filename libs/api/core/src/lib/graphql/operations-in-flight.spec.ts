import type { GraphQLRequestContext, GraphQLRequestListener } from '@apollo/server';
import { OperationsInFlight } from './operations-in-flight';

/** Starts an operation through the plugin, as Apollo does; returns what sends its response. */
async function start(ops: OperationsInFlight): Promise<() => Promise<void>> {
  const hooks = ops.plugin.requestDidStart as unknown as (
    ctx: GraphQLRequestContext<object>,
  ) => Promise<GraphQLRequestListener<object>>;
  const listener = await hooks({} as GraphQLRequestContext<object>);
  const send = listener.willSendResponse as unknown as () => Promise<void>;
  return () => send();
}

describe('OperationsInFlight', () => {
  it('is settled at once with nothing running', async () => {
    await expect(new OperationsInFlight().settled(10)).resolves.toBe(true);
  });

  it('settles when the last operation under way has sent its response, counted once each', async () => {
    const ops = new OperationsInFlight();
    const first = await start(ops);
    const second = await start(ops);
    expect(ops.count).toBe(2);
    let settled: boolean | undefined;
    const waiting = ops.settled(5_000).then((s) => (settled = s));
    await first();
    await first();
    await Promise.resolve();
    expect(ops.count).toBe(1);
    expect(settled).toBeUndefined();
    await second();
    await waiting;
    expect(settled).toBe(true);
    expect(ops.count).toBe(0);
  });

  it('gives up after the time allowed, saying so', async () => {
    const ops = new OperationsInFlight();
    await start(ops);
    await expect(ops.settled(20)).resolves.toBe(false);
    expect(ops.count).toBe(1);
  });
});
