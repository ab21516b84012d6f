import type { DataSource, EntityManager } from 'typeorm';

/** Anything that runs SQL: the data source, or a transaction's entity manager. */
export interface SqlRunner {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** A unit of work: everything written through `tx` commits or rolls back together. */
export class Transaction implements SqlRunner {
  constructor(private readonly manager: EntityManager) {}

  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]> {
    return this.manager.query(sql, params) as Promise<T[]>;
  }
}

/** The one handle repositories use to reach PostgreSQL. */
export class Database implements SqlRunner {
  constructor(readonly dataSource: DataSource) {}

  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]> {
    return this.dataSource.query(sql, params) as Promise<T[]>;
  }

  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => work(new Transaction(manager)));
  }
}

/** A fixed instant as an SQL literal: the app's clock, never user input. */
export function timestampLiteral(instant: Date): string {
  return `'${instant.toISOString()}'::timestamptz`;
}
