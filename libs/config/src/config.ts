import path from 'node:path';
import { RATE_LIMITED_ACTIONS, type RateLimitedAction } from '#kernel';

/** Everything the processes read from the environment, validated once at start. */
export interface AppConfig {
  env: 'development' | 'production' | 'test';
  http: {
    host: string;
    port: number;
    corsOrigins: string[];
    bodyLimitBytes: number;
    /** Fastify trustProxy: false, true, a hop count, or addresses/CIDRs of the proxies. */
    trustProxy: boolean | number | string[];
    /** Requests of one account worked on at once per process; more wait, up to `requestsQueuedPerAccount`. */
    requestsAtOncePerAccount: number;
    requestsQueuedPerAccount: number;
    /** Of those, rate-limited ones (changes, searches, downloads …) worked on at once (account-slots.ts). */
    costlyRequestsAtOncePerAccount: number;
    /** Searches worked on at once per process, whoever sends them: the costliest reads cannot fill the database. */
    searchesAtOnce: number;
    /** How long a request that comes back before its Retry-After waits for its 429 (early-refusal.ts). */
    refusalDelayMs: number;
  };
  /** Requests per account (per address without sign-in) and window, for each kind of costly request. */
  rateLimits: Record<RateLimitedAction, RateLimit>;
  /** What one organisation may add: reports per milestone and day, evidence per report and in all. */
  quotas: { updatesPerMilestonePerDay: number; evidenceMbPerUpdate: number; evidenceMbPerOrganisation: number };
  auth: {
    /** HS256 key; null: generated and kept under DATA_DIR (demo mode only). */
    jwtSecret: string | null;
    accessTokenMinutes: number;
    loginAttemptsPerAccount: number;
    loginAttemptsPerAddress: number;
    loginWindowMinutes: number;
    /** How long a signed-in user may be served from memory; changes drop it at once (0: read on every request). */
    userCacheSeconds: number;
  };
  database: {
    /** null: run an embedded PostgreSQL under `dataDir` (demo mode). */
    url: string | null;
    embeddedPort: number;
    migrateOnStart: boolean;
    seedOnStart: boolean;
    poolSize: number;
    /**
     * How long one SQL statement of the API may run before PostgreSQL cancels it (the request then answers
     * 503): no request holds a connection for long. Reports and the worker have limits of their own.
     */
    statementTimeoutMs: number;
    /** The same bound for what makes a plenary report (one snapshot of the whole plan). */
    reportStatementTimeoutMs: number;
    /** The same bound for the worker's jobs (reminder scans, the outbox relay). */
    workerStatementTimeoutMs: number;
  };
  queue: {
    /** null: BullMQ's PostgreSQL backend on the application database. */
    redisUrl: string | null;
    /** Key prefix of the queues: several installations can share one Redis. */
    prefix: string;
    /** How often due milestones are scanned for reminders, reminders dispatched, the outbox relayed. */
    scanEverySeconds: number;
    dispatchEverySeconds: number;
    /** How long a claimed reminder stays with its sender before another may take it over. */
    leaseSeconds: number;
    relayEverySeconds: number;
    /** Run the worker inside the API process (the default in demo mode). */
    inProcessWorker: boolean;
  };
  mail: {
    /** null: messages are written as .eml files under DATA_DIR/mail. */
    smtpUrl: string | null;
    from: string;
    /** The address users open the app at, for links in messages. */
    publicUrl: string;
    maxAttempts: number;
  };
  metrics: {
    /** Bearer token a Prometheus scraper sends; null: metrics are off. */
    token: string | null;
    /** Where a separate worker process serves its metrics (GET /metrics); null: it serves none. */
    workerPort: number | null;
  };
  /** Start the clock at this instant (simulations, demos of reminders); null: the real time. */
  simulatedNow: Date | null;
  dataDir: string;
  demoPassword: string;
  /** For `cli create-admin`; unset: a password is generated and printed once. */
  adminPassword: string | undefined;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** json: one JSON object a line (production, log collectors); pretty: short human lines, framework chatter left out. */
  logFormat: 'json' | 'pretty';
}

export interface RateLimit {
  points: number;
  seconds: number;
}

