import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, RaRecord } from 'react-admin';
import { API_URL, httpClient } from './http-client.js';

const restProvider = simpleRestProvider(API_URL, httpClient);

/** `W/"<version>"` for records that carry a version (notifications, for one, do not). */
function ifMatch(record: Partial<RaRecord> | undefined): Record<string, string> {
  const version = record?.version;
  return typeof version === 'number' ? { 'If-Match': `W/"${version}"` } : {};
}

/**
 * react-admin's simple-rest provider, unchanged but for the writes: they send
 * the version the user was looking at as If-Match, so that a change made by
 * someone else in the meantime is refused (409 with the current record) rather
 * than silently overwritten. Errors keep react-admin's HttpError shape, whose
 * `body.errors` react-admin shows next to the fields.
 */
export const dataProvider: DataProvider = {
  ...restProvider,
  update: async (resource, params) => {
    const { json } = await httpClient(`${API_URL}/${resource}/${encodeURIComponent(params.id)}`, {
      method: 'PUT',
      body: JSON.stringify(params.data),
      headers: new Headers(ifMatch(params.previousData)),
    });
    return { data: json };
  },
  delete: async (resource, params) => {
    const { json } = await httpClient(`${API_URL}/${resource}/${encodeURIComponent(params.id)}`, {
      method: 'DELETE',
      headers: new Headers({ 'Content-Type': 'text/plain', ...ifMatch(params.previousData) }),
    });
    return { data: json };
  },
};
