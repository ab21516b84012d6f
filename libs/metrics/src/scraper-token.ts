import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Whether an Authorization header carries the scraper's token (compared in constant time). */
export function isScraper(authorization: string | undefined, token: string): boolean {
  const match = /^Bearer (\S{1,256})$/.exec(authorization?.trim() ?? '');
  return match !== null && timingSafeEqual(digest(match[1]), digest(token));
}
