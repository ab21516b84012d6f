import { fetchUtils } from 'react-admin';
import { session } from './session.js';

export const API_URL = '/api';

/** react-admin's fetchJson with the session's bearer token: every API call goes through here. */
export function httpClient(url: string, options: fetchUtils.Options = {}) {
  const token = session.token();
  return fetchUtils.fetchJson(url, {
    ...options,
    user: token ? { authenticated: true, token: `Bearer ${token}` } : undefined,
  });
}

/** A call to one of the API's own actions (review, submit, mark all read), answered with JSON. */
export async function callApi<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const { json } = await httpClient(`${API_URL}${path}`, {
    method: init.method ?? 'POST',
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return json as T;
}
