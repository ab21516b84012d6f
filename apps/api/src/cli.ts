import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { SYSTEM_ACTOR } from '#kernel';
import { hashPassword, MIN_PASSWORD_LENGTH } from '#access';
import { appendAuditEvent } from '#audit';
import { loadConfig, startupFailure } from '#config';
import { createDataSource, Database, openDatabase, runMigrations } from '#database';
import { PlanSeeder, REX_587_PLAN } from '#plan';
import { SCHEMA } from '#schema';

const USAGE = `Usage: npm run cli -- <command>
  migrate                          apply pending migrations
  seed                             apply migrations, then load the REX/587 plan (idempotent)
  create-admin --email <address> [--name <name>]
                                   create an administrator; the password is ADMIN_PASSWORD,
                                   or a generated one printed once
Uses DATABASE_URL, or the embedded PostgreSQL under DATA_DIR when it is unset.`;

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

async function createAdmin(db: Database, args: string[], password: string | undefined): Promise<number> {
  const email = option(args, 'email')?.trim().toLowerCase();
  if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
    say('create-admin needs --email with an e-mail address');
    return 2;
  }
  if (password !== undefined && password.length < MIN_PASSWORD_LENGTH) {
    say(`ADMIN_PASSWORD must be at least ${MIN_PASSWORD_LENGTH} characters long`);
    return 2;
  }
  const chosen = password ?? randomBytes(15).toString('base64url');
  const created = await db.transaction(async (tx) => {
    const [row] = await tx.query<Record<string, unknown> & { id: string }>(
      `INSERT INTO users (email, name, role, password_hash) VALUES ($1, $2, 'admin', $3)
       ON CONFLICT (email) DO NOTHING RETURNING id, email, name, role`,
      [email, option(args, 'name') ?? 'Administrator', await hashPassword(chosen)],
    );
    if (row)
      await appendAuditEvent(tx, SYSTEM_ACTOR, {
        action: 'create',
        entityType: 'users',
        entityId: row.id,
        before: null,
        after: row,
      });
    return row;
  });
  if (!created) {
    say(`A user with the e-mail ${email} already exists: nothing changed`);
    return 1;
  }
  say(`Created the administrator ${email}`);
  if (password === undefined) say(`Password (shown once, change it after signing in): ${chosen}`);
  return 0;
}

const say = (message: string) => process.stdout.write(`${message}\n`);

async function run([command, ...args]: string[]): Promise<number> {
  if (command !== 'migrate' && command !== 'seed' && command !== 'create-admin') {
    say(USAGE);
    return command === undefined || command === 'help' ? 0 : 2;
  }
  const config = loadConfig();
  const database = await openDatabase(config, say);
  const dataSource = await createDataSource(SCHEMA, database.url).initialize();
  try {
    const applied = await runMigrations(dataSource);
    say(applied.length > 0 ? `Applied migrations: ${applied.join(', ')}` : 'The schema is up to date.');
    if (command === 'create-admin') return await createAdmin(new Database(dataSource), args, config.adminPassword);
    if (command === 'seed') {
      const { created } = await new PlanSeeder(new Database(dataSource)).seed(REX_587_PLAN);
      say(`Seeded ${REX_587_PLAN.code}; created ${JSON.stringify(created)}`);
    }
    return 0;
  } finally {
    await dataSource.destroy();
    await database.stop();
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${startupFailure(error)}\n`);
    process.exit(1);
  },
);
