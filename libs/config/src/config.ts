import path from 'node:path';

/** Everything the processes read from the environment, validated once at start. */
export interface AppConfig {
  env: 'development' | 'production' | 'test';
  http: { host: string; port: number; corsOrigins: string[]; bodyLimitBytes: number };
  database: {
    /** null: run an embedded PostgreSQL under `dataDir` (demo mode). */
    url: string | null;
    embeddedPort: number;
    migrateOnStart: boolean;
    seedOnStart: boolean;
    poolSize: number;
  };
  dataDir: string;
  demoPassword: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

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

/** Reads and validates the configuration; throws a ConfigError naming the variable on a bad value. */
export function loadConfig(env: Env = process.env): AppConfig {
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
  return {
    env: oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development'),
    http: {
      host: text(env, 'HOST', '127.0.0.1'),
      port: integer(env, 'PORT', 3000, 0, 65535),
      corsOrigins,
      bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 1024 * 1024, 1024, 64 * 1024 * 1024),
    },
    database: {
      url,
      embeddedPort: integer(env, 'EMBEDDED_PG_PORT', 54329, 1024, 65535),
      migrateOnStart: flag(env, 'MIGRATE_ON_START', true),
      seedOnStart: flag(env, 'SEED_ON_START', embedded),
      poolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 200),
    },
    dataDir: path.resolve(text(env, 'DATA_DIR', 'var')),
    demoPassword: text(env, 'DEMO_PASSWORD', 'demo'),
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
  };
}
