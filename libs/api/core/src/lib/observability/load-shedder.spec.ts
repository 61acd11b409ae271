import { loadConfig } from '../config/app-config';
import { LoadShedder, retryAfterSeconds, shedChance, shouldShed, smoothLag } from './load-shedder';
import { Metrics } from './metrics';

describe('load shedding: the decision', () => {
  it('refuses nothing up to the threshold, then a growing share, all from twice the threshold', () => {
    expect(shedChance(0, 200)).toBe(0);
    expect(shedChance(200, 200)).toBe(0);
    expect(shedChance(250, 200)).toBeCloseTo(0.25);
    expect(shedChance(300, 200)).toBeCloseTo(0.5);
    expect(shedChance(400, 200)).toBe(1);
    expect(shedChance(5000, 200)).toBe(1);
  });

  it('never sheds with a threshold of 0 (turned off)', () => {
    expect(shedChance(10_000, 0)).toBe(0);
    expect(shouldShed('/graphql', 10_000, 0, 0)).toBe(false);
  });

  it('sheds a request when its draw falls under the chance, never /health/live nor /metrics', () => {
    expect(shouldShed('/graphql', 300, 200, 0.49)).toBe(true);
    expect(shouldShed('/graphql', 300, 200, 0.51)).toBe(false);
    expect(shouldShed('/health/ready', 1000, 200, 0.99)).toBe(true);
    expect(shouldShed('/health/live', 1000, 200, 0)).toBe(false);
    expect(shouldShed('/metrics', 1000, 200, 0)).toBe(false);
  });

  it('smooths the lag: one late tick counts two thirds, and it decays as ticks come on time', () => {
    const once = smoothLag(0, 900);
    expect(once).toBeCloseTo(600);
    expect(smoothLag(once, 0)).toBeCloseTo(200);
  });

  it('tells the client to retry after about the lag, from 1 to 30 seconds', () => {
    expect(retryAfterSeconds(10)).toBe(1);
    expect(retryAfterSeconds(2500)).toBe(3);
    expect(retryAfterSeconds(120_000)).toBe(30);
  });
});

describe('LoadShedder', () => {
  const make = (threshold: string) =>
    new LoadShedder(
      loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'x'.repeat(40), LOAD_SHED_LAG_MS: threshold }),
      new Metrics(),
    );

  it('answers 503 with Retry-After and a JSON error once the lag is past the threshold', () => {
    const shedder = make('10');
    shedder.sample(5000);
    const written: { status?: number; headers?: Record<string, unknown>; body?: string } = {};
    const res = {
      writeHead: (status: number, headers: Record<string, unknown>) => {
        written.status = status;
        written.headers = headers;
      },
      end: (body: string) => (written.body = body),
    };
    let passed = false;
    shedder.middleware(
      { url: '/graphql', headers: {}, id: 'req-12345678' } as never,
      res as never,
      () => (passed = true),
    );
    shedder.onApplicationShutdown();
    expect(passed).toBe(false);
    expect(written.status).toBe(503);
    expect(written.headers?.['Retry-After']).toBe('4');
    expect(JSON.parse(written.body ?? '{}')).toEqual({
      errors: [
        {
          message: expect.stringMatching(/too busy/),
          extensions: { code: 'SERVICE_UNAVAILABLE', requestId: 'req-12345678' },
        },
      ],
    });
  });

  it('passes requests on while the lag is under the threshold', () => {
    const shedder = make('500');
    shedder.sample(100);
    let passed = false;
    shedder.middleware(
      { url: '/graphql', headers: {} } as never,
      {} as never,
      () => (passed = true),
    );
    shedder.onApplicationShutdown();
    expect(passed).toBe(true);
  });
});
