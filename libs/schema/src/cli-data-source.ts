// Entry point for the TypeORM CLI (`npm run migration:generate`); reads DATABASE_URL.
import { loadConfig } from '#config';
import { createDataSource } from '#database';
import { SCHEMA } from './schema.js';

const url = loadConfig().database.url;
if (url === null) {
  throw new Error(
    'DATABASE_URL must be set for the migration commands (e.g. postgres://postgres@127.0.0.1:5432/rex587)',
  );
}
export default createDataSource(SCHEMA, url);
