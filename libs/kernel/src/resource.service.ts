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
  list(actor: Actor, query: ListQuery): Promise<Page<T>>;
  get(actor: Actor, id: string): Promise<T>;
  create(actor: Actor, input: TCreate): Promise<T>;
  update(actor: Actor, id: string, input: TUpdate, expectedVersion: number): Promise<T>;
  remove(actor: Actor, id: string, expectedVersion: number | null): Promise<T>;
}
