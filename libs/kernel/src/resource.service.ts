import type { Actor } from './actor.js';
import type { ListQuery } from './list-query.js';

export interface Page<T> {
  rows: T[];
  /** Matching rows: exact, unless `estimated` (beyond the exact bound of the list's count). */
  total: number;
  estimated?: boolean;
}

/** What the generic REST controller needs of a resource's service. */
export interface ResourceService<T, TCreate, TUpdate> {
  list(query: ListQuery, actor: Actor): Promise<Page<T>>;
  get(id: string, actor: Actor): Promise<T>;
  create(input: TCreate, actor: Actor): Promise<T>;
  update(id: string, input: TUpdate, expectedVersion: number, actor: Actor): Promise<T>;
  remove(id: string, expectedVersion: number | null, actor: Actor): Promise<T>;
}