/** The defaults (docs/operations.md): generous for a person at a screen, tight for a script. */
const RATE_LIMIT_DEFAULTS: Record<RateLimitedAction, RateLimit> = {
  write: { points: 120, seconds: 60 },
  search: { points: 60, seconds: 60 },
  export: { points: 10, seconds: 60 },
  download: { points: 30, seconds: 60 },
  import: { points: 10, seconds: 600 },
  upload: { points: 30, seconds: 600 },
  password: { points: 5, seconds: 900 },
};

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`Invalid configuration: ${variable} ${reason}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function text(env: Env, name: string, fallback: string): string {
  const value = env[name];
  return value === undefined || value === '' ? fallback : value;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

/** `RATE_LIMIT_SEARCH=60/60`: 60 requests per 60 seconds. */
function rateLimits(env: Env): Record<RateLimitedAction, RateLimit> {
  const limits = {} as Record<RateLimitedAction, RateLimit>;
  for (const action of RATE_LIMITED_ACTIONS) {
    const name = `RATE_LIMIT_${action.toUpperCase()}`;
    const raw = env[name];
    if (raw === undefined || raw === '') {
      limits[action] = RATE_LIMIT_DEFAULTS[action];
      continue;
    }
    const match = /^(\d{1,9})\/(\d{1,7})$/.exec(raw);
    const points = Number(match?.[1]);
    const seconds = Number(match?.[2]);
    if (!match || points < 1 || seconds < 1 || seconds > 86_400) {
      throw new ConfigError(name, `must be <requests>/<seconds> such as 60/60 (seconds at most 86400), got "${raw}"`);
    }
    limits[action] = { points, seconds };
  }
  return limits;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = text(env, name, fallback);
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function databaseUrl(env: Env): string | null {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL', 'is not a URL (expected postgres://user:password@host:5432/database)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError('DATABASE_URL', `must start with postgres:// or postgresql://, got ${url.protocol}//`);
  }
  return raw;
}

function trustProxy(env: Env): boolean | number | string[] {
  const raw = text(env, 'TRUST_PROXY', 'false').trim();
  if (/^(false|0|no|off)$/i.test(raw)) return false;
  if (/^(true|yes|on)$/i.test(raw)) return true;
  if (/^\d{1,2}$/.test(raw)) return Number(raw);
  const addresses = raw.split(',').map((item) => item.trim());
  if (addresses.every((item) => /^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(item))) return addresses;
  throw new ConfigError('TRUST_PROXY', `must be false, true, a hop count or proxy addresses (CIDR), got "${raw}"`);
}

function urlVariable(env: Env, name: string, protocols: readonly string[], example: string): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `is not a URL (expected ${example})`);
  }
  if (!protocols.includes(parsed.protocol)) throw new ConfigError(name, `must start with ${protocols.join(' or ')}//`);
  return raw;
}

function queuePrefix(env: Env): string {
  const prefix = text(env, 'QUEUE_PREFIX', 'rex587');
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(prefix))
    throw new ConfigError('QUEUE_PREFIX', 'may hold letters, digits, "_" and "-" (at most 40)');
  return prefix;
}

function simulatedNow(env: Env): Date | null {
  const raw = env.SIMULATED_NOW;
  if (raw === undefined || raw === '') return null;
  const instant = new Date(raw);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(raw) || Number.isNaN(instant.getTime())) {
    throw new ConfigError('SIMULATED_NOW', `must be an ISO 8601 instant such as 2027-03-24T06:00:00Z, got "${raw}"`);
  }
  return instant;
}

function metricsToken(env: Env): string | null {
  const raw = env.METRICS_TOKEN;
  if (raw === undefined || raw === '') return null;
  if (!/^[A-Za-z0-9._~+/=-]{16,256}$/.test(raw)) {
    throw new ConfigError('METRICS_TOKEN', 'must be 16 to 256 characters of letters, digits and ._~+/=-');
  }
  return raw;
}

function jwtSecret(env: Env): string | null {
  const raw = env.JWT_SECRET;
  if (raw === undefined || raw === '') return null;
  if (raw.length < 32) throw new ConfigError('JWT_SECRET', 'must be at least 32 characters long');
  return raw;
}

/**
 * Reads and validates the configuration; throws a ConfigError naming the variable on a bad value.
 * `terminal`: the process writes to a person's terminal (demo mode there logs human-readable lines).
 */
