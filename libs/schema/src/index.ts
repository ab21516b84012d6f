// Public surface of the schema lib ('#schema'). The whole database: every context's tables and migrations, above
// every context, below the apps.
export { MIGRATIONS, SCHEMA } from './schema.js';
