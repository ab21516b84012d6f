import type { FastifyReply } from 'fastify';
import { InvalidQueryException, VersionRequiredException } from '#kernel';

/** `W/"<version>"`, the ETag of a record. */
export function etag(version: number): string {
  return `W/"${version}"`;
}

/**
 * The version a write expects: from If-Match (`W/"3"` or `"3"`) or else from
 * the body's `version`. Neither: 428, so that no write is ever blind.
 */
export function expectedVersion(ifMatch: string | undefined, bodyVersion: unknown): number {
  if (ifMatch !== undefined && ifMatch.trim() !== '') {
    const match = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(ifMatch);
    if (!match || Number(match[1]) < 1) {
      throw new InvalidQueryException('If-Match', { key: 'ifMatchShape' });
    }
    return Number(match[1]);
  }
  if (typeof bodyVersion === 'number' && Number.isSafeInteger(bodyVersion) && bodyVersion >= 1) return bodyVersion;
  throw new VersionRequiredException();
}

/** For DELETE the version is optional: with one, the delete only applies to that version. */
export function optionalVersion(ifMatch: string | undefined): number | null {
  return ifMatch === undefined || ifMatch.trim() === '' ? null : expectedVersion(ifMatch, undefined);
}

// `milestones 0-24/319`, or `milestones */0` when the page is empty.
export function contentRange(resource: string, start: number, count: number, total: number): string {
  return count === 0 ? `${resource} */${total}` : `${resource} ${start}-${start + count - 1}/${total}`;
}

/**
 * Sets Content-Range for a page of a list and returns its rows: every list
 * route answers this way. A total past the exact bound is an estimate and says so.
 */
export function pageWithContentRange<T>(
  reply: FastifyReply,
  resource: string,
  start: number,
  page: { rows: T[]; total: number; estimated?: boolean },
): T[] {
  void reply.header('Content-Range', contentRange(resource, start, page.rows.length, page.total));
  if (page.estimated) void reply.header('X-Total-Estimated', 'true');
  return page.rows;
}
