import pg from 'pg';

export interface TableLock {
  /** Takes an exclusive lock on `tables` (comma-separated): statements that read them wait, as behind a slow one. */
  hold(tables: string): Promise<void>;
  /** Lets the waiting statements go on (nothing if no lock is held). */
  release(): Promise<void>;
  /** Holds the lock while `work` runs. */
  whileHeld<T>(tables: string, work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A session of its own on the test database, to make the app's statements wait on table locks. */
export async function tableLock(url: string): Promise<TableLock> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let held = false;
  const lock: TableLock = {
    async hold(tables) {
      await client.query('BEGIN');
      await client.query(`LOCK TABLE ${tables} IN ACCESS EXCLUSIVE MODE`);
      held = true;
    },
    async release() {
      if (!held) return;
      held = false;
      await client.query('ROLLBACK');
    },
    async whileHeld(tables, work) {
      await lock.hold(tables);
      try {
        return await work();
      } finally {
        await lock.release();
      }
    },
    async close() {
      await lock.release();
      await client.end();
    },
  };
  return lock;
}
