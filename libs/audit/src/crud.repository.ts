import type { ResourceName } from '#i18n';
import { type Actor, type ListQuery, NotFoundException, type Page, VersionConflictException } from '#kernel';
import type { AuditedResource } from '#contracts';
import type { Clock } from '#config';
import {
  type Database,
  fetchPage,
  isUuid,
  type ListSpec,
  SqlParams,
  type SqlRunner,
  type Transaction,
  translateWriteError,
} from '#database';
import { appendAuditEvent } from './audit.writer.js';

export interface VersionedRecord {
  id: string;
  version: number;
}

export interface TableSpec {
  /** Resource name in the API and the audit trail, e.g. `milestones`: one of the audited resources. */
  resource: AuditedResource;
  /** One record in words, e.g. `milestone`: what its 404 and 409 name, in the reader's language. */
  label: ResourceName;
  table: string;
  /** Writable API fields → column; JSON columns are serialised; `cleared`: what null stores (entityTable). */
  columns: Record<string, { column: string; json?: boolean; cleared?: unknown }>;
}

/**
 * The SQL every audited resource shares: list with sort/range/filter, read one,
 * insert, compare-and-set update and delete, each write audited in the same
 * transaction. Contexts extend it with the queries their rules need.
 */
/** A value as its column stores it: JSON as text, and a cleared (null) value of a column that has a default as it. */
function written(target: TableSpec['columns'][string], value: unknown): unknown {
  const stored = value === null && target.cleared !== undefined ? target.cleared : value;
  return target.json ? JSON.stringify(stored) : stored;
}

export abstract class CrudRepository<T extends VersionedRecord> {
  constructor(
    protected readonly db: Database,
    protected readonly clock: Clock,
    protected readonly table: TableSpec,
  ) {}

  /** The list query of the resource as of `now`: derived fields such as `delayed` depend on it. */
  abstract listSpec(now: Date): ListSpec;

  list(query: ListQuery, scope: (params: SqlParams) => string[] = () => []): Promise<Page<T>> {
    return fetchPage<T>(this.db, this.listSpec(this.clock.now()), query, scope);
  }

  async find(
    id: string,
    runner: SqlRunner = this.db,
    scope: (params: SqlParams) => string[] = () => [],
  ): Promise<T | null> {
    if (!isUuid(id)) return null;
    const spec = this.listSpec(this.clock.now());
    const params = new SqlParams();
    const conditions = [`${spec.idSql} = ${params.add(id)}::uuid`, ...scope(params)];
    const rows = await runner.query<T>(
      `SELECT ${spec.select} FROM ${spec.from} WHERE ${conditions.join(' AND ')}`,
      params.values,
    );
    return rows[0] ?? null;
  }

  async get(id: string, runner: SqlRunner = this.db, scope?: (params: SqlParams) => string[]): Promise<T> {
    const record = await this.find(id, runner, scope);
    if (!record) throw new NotFoundException(this.table.label, id);
    return record;
  }

  async create(
    actor: Actor,
    values: Record<string, unknown>,
    afterWrite?: (tx: Transaction, id: string) => Promise<void>,
  ): Promise<T> {
    return this.db.transaction((tx) => this.createIn(actor, tx, values, afterWrite));
  }

  /** The same, inside a caller's transaction (an import creates many records in one). */
  async createIn(
    actor: Actor,
    tx: Transaction,
    values: Record<string, unknown>,
    afterWrite?: (tx: Transaction, id: string) => Promise<void>,
  ): Promise<T> {
    const id = await this.insertRow(tx, values);
    if (afterWrite) await afterWrite(tx, id);
    const after = await this.get(id, tx);
    await appendAuditEvent(tx, actor, {
      action: 'create',
      entityType: this.table.resource,
      entityId: id,
      before: null,
      after,
    });
    return after;
  }

  /**
   * Compare-and-set on `version`: applies only if the record is still at
   * `expectedVersion`; otherwise 409 with the current record, or 404.
   */
  async update(
    actor: Actor,
    id: string,
    expectedVersion: number,
    values: Record<string, unknown>,
    afterWrite?: (tx: Transaction) => Promise<void>,
  ): Promise<T> {
    return this.db.transaction((tx) => this.updateIn(actor, tx, id, expectedVersion, values, afterWrite));
  }

  /** The same, inside a caller's transaction (an import updates many records in one). */
  async updateIn(
    actor: Actor,
    tx: Transaction,
    id: string,
    expectedVersion: number,
    values: Record<string, unknown>,
    afterWrite?: (tx: Transaction) => Promise<void>,
  ): Promise<T> {
    const before = await this.get(id, tx);
    const params = new SqlParams();
    const assignments = this.assignments(values, params);
    const rows = await tx
      .query<{ id: string }>(
        `UPDATE ${this.table.table} SET ${[...assignments, 'version = version + 1', 'updated_at = now()'].join(', ')}
         WHERE id = ${params.add(id)} AND version = ${params.add(expectedVersion)} RETURNING id`,
        params.values,
      )
      .catch((error: unknown) => translateWriteError(error, this.table.label, 'write'));
    if (rows.length === 0) throw new VersionConflictException(this.table.label, await this.get(id, tx));
    if (afterWrite) await afterWrite(tx);
    const after = await this.get(id, tx);
    await appendAuditEvent(tx, actor, {
      action: 'update',
      entityType: this.table.resource,
      entityId: id,
      before,
      after,
    });
    return after;
  }

  /** Deletes; with a version, only if the record is still at it. */
  async remove(actor: Actor, id: string, expectedVersion: number | null): Promise<T> {
    return this.db.transaction(async (tx) => {
      const before = await this.get(id, tx);
      const params = new SqlParams();
      const versionCheck = expectedVersion === null ? '' : ` AND version = ${params.add(expectedVersion)}`;
      const rows = await tx
        .query<{ id: string }>(
          `DELETE FROM ${this.table.table} WHERE id = ${params.add(id)}${versionCheck} RETURNING id`,
          params.values,
        )
        .catch((error: unknown) => translateWriteError(error, this.table.label, 'delete'));
      if (rows.length === 0) throw new VersionConflictException(this.table.label, await this.get(id, tx));
      await appendAuditEvent(tx, actor, {
        action: 'delete',
        entityType: this.table.resource,
        entityId: id,
        before,
        after: null,
      });
      return before;
    });
  }

  protected async insertRow(tx: Transaction, values: Record<string, unknown>): Promise<string> {
    const params = new SqlParams();
    const columns: string[] = [];
    const placeholders: string[] = [];
    for (const [field, value] of Object.entries(values)) {
      const target = this.table.columns[field];
      if (!target || value === undefined) continue;
      columns.push(target.column);
      placeholders.push(params.add(written(target, value)));
    }
    const rows = await tx
      .query<{ id: string }>(
        `INSERT INTO ${this.table.table} (${columns.join(', ')}) VALUES (${placeholders.join(', ')}) RETURNING id`,
        params.values,
      )
      .catch((error: unknown) => translateWriteError(error, this.table.label, 'write'));
    return rows[0].id;
  }

  private assignments(values: Record<string, unknown>, params: SqlParams): string[] {
    return Object.entries(values)
      .filter(([field, value]) => this.table.columns[field] && value !== undefined)
      .map(([field, value]) => {
        const target = this.table.columns[field];
        return `${target.column} = ${params.add(written(target, value))}`;
      });
  }
}
