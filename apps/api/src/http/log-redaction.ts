/** What a secret in a logged URL is replaced by. */
export const REDACTED = '[redacted]';

/**
 * Query parameters that carry credentials (OAuth's code and tokens, signed
 * links, API keys): their values never reach a log. Compared in lower case,
 * with `-` read as `_`.
 */
const SECRET_PARAMETERS = new Set([
  'token',
  'access_token',
  'refresh_token',
  'id_token',
  'code',
  'secret',
  'client_secret',
  'password',
  'key',
  'api_key',
  'apikey',
  'auth',
  'authorization',
  'signature',
  'sig',
  'session',
  'jwt',
]);

/** Paths whose next segment is itself the credential: a calendar feed's secret URL. */
const SECRET_PATHS = ['/api/calendar/'];

/** A value that is a credential whatever its name: a feed secret, a JWT (three base64url parts, the first `eyJ`). */
const SECRET_VALUE = /rexcal_[A-Za-z0-9_-]+|eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/;
const SECRET_VALUES = new RegExp(SECRET_VALUE.source, 'g');

const decoded = (text: string) => {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
};

/**
 * A request URL as it may be logged: a calendar feed's secret (its URL is the
 * only credential, and only its hash is stored) and the value of every
 * credential-like query parameter are replaced by `[redacted]`, as is anything
 * shaped like a feed secret or a JWT elsewhere in it. Works on any string,
 * malformed or not, and never throws.
 */
export function redactUrl(url: string): string {
  const queryAt = url.indexOf('?');
  let path = queryAt === -1 ? url : url.slice(0, queryAt);
  // Compared as the router would match it, whatever the encoding or doubled slashes.
  const plainPath = decoded(path)
    .toLowerCase()
    .replace(/\/{2,}/g, '/');
  const secretPath = SECRET_PATHS.find((prefix) => plainPath.startsWith(prefix));
  path = secretPath ? `${secretPath}${REDACTED}` : path.replace(SECRET_VALUES, REDACTED);
  if (queryAt === -1) return path;
  const parameters = url
    .slice(queryAt + 1)
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      const name = equals === -1 ? pair : pair.slice(0, equals);
      const canonical = decoded(name).trim().toLowerCase().replace(/-/g, '_');
      if (SECRET_PARAMETERS.has(canonical)) return equals === -1 ? pair : `${name}=${REDACTED}`;
      return SECRET_VALUE.test(decoded(pair)) ? `${name.replace(SECRET_VALUES, REDACTED)}=${REDACTED}` : pair;
    });
  return `${path}?${parameters.join('&')}`;
}
