// Public surface of the config lib ('#config'). Settings read from the environment once at start, and the clock
// every rule reads "now" from.
export * from './clock.js';
export * from './config.js';
export * from './config.module.js';
export * from './log-format.js';
export * from './worker-file.js';
