// Public surface of the contracts lib ('#contracts'). What the server and the admin app agree on: the API's
// enumerations, the records it answers with and the other shapes it reads (report changes, import reports).
// Plain constants, types and pure functions, no dependency: the browser bundle imports it too. The lowest layer.
export * from './enumerations.js';
export * from './shapes.js';
export * from './records.js';
