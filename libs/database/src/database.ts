import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/** Anything that runs SQL: the pool, or a transaction. Always resolves to the result rows. */
export interface SqlRunner {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

/**
 * TypeORM's plain `query()` answers UPDATE and DELETE with `[rows, count]`;
 * the structured result always carries the rows, whatever the command.
 */
async function rowsOf<T>(runner: QueryRunner, sql: string, params?: unknown[]): Promise<T[]> {
  const result = await runner.query(sql, params, true);
  return (result.records ?? []) as T[];
}

/** A unit of work: everything written through `tx` commits or rolls back together. */
export class Transaction implements SqlRunner {
  constructor(private readonly manager: EntityManager) {}

  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]> {
    return rowsOf<T>(this.manager.queryRunner as QueryRunner, sql, params);
  }
}

/** The one handle repositories use to reach PostgreSQL. */
export class Database implements SqlRunner {
  constructor(readonly dataSource: DataSource) {}

  async query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]> {
    const runner = this.dataSource.createQueryRunner('master');
    try {
      return await rowsOf<T>(runner, sql, params);
    } finally {
      await runner.release();
    }
  }

  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => work(new Transaction(manager)));
  }
}

/** A fixed instant as an SQL literal: the app's clock, never user input. */
export function timestampLiteral(instant: Date): string {
  return `'${instant.toISOString()}'::timestamptz`;
}
