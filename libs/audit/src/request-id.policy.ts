/**
 * A caller's own request id (X-Request-Id), kept beside the server's so that
 * a client's traces join up with the audit trail: 1 to 64 characters of
 * letters, digits and `.`, `_`, `:`, `-`, starting with a letter or a digit
 * (UUIDs, W3C trace ids, most tracers' ids). Anything else (spaces, quotes,
 * markup, line breaks, more than 64 characters, several headers) is no id at
 * all: never stored, never logged.
 */
const CLIENT_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

export function clientRequestId(header: unknown): string | null {
  return typeof header === 'string' && CLIENT_REQUEST_ID.test(header) ? header : null;
}
