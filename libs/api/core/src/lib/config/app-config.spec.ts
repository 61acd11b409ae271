import { ConfigError, loadConfig } from './app-config';

const base = {
  NODE_ENV: 'production',
  JWT_SECRET: 'x'.repeat(40),
  DATABASE_URL: 'postgres://hearth@db:5432/hearth',
  REDIS_URL: 'redis://redis:6379',
};

describe('loadConfig: API_WORKERS', () => {
  it('is one process unless told otherwise', () => {
    expect(loadConfig(base).apiWorkers).toBe(1);
  });

  it('takes a number, or auto for one per CPU', () => {
    expect(loadConfig({ ...base, API_WORKERS: '3' }).apiWorkers).toBe(3);
    expect(loadConfig({ ...base, API_WORKERS: 'auto' }).apiWorkers).toBeGreaterThanOrEqual(1);
  });

  it.each(['0', '-1', '1.5', 'many', '65'])('refuses %s with a clear message', (value) => {
    expect(() => loadConfig({ ...base, API_WORKERS: value })).toThrow(
      new ConfigError(`API_WORKERS must be a whole number from 1 to 64; got "${value}".`),
    );
  });

  it('refuses several processes on the embedded database or without Redis', () => {
    const { DATABASE_URL: _db, ...embedded } = base;
    const { REDIS_URL: _redis, ...noRedis } = base;
    for (const env of [embedded, noRedis]) {
      expect(() => loadConfig({ ...env, API_WORKERS: '2' })).toThrow(
        /API_WORKERS=2 needs DATABASE_URL and REDIS_URL/,
      );
    }
    expect(loadConfig({ ...noRedis, API_WORKERS: '1' }).apiWorkers).toBe(1);
  });
});

describe('loadConfig: REDIS_PREFIX', () => {
  it('defaults to hearth: and takes a plain prefix', () => {
    expect(loadConfig(base).redisPrefix).toBe('hearth:');
    expect(loadConfig({ ...base, REDIS_PREFIX: 'hearth-e2e-1:' }).redisPrefix).toBe(
      'hearth-e2e-1:',
    );
  });

  it('refuses spaces and odd characters', () => {
    expect(() => loadConfig({ ...base, REDIS_PREFIX: 'a b' })).toThrow(/REDIS_PREFIX must be/);
    expect(() => loadConfig({ ...base, REDIS_PREFIX: 'x'.repeat(101) })).toThrow(/REDIS_PREFIX/);
  });
});

describe('loadConfig: CARD_CACHE_SIZE', () => {
  it('defaults to 5000 and takes 0 (no cache) up to a million', () => {
    expect(loadConfig(base).cardCacheSize).toBe(5000);
    expect(loadConfig({ ...base, CARD_CACHE_SIZE: '0' }).cardCacheSize).toBe(0);
    expect(loadConfig({ ...base, CARD_CACHE_SIZE: '1000000' }).cardCacheSize).toBe(1_000_000);
  });

  it('refuses negative, fractional and non-numeric sizes', () => {
    for (const bad of ['-1', '2.5', 'lots', '1000001'])
      expect(() => loadConfig({ ...base, CARD_CACHE_SIZE: bad })).toThrow(
        /CARD_CACHE_SIZE must be a whole number from 0 to 1000000/,
      );
  });
});

describe('loadConfig: SESSION_CACHE_SIZE', () => {
  it('defaults to 10000 and takes 0 (no cache) up to a million', () => {
    expect(loadConfig(base).sessionCacheSize).toBe(10_000);
    expect(loadConfig({ ...base, SESSION_CACHE_SIZE: '0' }).sessionCacheSize).toBe(0);
    expect(loadConfig({ ...base, SESSION_CACHE_SIZE: '1000000' }).sessionCacheSize).toBe(1_000_000);
  });

  it('refuses negative, fractional and non-numeric sizes', () => {
    for (const bad of ['-1', '2.5', 'lots', '1000001'])
      expect(() => loadConfig({ ...base, SESSION_CACHE_SIZE: bad })).toThrow(
        /SESSION_CACHE_SIZE must be a whole number from 0 to 1000000/,
      );
  });
});