export function loadConfig(env: Env = process.env, { terminal = false }: { terminal?: boolean } = {}): AppConfig {
  const url = databaseUrl(env);
  const embedded = url === null;
  const corsOrigins = text(env, 'CORS_ORIGIN', '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new ConfigError('CORS_ORIGIN', `must list origins such as https://tracker.example.eu, got "${origin}"`);
    }
  }
  const host = text(env, 'HOST', '127.0.0.1');
  const port = integer(env, 'PORT', 3000, 0, 65535);
  // Links in mail and calendar feeds need the address people reach: PUBLIC_URL, else this server's own.
  const ownAddress = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
  return {
    env: oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development'),
    http: {
      host,
      port,
      corsOrigins,
      bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 1024 * 1024, 1024, 64 * 1024 * 1024),
      trustProxy: trustProxy(env),
      requestsAtOncePerAccount: integer(env, 'REQUESTS_AT_ONCE_PER_ACCOUNT', 4, 1, 1000),
      requestsQueuedPerAccount: integer(env, 'REQUESTS_QUEUED_PER_ACCOUNT', 32, 0, 10_000),
      costlyRequestsAtOncePerAccount: integer(env, 'COSTLY_REQUESTS_AT_ONCE_PER_ACCOUNT', 1, 1, 1000),
      searchesAtOnce: integer(env, 'SEARCHES_AT_ONCE', 2, 1, 1000),
      refusalDelayMs: integer(env, 'REFUSAL_DELAY_MS', 1000, 0, 60_000),
    },
    rateLimits: rateLimits(env),
    quotas: {
      updatesPerMilestonePerDay: integer(env, 'UPDATES_PER_MILESTONE_PER_DAY', 5, 1, 1000),
      evidenceMbPerUpdate: integer(env, 'EVIDENCE_MB_PER_UPDATE', 25, 1, 10_000),
      evidenceMbPerOrganisation: integer(env, 'EVIDENCE_MB_PER_ORGANISATION', 1000, 1, 10_000_000),
    },
    auth: {
      jwtSecret: jwtSecret(env),
      accessTokenMinutes: integer(env, 'ACCESS_TOKEN_MINUTES', 30, 1, 24 * 60),
      loginAttemptsPerAccount: integer(env, 'LOGIN_ATTEMPTS_PER_ACCOUNT', 5, 1, 1000),
      loginAttemptsPerAddress: integer(env, 'LOGIN_ATTEMPTS_PER_ADDRESS', 30, 1, 100000),
      loginWindowMinutes: integer(env, 'LOGIN_WINDOW_MINUTES', 15, 1, 24 * 60),
      userCacheSeconds: integer(env, 'AUTH_USER_CACHE_SECONDS', 60, 0, 24 * 60 * 60),
    },
    database: {
      url,
      embeddedPort: integer(env, 'EMBEDDED_PG_PORT', 54329, 1024, 65535),
      migrateOnStart: flag(env, 'MIGRATE_ON_START', true),
      seedOnStart: flag(env, 'SEED_ON_START', embedded),
      poolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 200),
      statementTimeoutMs: integer(env, 'DATABASE_STATEMENT_TIMEOUT_MS', 3000, 100, 600_000),
      reportStatementTimeoutMs: integer(env, 'REPORT_STATEMENT_TIMEOUT_MS', 60_000, 100, 3_600_000),
      workerStatementTimeoutMs: integer(env, 'WORKER_STATEMENT_TIMEOUT_MS', 120_000, 100, 3_600_000),
    },
    queue: {
      redisUrl: urlVariable(env, 'REDIS_URL', ['redis:', 'rediss:'], 'redis://127.0.0.1:6379'),
      prefix: queuePrefix(env),
      scanEverySeconds: integer(env, 'REMINDER_SCAN_SECONDS', 900, 1, 86400),
      dispatchEverySeconds: integer(env, 'REMINDER_DISPATCH_SECONDS', 30, 1, 3600),
      leaseSeconds: integer(env, 'REMINDER_LEASE_SECONDS', 120, 1, 3600),
      relayEverySeconds: integer(env, 'OUTBOX_RELAY_SECONDS', 5, 1, 3600),
      inProcessWorker: flag(env, 'IN_PROCESS_WORKER', embedded),
    },
    mail: {
      smtpUrl: urlVariable(env, 'SMTP_URL', ['smtp:', 'smtps:'], 'smtp://user:password@mail.example.org:587'),
      from: text(env, 'MAIL_FROM', 'REX/587 Action Plan tracker <no-reply@rex587.localhost>'),
      publicUrl: text(env, 'PUBLIC_URL', ownAddress).replace(/\/$/, ''),
      maxAttempts: integer(env, 'MAIL_MAX_ATTEMPTS', 6, 1, 50),
    },
    metrics: {
      token: metricsToken(env),
      workerPort: env.METRICS_PORT ? integer(env, 'METRICS_PORT', 9464, 1, 65535) : null,
    },
    simulatedNow: simulatedNow(env),
    dataDir: path.resolve(text(env, 'DATA_DIR', 'var')),
    demoPassword: text(env, 'DEMO_PASSWORD', 'demo'),
    adminPassword: env.ADMIN_PASSWORD === '' ? undefined : env.ADMIN_PASSWORD,
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    logFormat: oneOf(env, 'LOG_FORMAT', ['json', 'pretty'] as const, embedded && terminal ? 'pretty' : 'json'),
  };
}

/** What a process prints when it cannot start: a configuration error by its message, anything else with its stack. */
export function startupFailure(error: unknown): string {
  if (error instanceof ConfigError) return error.message;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
