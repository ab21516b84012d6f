import type { RateLimitedActionName } from './catalogues/catalogue.js';
import { serverWords } from './catalogues/index.js';
import type { Locale } from './locale.js';

/**
 * What the server says to a person: a message and its parameters, which `serverMessage` writes in their language
 * with the texts of the catalogue's `messages`.
 */
export type ServerMessage =
  | { key: 'too_many_sign_in_attempts'; seconds: number }
  | { key: 'rate_limited'; action: RateLimitedActionName; seconds: number }
  | { key: 'statement_timeout' }
  | { key: 'too_many_at_once' }
  | { key: 'updates_per_day'; limit: number; seconds: number }
  | { key: 'evidence_storage'; scope: 'update' | 'organisation'; megabytes: number };

export function serverMessage(locale: Locale, message: ServerMessage): string {
  const words = serverWords(locale).messages;
  switch (message.key) {
    case 'updates_per_day':
      return words.updatesPerDay(message.limit, message.seconds);
    case 'evidence_storage':
      return message.scope === 'update'
        ? words.updateEvidenceStorage(message.megabytes)
        : words.organisationEvidenceStorage(message.megabytes);
    case 'too_many_sign_in_attempts':
      return words.tooManySignInAttempts(message.seconds);
    case 'rate_limited':
      return words.rateLimited(words.counted[message.action], message.seconds);
    case 'too_many_at_once':
      return words.tooManyAtOnce;
    case 'statement_timeout':
      return words.statementTimeout;
  }
}
