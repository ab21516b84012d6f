import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './config.js';

const A_DATABASE_URL = 'postgres://tracker:secret@db.internal:5432/tracker';

/** Runs loadConfig expecting a ConfigError and returns it. */
function configError(env: Record<string, string | undefined>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError, but the configuration was accepted');
}

describe('loadConfig defaults', () => {
  const config = loadConfig({});

  it('listens on port 3000 of the loopback interface', () => {
    expect(config.http.port).toBe(3000);
    expect(config.http.host).toBe('127.0.0.1');
  });

  it('links to this server itself unless PUBLIC_URL says otherwise (a trailing slash dropped)', () => {
    expect(config.mail.publicUrl).toBe('http://127.0.0.1:3000');
    expect(loadConfig({ PORT: '4100' }).mail.publicUrl).toBe('http://127.0.0.1:4100');
    expect(loadConfig({ HOST: '0.0.0.0', PORT: '8080' }).mail.publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ PORT: '4100', PUBLIC_URL: 'https://tracker.example.eu/' }).mail.publicUrl).toBe(
      'https://tracker.example.eu',
    );
  });

  it('runs in development with log level info and no CORS origins', () => {
    expect(config.env).toBe('development');
    expect(config.logLevel).toBe('info');
    expect(config.http.corsOrigins).toEqual([]);
  });

  it('without DATABASE_URL, runs an embedded PostgreSQL', () => {
    expect(config.database.url).toBeNull();
  });

  it('in embedded mode, migrates and seeds on start', () => {
    expect(config.database.migrateOnStart).toBe(true);
    expect(config.database.seedOnStart).toBe(true);
  });

  it('keeps data in an absolute directory', () => {
    expect(path.isAbsolute(config.dataDir)).toBe(true);
    expect(config.dataDir).toBe(path.resolve('var'));
  });

  it('an empty variable counts as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '', LOG_LEVEL: '', SEED_ON_START: '' })).toEqual(config);
  });
});

describe('loadConfig with values', () => {
  it('with DATABASE_URL, uses that database and does not seed by default', () => {
    const config = loadConfig({ DATABASE_URL: A_DATABASE_URL });
    expect(config.database.url).toBe(A_DATABASE_URL);
    expect(config.database.seedOnStart).toBe(false);
    expect(config.database.migrateOnStart).toBe(true);
  });

  it('accepts the postgresql:// scheme too', () => {
    const url = 'postgresql://tracker@localhost/tracker';
    expect(loadConfig({ DATABASE_URL: url }).database.url).toBe(url);
  });

  it('seeding can be asked for explicitly with an external database', () => {
    expect(loadConfig({ DATABASE_URL: A_DATABASE_URL, SEED_ON_START: 'true' }).database.seedOnStart).toBe(true);
  });

  it.each([
    ['1', true],
    ['true', true],
    ['YES', true],
    ['on', true],
    ['0', false],
    ['False', false],
    ['no', false],
    ['OFF', false],
  ])('MIGRATE_ON_START=%p means %p', (raw, value) => {
    expect(loadConfig({ MIGRATE_ON_START: raw }).database.migrateOnStart).toBe(value);
  });

  it('reads the port, host and environment', () => {
    const config = loadConfig({ PORT: '8080', HOST: '0.0.0.0', NODE_ENV: 'production' });
    expect(config.http).toMatchObject({ port: 8080, host: '0.0.0.0' });
    expect(config.env).toBe('production');
  });

  it.each(['0', '65535'])('PORT %p is at the edge of the allowed range and accepted', (port) => {
    expect(loadConfig({ PORT: port }).http.port).toBe(Number(port));
  });

  it('CORS_ORIGIN lists comma-separated origins, trimmed', () => {
    expect(loadConfig({ CORS_ORIGIN: 'https://tracker.example.eu, http://localhost:5173' }).http.corsOrigins).toEqual([
      'https://tracker.example.eu',
      'http://localhost:5173',
    ]);
  });

  it('a relative DATA_DIR is made absolute, an absolute one is kept', () => {
    expect(loadConfig({ DATA_DIR: 'data' }).dataDir).toBe(path.resolve('data'));
    expect(loadConfig({ DATA_DIR: '/srv/tracker' }).dataDir).toBe(path.resolve('/srv/tracker'));
  });

  it.each(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const)(
    'LOG_LEVEL %p is accepted',
    (level) => {
      expect(loadConfig({ LOG_LEVEL: level }).logLevel).toBe(level);
    },
  );

  it('logs human-readable lines only in demo mode on a terminal, unless LOG_FORMAT says otherwise', () => {
    const server = 'postgres://tracker@db.example/tracker';
    expect(loadConfig({}, { terminal: true }).logFormat).toBe('pretty');
    expect(loadConfig({}).logFormat).toBe('json');
    expect(loadConfig({ DATABASE_URL: server }, { terminal: true }).logFormat).toBe('json');
    expect(loadConfig({ LOG_FORMAT: 'json' }, { terminal: true }).logFormat).toBe('json');
    expect(loadConfig({ DATABASE_URL: server, LOG_FORMAT: 'pretty' }).logFormat).toBe('pretty');
  });
});

