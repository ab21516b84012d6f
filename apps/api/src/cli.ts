import 'reflect-metadata';
import { ConfigError, loadConfig } from '../../../libs/config/src/config.js';
import { Database } from '../../../libs/database/src/database.js';
import { createDataSource, runMigrations } from '../../../libs/database/src/data-source.js';
import { openDatabase } from '../../../libs/database/src/embedded-postgres.js';
import { REX_587_PLAN } from '../../../libs/plan/src/seed/rex-587.plan-data.js';
import { PlanSeeder } from '../../../libs/plan/src/seed/plan.seeder.js';

const USAGE = `Usage: npm run cli -- <command>
  migrate   apply pending migrations
  seed      apply migrations, then load the REX/587 plan (idempotent)
Uses DATABASE_URL, or the embedded PostgreSQL under DATA_DIR when it is unset.`;

const say = (message: string) => process.stdout.write(`${message}\n`);

async function run(command: string | undefined): Promise<number> {
  if (command !== 'migrate' && command !== 'seed') {
    say(USAGE);
    return command === undefined || command === 'help' ? 0 : 2;
  }
  const config = loadConfig();
  const database = await openDatabase(config, say);
  const dataSource = await createDataSource(database.url).initialize();
  try {
    const applied = await runMigrations(dataSource);
    say(applied.length > 0 ? `Applied migrations: ${applied.join(', ')}` : 'The schema is up to date.');
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

run(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof ConfigError ? error.message : String(error instanceof Error ? error.stack : error)}\n`,
    );
    process.exit(1);
  },
);