describe('loadConfig: JOBS_WORKER and JOBS_POLL_MS', () => {
  it('runs jobs and polls every 2 s by default', () => {
    expect(loadConfig(base)).toMatchObject({ jobsWorker: true, jobsPollMs: 2000 });
    expect(loadConfig({ ...base, JOBS_WORKER: 'false', JOBS_POLL_MS: '50' })).toMatchObject({
      jobsWorker: false,
      jobsPollMs: 50,
    });
  });

  it('refuses values that are not settings', () => {
    expect(() => loadConfig({ ...base, JOBS_WORKER: 'sometimes' })).toThrow(
      /JOBS_WORKER must be true or false/,
    );
    expect(() => loadConfig({ ...base, JOBS_POLL_MS: '10' })).toThrow(
      /JOBS_POLL_MS must be a whole number from 50 to 60000/,
    );
  });
});

describe('loadConfig: PUBLIC_URL and WEB_ORIGINS', () => {
  it('defaults PUBLIC_URL to the address npm start prints', () => {
    expect(loadConfig(base).publicUrl).toBe('http://127.0.0.1:3000');
    expect(loadConfig({ ...base, PORT: '8080' }).publicUrl).toBe('http://127.0.0.1:8080');
    expect(loadConfig({ ...base, HOST: '0.0.0.0' }).publicUrl).toBe('http://localhost:3000');
    expect(loadConfig({ ...base, HOST: '::1' }).publicUrl).toBe('http://[::1]:3000');
  });

  it('allows every loopback spelling of the port (and of the dev server) when bound to loopback', () => {
    const origins = loadConfig(base).webOrigins;
    for (const o of [
      'http://127.0.0.1:3000',
      'http://localhost:3000',
      'http://[::1]:3000',
      'http://127.0.0.1:4200',
      'http://localhost:4200',
    ])
      expect(origins).toContain(o);
    expect(loadConfig({ ...base, HOST: '0.0.0.0' }).webOrigins).toContain('http://127.0.0.1:3000');
  });

  it('always allows the origin of PUBLIC_URL, also beside WEB_ORIGINS', () => {
    const config = loadConfig({
      ...base,
      PUBLIC_URL: 'https://hearth.example.com/',
      WEB_ORIGINS: 'https://intranet.example.com, http://10.0.0.5:3000',
    });
    expect(config.webOrigins).toEqual([
      'https://hearth.example.com',
      'https://intranet.example.com',
      'http://10.0.0.5:3000',
    ]);
  });

  it('does not allow loopback origins for a server on a public address unless told', () => {
    const config = loadConfig({ ...base, HOST: '10.0.0.5', PUBLIC_URL: 'https://hearth.example' });
    expect(config.webOrigins).not.toContain('http://127.0.0.1:3000');
    expect(config.webOrigins).toContain('https://hearth.example');
  });

  it('refuses an origin that is not an http(s) URL', () => {
    expect(() => loadConfig({ ...base, WEB_ORIGINS: 'ftp://x.example' })).toThrow(
      /WEB_ORIGINS must start with http: or https:/,
    );
  });
});

describe('loadConfig: operating settings', () => {
  it('has safe defaults: info logs, metrics off the API port, shedding past 500 ms of lag', () => {
    const config = loadConfig(base);
    expect(config.logLevel).toBe('info');
    expect(config.metricsToken).toBeUndefined();
    expect(config.metricsPort).toBeUndefined();
    expect(config.metricsHost).toBe('127.0.0.1');
    expect(config.loadShedLagMs).toBe(500);
  });

  it('takes a level, a token, a port and a threshold', () => {
    const config = loadConfig({
      ...base,
      LOG_LEVEL: 'WARN',
      METRICS_TOKEN: 'a'.repeat(32),
      METRICS_PORT: '9464',
      METRICS_HOST: '0.0.0.0',
      LOAD_SHED_LAG_MS: '0',
    });
    expect(config).toMatchObject({
      logLevel: 'warn',
      metricsToken: 'a'.repeat(32),
      metricsPort: 9464,
      metricsHost: '0.0.0.0',
      loadShedLagMs: 0,
    });
  });

  it('refuses an unknown level, a short or spaced token, a bad port or threshold', () => {
    expect(() => loadConfig({ ...base, LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL must be one of/);
    expect(() => loadConfig({ ...base, METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
    expect(() => loadConfig({ ...base, METRICS_TOKEN: `${'a'.repeat(20)} b` })).toThrow(
      /METRICS_TOKEN/,
    );
    expect(() => loadConfig({ ...base, METRICS_PORT: '70000' })).toThrow(/METRICS_PORT/);
    expect(() => loadConfig({ ...base, LOAD_SHED_LAG_MS: '-5' })).toThrow(/LOAD_SHED_LAG_MS/);
  });
});
