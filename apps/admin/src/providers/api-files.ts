import { HttpError } from 'react-admin';
import { API_URL } from './http-client.js';
import { session } from './session.js';

/** The file name the API gives in Content-Disposition (its UTF-8 form when present), else the fallback. */
export function attachmentName(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (utf8) {
    try {
      return decodeURIComponent(utf8[1]);
    } catch {
      // A malformed escape: fall through to the ASCII name.
    }
  }
  const ascii = /filename="([^"]*)"/i.exec(disposition);
  return ascii?.[1] || fallback;
}

async function send(path: string, init: RequestInit = {}): Promise<Response> {
  const token = session.token();
  const headers = new Headers(init.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const response = await fetch(`${API_URL}${path}`, { ...init, headers });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { message?: string };
    throw new HttpError(body.message ?? response.statusText, response.status, body);
  }
  return response;
}

/**
 * Downloads a file the API serves as an attachment. A plain link cannot carry
 * the bearer token, so the file is fetched and handed to the browser as a blob
 * under the name the API chose. Returns that name.
 */
export async function downloadFromApi(path: string, fallbackName: string): Promise<string> {
  const response = await send(path);
  const name = attachmentName(response.headers.get('Content-Disposition'), fallbackName);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked on the next tick: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return name;
}

/** Sends one file as the multipart field `file` and returns the API's JSON answer (errors as HttpError). */
export async function postFileToApi<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file);
  // No Content-Type: the browser writes the multipart boundary itself.
  const response = await send(path, { method: 'POST', body: form });
  return (await response.json()) as T;
}