describe('loadConfig refusals', () => {
  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '65536'],
    ['PORT', '-1'],
    ['PORT', '80.5'],
    ['DATABASE_URL', 'mysql://x'],
    ['DATABASE_URL', 'not a url'],
    ['MIGRATE_ON_START', 'maybe'],
    ['SEED_ON_START', 'sometimes'],
    ['LOG_LEVEL', 'loud'],
    ['LOG_FORMAT', 'xml'],
    ['CORS_ORIGIN', 'ftp://x'],
    ['CORS_ORIGIN', 'https://tracker.example.eu/path'],
    ['CORS_ORIGIN', 'https://ok.example.eu,tracker.example.eu'],
    ['NODE_ENV', 'staging'],
    ['DATABASE_POOL_SIZE', '0'],
    ['DATABASE_STATEMENT_TIMEOUT_MS', '0'],
    ['DATABASE_STATEMENT_TIMEOUT_MS', '5s'],
    ['REPORT_STATEMENT_TIMEOUT_MS', '50'],
    ['WORKER_STATEMENT_TIMEOUT_MS', '99999999'],
    ['RATE_LIMIT_SEARCH', '60'],
    ['RATE_LIMIT_WRITE', '0/60'],
    ['RATE_LIMIT_EXPORT', '10/100000'],
    ['UPDATES_PER_MILESTONE_PER_DAY', '0'],
    ['EVIDENCE_MB_PER_UPDATE', 'lots'],
    ['REQUESTS_AT_ONCE_PER_ACCOUNT', '0'],
    ['SEARCHES_AT_ONCE', '-1'],
    ['EMBEDDED_PG_PORT', '80'],
    ['BODY_LIMIT_BYTES', '10'],
    ['AUTH_USER_CACHE_SECONDS', '-5'],
    ['METRICS_TOKEN', 'short'],
    ['METRICS_TOKEN', 'has spaces in it, which no header can carry'],
    ['METRICS_PORT', '0'],
  ])('%s=%p is refused with an error naming the variable', (variable, value) => {
    const error = configError({ [variable]: value });
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(variable);
    expect(error.name).toBe('ConfigError');
  });

  it('bounds every SQL statement: 3 s in the API, 60 s for a report, 120 s in the worker, each configurable', () => {
    const url = { DATABASE_URL: 'postgres://u@127.0.0.1/db' };
    expect(loadConfig(url).database).toMatchObject({
      statementTimeoutMs: 3000,
      reportStatementTimeoutMs: 60_000,
      workerStatementTimeoutMs: 120_000,
    });
    expect(
      loadConfig({
        ...url,
        DATABASE_STATEMENT_TIMEOUT_MS: '1500',
        REPORT_STATEMENT_TIMEOUT_MS: '300000',
        WORKER_STATEMENT_TIMEOUT_MS: '600000',
      }).database,
    ).toMatchObject({ statementTimeoutMs: 1500, reportStatementTimeoutMs: 300_000, workerStatementTimeoutMs: 600_000 });
  });

  it('limits costly requests per account, with defaults and <requests>/<seconds> settings', () => {
    const url = { DATABASE_URL: 'postgres://u@127.0.0.1/db' };
    expect(loadConfig(url).rateLimits.search).toEqual({ points: 60, seconds: 60 });
    expect(loadConfig({ ...url, RATE_LIMIT_SEARCH: '120/30' }).rateLimits.search).toEqual({ points: 120, seconds: 30 });
    expect(loadConfig(url).http).toMatchObject({
      requestsAtOncePerAccount: 4,
      requestsQueuedPerAccount: 32,
      searchesAtOnce: 2,
    });
    expect(loadConfig(url).quotas).toEqual({
      updatesPerMilestonePerDay: 5,
      evidenceMbPerUpdate: 25,
      evidenceMbPerOrganisation: 1000,
    });
  });

  it('metrics are off unless a scraper token is set; a separate worker serves them only with METRICS_PORT', () => {
    const url = { DATABASE_URL: 'postgres://u@127.0.0.1/db' };
    expect(loadConfig(url).metrics).toEqual({ token: null, workerPort: null });
    expect(loadConfig({ ...url, METRICS_TOKEN: 'scraper-token-0123456789', METRICS_PORT: '9464' }).metrics).toEqual({
      token: 'scraper-token-0123456789',
      workerPort: 9464,
    });
  });

  it('the error message shows the rejected value', () => {
    expect(configError({ PORT: 'abc' }).message).toContain('abc');
    expect(configError({ LOG_LEVEL: 'loud' }).message).toContain('loud');
  });
});
