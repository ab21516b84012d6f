import pg from 'pg';
import { DataSource, MigrationExecutor, type DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

// Due dates are calendar dates: keep them as 'YYYY-MM-DD' strings, never shift them through a JS Date.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
// Counts come back as bigint text; every count we run fits a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

/** The tables (entities) and migrations a data source serves: given by the layer above that knows them all. */
export interface Schema {
  entities: NonNullable<DataSourceOptions['entities']>;
  migrations: NonNullable<DataSourceOptions['migrations']>;
}

export interface PoolOptions {
  poolSize?: number;
  /** PostgreSQL cancels a statement of this pool's sessions that runs longer (0 or absent: no limit). */
  statementTimeoutMs?: number;
}

/** A transaction left idle this long (its statements are bounded, the wait between them is not) is ended. */
const IDLE_IN_TRANSACTION_MS = 30_000;

export function dataSourceOptions(
  schema: Schema,
  url: string,
  { poolSize = 10, statementTimeoutMs }: PoolOptions = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    entities: schema.entities,
    migrations: schema.migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    // Failed queries reach the logs through the HTTP error filter, with the request id.
    logging: false,
    extra: {
      max: poolSize,
      application_name: 'rex587-tracker',
      // Sent in each session's start-up packet: no extra round trip per connection.
      ...(statementTimeoutMs
        ? {
            statement_timeout: statementTimeoutMs,
            idle_in_transaction_session_timeout: Math.max(IDLE_IN_TRANSACTION_MS, 2 * statementTimeoutMs),
          }
        : {}),
    },
  };
}

export function createDataSource(schema: Schema, url: string, pool: PoolOptions = {}): DataSource {
  return new DataSource(dataSourceOptions(schema, url, pool));
}

/**
 * Runs pending migrations under an advisory lock, so that replicas starting
 * together apply each migration once. They run on one session with no statement
 * timeout: building an index over a large table may take minutes.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SET statement_timeout = 0');
    await runner.query('SET idle_in_transaction_session_timeout = 0');
    await runner.query('SELECT pg_advisory_lock(587001)');
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'each';
    const applied = await executor.executePendingMigrations();
    return applied.map((migration) => migration.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock(587001)').catch(() => undefined);
    await runner.release();
  }
}
