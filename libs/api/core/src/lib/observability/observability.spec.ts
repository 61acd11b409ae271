import { requestLogLevel, requestPath } from './logging';
import { ANONYMOUS_OPERATION, hasMetricsToken, Metrics, OTHER_OPERATION } from './metrics';
import { isWellFormedRequestId } from './request-id';

describe('request ids', () => {
  it('accepts a proxy’s id only when it is plain and of a sensible length', () => {
    expect(isWellFormedRequestId('9f1c2d3e-aaaa-bbbb-cccc-0123456789ab')).toBe(true);
    expect(isWellFormedRequestId('edge:1234.abcd_EF')).toBe(true);
    expect(isWellFormedRequestId('short')).toBe(false);
    expect(isWellFormedRequestId('x'.repeat(129))).toBe(false);
    expect(isWellFormedRequestId('abc def ghi')).toBe(false);
    expect(isWellFormedRequestId('abcdefgh\n{"level":60}')).toBe(false);
    expect(isWellFormedRequestId(['abcdefghij'])).toBe(false);
  });
});

describe('logged request paths', () => {
  it('drop the query string and opaque segments such as an invitation token, keep ids', () => {
    expect(requestPath('/graphql?query={me{id}}&token=abc')).toBe('/graphql');
    expect(requestPath('/invite/Xk3_9fQ2-aZbLmNoPqRsTuVw')).toBe('/invite/[redacted]');
    expect(requestPath('/posts/9f1c2d3e-aaaa-bbbb-cccc-0123456789ab')).toBe(
      '/posts/9f1c2d3e-aaaa-bbbb-cccc-0123456789ab',
    );
    expect(requestPath(undefined)).toBe('/');
  });
});

describe('metrics', () => {
  it('labels operations by name, with a bounded number of names', () => {
    const metrics = new Metrics();
    expect(metrics.operationLabel(undefined)).toBe(ANONYMOUS_OPERATION);
    expect(metrics.operationLabel('Feed')).toBe('Feed');
    expect(metrics.operationLabel('not a name')).toBe(OTHER_OPERATION);
    for (let i = 0; i < 300; i++) metrics.operationLabel(`Op${i}`);
    expect(metrics.operationLabel('Op10')).toBe('Op10');
    expect(metrics.operationLabel('Op299')).toBe(OTHER_OPERATION);
    expect(metrics.operationLabel('Feed')).toBe('Feed');
  });

  it('checks the bearer token exactly', () => {
    const token = 'a'.repeat(32);
    expect(hasMetricsToken(`Bearer ${token}`, token)).toBe(true);
    expect(hasMetricsToken(token, token)).toBe(true);
    expect(hasMetricsToken(`Bearer ${token}x`, token)).toBe(false);
    expect(hasMetricsToken('Bearer ', token)).toBe(false);
    expect(hasMetricsToken(undefined, token)).toBe(false);
  });

  it('counts GraphQL errors by code, each series labelled with the process id', async () => {
    const metrics = new Metrics();
    metrics.graphqlErrors.inc({ code: 'NOT_FOUND', operation: 'Group' });
    expect(await metrics.text()).toContain(
      `hearth_graphql_errors_total{code="NOT_FOUND",operation="Group",pid="${process.pid}"} 1`,
    );
  });
});

describe('requestLogLevel', () => {
  it('writes failures as errors, refusals at info, and answered requests only at debug', () => {
    expect(requestLogLevel(500)).toBe('error');
    expect(requestLogLevel(200, new Error('broke'))).toBe('error');
    expect(requestLogLevel(413)).toBe('info');
    expect(requestLogLevel(200)).toBe('debug');
    expect(requestLogLevel(304)).toBe('debug');
  });
});
