import { Initial1795751272525 } from './1795751272525-Initial.js';

/** In the order they apply. */
export const MIGRATIONS = [Initial1795751272525];
