// Public surface of the contracts lib ('#contracts'). What the server and the admin app agree on: the API's
// enumerations. Plain constants and types, no dependency: the browser bundle imports it too. The lowest layer.
export * from './enumerations.js';
