import { type Locale, type ResourceName, serverMessage, type ServerMessage, serverMessages } from '#i18n';
import type { RateLimitedAction } from './rate-limited-actions.js';

/**
 * What can go wrong in any context, as codes; the HTTP edge maps each code to a
 * status in one exhaustive switch (apps/api/src/http/domain-exception.filter.ts).
 */
export type DomainErrorCode =
  | 'invalid_input'
  | 'invalid_query'
  | 'not_found'
  | 'version_conflict'
  | 'version_required'
  | 'conflict'
  | 'in_use'
  | 'unauthenticated'
  | 'forbidden'
  | 'too_many_attempts'
  | 'rate_limited'
  | 'quota_exceeded';

/**
 * A refusal, as it means it: its message and the reason beside each field are catalogue messages (key and
 * parameters), written in the reader's language only when the HTTP edge answers (`localized`). `message`, as
 * for any Error, is the English text: what the logs and the tests read.
 */
export class DomainException extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly said: ServerMessage,
    /** Field name → reason, shown by react-admin next to the field. */
    readonly errors?: Readonly<Record<string, ServerMessage>>,
    /** Extra body members, e.g. the current record on a version conflict. */
    readonly details?: Record<string, unknown>,
  ) {
    super(serverMessage('en', said));
    this.name = 'DomainException';
  }

  /** The message and the field reasons in the reader's language. */
  localized(locale: Locale): { message: string; errors?: Record<string, string> } {
    const message = serverMessage(locale, this.said);
    return this.errors ? { message, errors: serverMessages(locale, this.errors) } : { message };
  }
}

export class NotFoundException extends DomainException {
  constructor(resource: ResourceName, id: string) {
    super('not_found', { key: 'notFound', resource, id });
  }
}

export class InvalidInputException extends DomainException {
  constructor(errors: Readonly<Record<string, ServerMessage>>, message: ServerMessage = { key: 'validationFailed' }) {
    super('invalid_input', message, errors);
  }
}

export class InvalidQueryException extends DomainException {
  constructor(parameter: string, reason: ServerMessage) {
    super('invalid_query', { key: 'invalidQuery', parameter, reason }, { [parameter]: reason });
  }
}

export class VersionConflictException extends DomainException {
  constructor(resource: ResourceName, current: { version: number }) {
    super('version_conflict', { key: 'versionConflict', resource, version: current.version }, undefined, {
      current,
    });
  }
}

export class VersionRequiredException extends DomainException {
  constructor() {
    super('version_required', { key: 'versionRequired' });
  }
}

export class UnauthenticatedException extends DomainException {
  constructor(message: ServerMessage = { key: 'signInFirst' }) {
    super('unauthenticated', message);
  }
}

export class ForbiddenException extends DomainException {
  constructor(message: ServerMessage) {
    super('forbidden', message);
  }
}

/** A refusal that tells when to try again (the HTTP edge sends Retry-After). */
export interface RetryLater {
  readonly retryAfterSeconds: number;
}

export class TooManyAttemptsException extends DomainException implements RetryLater {
  constructor(readonly retryAfterSeconds: number) {
    super('too_many_attempts', { key: 'tooManySignInAttempts', seconds: retryAfterSeconds });
  }
}

export class RateLimitedException extends DomainException implements RetryLater {
  constructor(
    readonly action: RateLimitedAction,
    readonly retryAfterSeconds: number,
  ) {
    super('rate_limited', { key: 'rateLimited', action, seconds: retryAfterSeconds });
  }
}

/** An organisation sent as many progress reports on one milestone as a day allows. */
export class UpdatesPerDayException extends DomainException implements RetryLater {
  constructor(
    readonly limit: number,
    readonly retryAfterSeconds: number,
  ) {
    super('rate_limited', { key: 'updatesPerDay', limit, seconds: retryAfterSeconds });
  }
}

/** Evidence beyond what one report, or one organisation in all, may hold (413). */
export class EvidenceStorageException extends DomainException {
  constructor(scope: 'update' | 'organisation', megabytes: number) {
    super('quota_exceeded', {
      key: scope === 'update' ? 'updateEvidenceStorage' : 'organisationEvidenceStorage',
      megabytes,
    });
  }
}

/** More requests of one account at once than its slots and queue hold (access/account-slots.ts). */
export class TooManyAtOnceException extends DomainException implements RetryLater {
  readonly retryAfterSeconds = 1;

  constructor() {
    super('rate_limited', { key: 'tooManyAtOnce' });
  }
}
