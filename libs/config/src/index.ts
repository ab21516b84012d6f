export * from './clock.js';
export * from './config.js';
export * from './config.module.js';
export * from './log-format.js';
export * from './worker-file.js';
