// Public surface of the database lib ('#database'). PostgreSQL access: the pool and transactions, list SQL,
// search, the outbox. It knows no context's tables: the schema lib above gives it the entities and migrations.
export { MutableRecord, SearchVectorColumn } from './base.entity.js';
export { createDataSource, runMigrations, type Schema } from './data-source.js';
export { DatabaseModule } from './database.module.js';
export { entityTable, type EntityTable, ServerOwned } from './entity-table.js';
export { Database, type SqlRunner, timestampLiteral, Transaction } from './database.js';
export { openDatabase, takeOverShutdown } from './embedded-postgres.js';
export { fetchPage } from './list-page.js';
export {
  buildListSql,
  COUNT_EXACT_UP_TO,
  type FieldSpec,
  filterValue,
  isCalendarDate,
  isUuid,
  type ListSpec,
  MAX_FILTER_VALUES,
  recordFields,
  recordSelect,
  tooManyFilterValues,
} from './list-sql.js';
export { OutboxMessage } from './outbox-message.entity.js';
export { type OutboxEntry, OutboxRelay } from './outbox.relay.js';
export { appendOutboxMessage } from './outbox.writer.js';
export { isStatementTimeout, translateWriteError } from './pg-errors.js';
export { prefixQuery, SEARCH_VECTOR_OF, searchVector } from './search.sql.js';
export { SqlParams } from './sql-params.js';
// The constraints of the DTOs, with their messages in the catalogue (validation.ts).
export {
  ArrayMaxSize,
  ArrayUnique,
  type CataloguedOptions,
  flattenValidationErrors,
  IsArray,
  IsBoolean,
  IsCalendarDate,
  IsEmail,
  IsIanaTimeZone,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsNotEmpty,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  RecordDto,
  ServerOwnedFieldsDto,
  TranslatableDto,
  TranslatableTextDto,
  TranslatableTitleDto,
  ValidateNested,
} from './validation.js';
