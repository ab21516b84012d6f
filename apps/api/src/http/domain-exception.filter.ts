import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Locale, negotiateLocale, serverMessage } from '#i18n';
import { type DomainErrorCode, DomainException } from '#kernel';
import { isStatementTimeout } from '#database';
import type { RequestWithActor } from '../access/access.guard.js';
import { etag } from './versioning.js';

/** What a caller is told after PostgreSQL cancelled a statement that ran too long. */
const RETRY_AFTER_TIMEOUT_SECONDS = 5;

function statusOf(code: DomainErrorCode): number {
  switch (code) {
    case 'invalid_input':
    case 'invalid_query':
      return 400;
    case 'not_found':
      return 404;
    case 'version_conflict':
    case 'conflict':
    case 'in_use':
      return 409;
    case 'version_required':
      return 428;
    case 'unauthenticated':
      return 401;
    case 'forbidden':
      return 403;
    case 'too_many_attempts':
    case 'rate_limited':
      return 429;
    case 'quota_exceeded':
      return 413;
  }
}

/** Fastify's own errors (bad JSON, body too large, wrong media type) carry a 4xx statusCode. */
function clientErrorStatus(error: unknown): number | null {
  const status = (error as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null;
}

/**
 * The one place errors become HTTP: domain codes to statuses, the documented
 * body `{statusCode, message, errors?}`, and no stack trace ever in a response.
 */
@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    answerException(exception, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>());
  }
}

const logger = new Logger('HTTP');

/** Answers `exception` (the filter, and the checks that run before Nest's pipeline: early-refusal.ts). */
export function answerException(exception: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const { status, body } = describe(exception, callerLocale(request));
  // The route's pattern, not the URL: a URL may carry a secret (a calendar feed's token).
  const route = `${request.method} ${request.routeOptions?.url ?? 'unmatched route'}`;
  if (status === 503) {
    logger.warn({ reqId: request.id }, `A statement ran past its time limit on ${route}`);
  } else if (status >= 500) {
    logger.error({ err: exception, reqId: request.id }, `Unhandled error on ${route}`);
  }
  if (exception instanceof DomainException && exception.code === 'version_conflict') {
    const current = exception.details?.current as { version: number };
    void reply.header('ETag', etag(current.version));
  }
  if (exception instanceof DomainException && exception.code === 'unauthenticated') {
    void reply.header('WWW-Authenticate', 'Bearer');
  }
  const retryAfter = (exception as { retryAfterSeconds?: unknown }).retryAfterSeconds;
  if (exception instanceof DomainException && typeof retryAfter === 'number') {
    void reply.header('Retry-After', String(retryAfter));
  }
  if (status === 503) void reply.header('Retry-After', String(RETRY_AFTER_TIMEOUT_SECONDS));
  return reply.status(status).send(body);
}

function describe(exception: unknown, locale: Locale): { status: number; body: Record<string, unknown> } {
  if (exception instanceof DomainException) {
    const status = statusOf(exception.code);
    return {
      status,
      body: {
        statusCode: status,
        message: exception.localized(locale),
        ...(exception.errors ? { errors: exception.errors } : {}),
        ...exception.details,
      },
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    const message = typeof response === 'string' ? response : (response as { message?: unknown }).message;
    return { status, body: { statusCode: status, message: Array.isArray(message) ? message.join('; ') : message } };
  }
  if (isStatementTimeout(exception)) {
    return {
      status: 503,
      body: {
        statusCode: 503,
        message: serverMessage(locale, { key: 'statement_timeout' }),
      },
    };
  }
  const clientStatus = clientErrorStatus(exception);
  if (clientStatus !== null) {
    return { status: clientStatus, body: { statusCode: clientStatus, message: (exception as Error).message } };
  }
  return { status: 500, body: { statusCode: 500, message: 'Internal server error' } };
}

/** The signed-in caller's own language, else the first of Accept-Language that we speak, else English. */
function callerLocale(request: FastifyRequest): Locale {
  return (request as RequestWithActor).actor?.locale ?? negotiateLocale(request.headers['accept-language']);
}
