import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource, runMigrations } from '#database';
import { MIGRATIONS, SCHEMA } from '#schema';

/** The machine's PostgreSQL (trust auth); each test file gets a database of its own on it. */
const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Serialises building the template across jest workers and concurrent runs (any 64-bit key of ours). */
const TEMPLATE_LOCK = 587_013;

export interface TestDatabase {
  url: string;
  name: string;
  /** Drops the database (closing any connection left to it). */
  drop(): Promise<void>;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function urlOf(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * The migrated template's name: a digest of every migration's name and code, so that a changed or added
 * migration gets a new template and an old one is never reused.
 */
function templateName(): string {
  const digest = createHash('sha256');
  for (const migration of MIGRATIONS) {
    digest.update(migration.name);
    digest.update(migration.prototype.up.toString());
    digest.update(migration.prototype.down.toString());
  }
  return `rex_template_${digest.digest('hex').slice(0, 16)}`;
}

/**
 * Makes sure the template exists: built once by whichever process gets the lock first, from the migrations
 * as production runs them, then marked IS_TEMPLATE (the sign that it is complete). Templates of other
 * migration sets are dropped. Kept between runs: a second run with the same migrations skips the build.
 * Checked once per jest worker: the migrations do not change while it runs.
 */
let template: Promise<string> | null = null;
const ensureTemplate = (): Promise<string> =>
  (template ??= buildTemplate().catch((error: unknown) => {
    template = null;
    throw error;
  }));

async function buildTemplate(): Promise<string> {
  const name = templateName();
  await admin(async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      const { rows } = await client.query<{ datname: string; datistemplate: boolean }>(
        `SELECT datname, datistemplate FROM pg_database WHERE datname LIKE 'rex\\_template\\_%'`,
      );
      for (const row of rows.filter((row) => row.datname !== name || !row.datistemplate)) {
        await client.query(`ALTER DATABASE ${row.datname} IS_TEMPLATE false`);
        await client.query(`DROP DATABASE ${row.datname} WITH (FORCE)`);
      }
      if (rows.some((row) => row.datname === name && row.datistemplate)) return;
      await client.query(`CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`);
      const dataSource = await createDataSource(SCHEMA, urlOf(name), { poolSize: 2 }).initialize();
      try {
        await runMigrations(dataSource);
      } finally {
        await dataSource.destroy();
      }
      await client.query(`ALTER DATABASE ${name} IS_TEMPLATE true`);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
  return name;
}

/** A database with a unique name, copied from `template` (template0: empty). */
async function createDatabase(template: string): Promise<TestDatabase> {
  const name = `rex_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE ${template}`));
  return {
    url: urlOf(name),
    name,
    drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** Creates an empty database with a unique name. */
export function createTestDatabase(): Promise<TestDatabase> {
  return createDatabase('template0');
}

/** A database at the migrated schema, copied from the template, with no connection open to it. */
export async function createSchemaDatabase(): Promise<TestDatabase> {
  return createDatabase(await ensureTemplate());
}

/**
 * A database at the schema the migrations build, as production builds it: a copy of the migrated template
 * (milliseconds), or with `{ fresh: true }` an empty database migrated on the spot (the migrations' own tests).
 */
export async function createMigratedDatabase(
  options: { fresh?: boolean } = {},
): Promise<TestDatabase & { dataSource: DataSource }> {
  const database = options.fresh ? await createTestDatabase() : await createSchemaDatabase();
  const dataSource = await createDataSource(SCHEMA, database.url, { poolSize: 4 }).initialize();
  if (options.fresh) await runMigrations(dataSource);
  return {
    ...database,
    dataSource,
    drop: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.drop();
    },
  };
}
