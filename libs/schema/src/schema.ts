import type { Schema } from '#database';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

/**
 * The whole database: every context's tables and the migrations that build them. It sits above every context
 * (it imports their entities), so that the database layer below them is given the schema instead of reaching up.
 */
export const SCHEMA: Schema = { entities: ENTITIES, migrations: MIGRATIONS };

export { ENTITIES, MIGRATIONS };
