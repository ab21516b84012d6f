import { getMetadataArgsStorage } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

/**
 * A table as its entity describes it, so that a column is declared once (on the entity) and the repository's
 * writes and its record select follow: adding a field to an entity is a migration, the entity and the DTOs, and
 * nothing else to keep in step. (Which fields a list sorts or filters by stays a decision of its listSpec.)
 */
export interface EntityTable {
  table: string;
  /**
   * API field → column, for each column a caller's values may write: not the record's own, generated ones or
   * @ServerOwned ones.
   */
  columns: Record<string, { column: string; json?: boolean; cleared?: unknown }>;
  /**
   * `alias.column AS "field"` for every column a read shows (the record's own first; no hidden or generated
   * ones), except `omit`.
   */
  select(alias: string, omit?: readonly string[]): string;
}

/** An entity's class (or a class it extends). */
type EntityClass = abstract new (...args: never[]) => object;

/** Columns marked @ServerOwned, per entity class. */
const serverOwned = new WeakMap<object, Set<string>>();

/**
 * A column only the server's own statements write (a review's outcome, a token version): never taken from the
 * values a caller's request supplies, even if a DTO let one through.
 */
export function ServerOwned(): PropertyDecorator {
  return (target, property) => {
    const owner = target.constructor;
    if (!serverOwned.has(owner)) serverOwned.set(owner, new Set());
    serverOwned.get(owner)!.add(String(property));
  };
}

/** The record's own columns (MutableRecord): selected by every read, never written by a caller. */
const RECORD_COLUMNS = ['id', 'version', 'createdAt', 'updatedAt'];

const naming = new SnakeNamingStrategy();

/** The classes whose columns an entity has: itself and the classes it extends. */
function lineage(entity: EntityClass): unknown[] {
  const classes: unknown[] = [];
  let current: unknown = entity;
  while (typeof current === 'function' && current !== Function.prototype) {
    classes.push(current);
    current = Object.getPrototypeOf(current);
  }
  return classes;
}

export function entityTable(entity: EntityClass): EntityTable {
  const storage = getMetadataArgsStorage();
  const table = storage.tables.find((candidate) => candidate.target === entity);
  if (!table?.name) throw new Error(`${entity.name} is not an entity with a table name`);
  const classes = lineage(entity);
  const described = storage.columns
    .filter((column) => classes.includes(column.target))
    .map((column) => ({
      property: column.propertyName,
      column: naming.columnName(column.propertyName, column.options.name, []),
      json: column.options.type === 'jsonb' || column.options.type === 'json',
      // A text column that cannot be null but has a default: a caller clearing it (null, as a form sends an
      // emptied optional text) means that default, not a broken rule (internal notes, a reference in the opinion).
      cleared:
        column.options.nullable !== true &&
        typeof column.options.default === 'string' &&
        ['varchar', 'text', 'character varying'].includes(String(column.options.type))
          ? column.options.default
          : undefined,
      // Generated columns (the search vector) and columns never selected (a password hash) stay out of reads.
      generated: column.options.generatedType !== undefined,
      hidden: column.options.select === false,
    }));
  const byProperty = new Map(described.map((column) => [column.property, column]));
  const owned = new Set(classes.flatMap((owner) => [...(serverOwned.get(owner as object) ?? [])]));
  const written = described.filter(
    (column) => !column.generated && !RECORD_COLUMNS.includes(column.property) && !owned.has(column.property),
  );
  const readable = described.filter((column) => !column.generated && !column.hidden);
  // The record's columns first, in a fixed order, then the entity's as declared.
  const ordered = [
    ...RECORD_COLUMNS.map((property) => byProperty.get(property)!).filter(Boolean),
    ...readable.filter((column) => !RECORD_COLUMNS.includes(column.property)),
  ];
  return {
    table: table.name,
    columns: Object.fromEntries(
      written.map((column) => [
        column.property,
        {
          column: column.column,
          ...(column.json ? { json: true } : {}),
          ...(column.cleared !== undefined ? { cleared: column.cleared } : {}),
        },
      ]),
    ),
    select: (alias, omit = []) =>
      ordered
        .filter((column) => !omit.includes(column.property))
        .map((column) => `${alias}.${column.column} AS "${column.property}"`)
        .join(', '),
  };
}
