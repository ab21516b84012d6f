import { type Locale, serverMessage, type ServerMessage } from '#i18n';
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

export class DomainException extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** Field name → reason, shown by react-admin next to the field. */
    readonly errors?: Record<string, string>,
    /** Extra body members, e.g. the current record on a version conflict. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainException';
  }

  /** The message in the caller's language, where one is written (server-messages.ts); else the English one. */
  localized(locale: Locale): string {
    return this.serverMessage ? serverMessage(locale, this.serverMessage) : this.message;
  }

  protected serverMessage?: ServerMessage;
}

/** A refusal whose message is in the server catalogue: English as `message`, any language through localized(). */
abstract class CataloguedException extends DomainException {
  constructor(code: DomainErrorCode, message: ServerMessage) {
    super(code, serverMessage('en', message));
    this.serverMessage = message;
  }
}

export class NotFoundException extends DomainException {
  constructor(resource: string, id: string) {
    super('not_found', `No ${resource} with id ${id}`);
  }
}

export class InvalidInputException extends DomainException {
  constructor(errors: Record<string, string>, message = 'Validation failed') {
    super('invalid_input', message, errors);
  }
}

export class InvalidQueryException extends DomainException {
  constructor(parameter: string, reason: string) {
    super('invalid_query', `Invalid query parameter "${parameter}": ${reason}`, { [parameter]: reason });
  }
}

export class VersionConflictException extends DomainException {
  constructor(resource: string, current: { version: number }) {
    super(
      'version_conflict',
      `The ${resource} was changed by someone else (now at version ${current.version}); reload it and try again`,
      undefined,
      { current },
    );
  }
}

export class VersionRequiredException extends DomainException {
  constructor() {
    super(
      'version_required',
      'Send the version you are updating: an If-Match: W/"<version>" header or "version" in the body',
    );
  }
}

export class UnauthenticatedException extends DomainException {
  constructor(message = 'Sign in first: send Authorization: Bearer <token>') {
    super('unauthenticated', message);
  }
}

export class ForbiddenException extends DomainException {
  constructor(message: string) {
    super('forbidden', message);
  }
}

/** A refusal that tells when to try again (the HTTP edge sends Retry-After). */
export interface RetryLater {
  readonly retryAfterSeconds: number;
}

export class TooManyAttemptsException extends CataloguedException implements RetryLater {
  constructor(readonly retryAfterSeconds: number) {
    super('too_many_attempts', { key: 'too_many_sign_in_attempts', seconds: retryAfterSeconds });
  }
}

export class RateLimitedException extends CataloguedException implements RetryLater {
  constructor(
    readonly action: RateLimitedAction,
    readonly retryAfterSeconds: number,
  ) {
    super('rate_limited', { key: 'rate_limited', action, seconds: retryAfterSeconds });
  }
}

/** An organisation sent as many progress reports on one milestone as a day allows. */
export class UpdatesPerDayException extends CataloguedException implements RetryLater {
  constructor(
    readonly limit: number,
    readonly retryAfterSeconds: number,
  ) {
    super('rate_limited', { key: 'updates_per_day', limit, seconds: retryAfterSeconds });
  }
}

/** Evidence beyond what one report, or one organisation in all, may hold (413). */
export class EvidenceStorageException extends CataloguedException {
  constructor(scope: 'update' | 'organisation', megabytes: number) {
    super('quota_exceeded', { key: 'evidence_storage', scope, megabytes });
  }
}

/** More requests of one account at once than its slots and queue hold (access/account-slots.ts). */
export class TooManyAtOnceException extends CataloguedException implements RetryLater {
  readonly retryAfterSeconds = 1;

  constructor() {
    super('rate_limited', { key: 'too_many_at_once' });
  }
}
