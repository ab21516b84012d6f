import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Locale, negotiateLocale, serverMessage, type ServerMessage } from '#i18n';
import { type DomainErrorCode, DomainException } from '#kernel';
import { isStatementTimeout } from '#database';
import type { AuthService } from '#access';
import { bearerToken, type RequestWithActor } from '../access/access.guard.js';
import { ClientError } from './client-error.js';
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
 * body `{statusCode, message, errors?}`, every message and reason written in the
 * reader's language (readerLocale), and no stack trace ever in a response.
 */
@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  /** `auth` reads the language of an account the guard has not read yet. */
  constructor(private readonly auth?: Pick<AuthService, 'authenticate'>) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    // Refused before the guard read the sign-in (a body that is not JSON, too large, an unknown route): the
    // account's language all the same, from the caches the guard reads (TokenService, SignedInUsers). Not for
    // a token just refused: that would check it twice. Nest and Fastify wait for the answer (Nest returns the
    // reply from its handler).
    const unauthenticated = exception instanceof DomainException && exception.code === 'unauthenticated';
    const token =
      (request as RequestWithActor).actor || unauthenticated ? null : bearerToken(request.headers.authorization);
    if (!this.auth || token === null) {
      answerException(exception, request, reply);
      return;
    }
    void this.auth
      .authenticate(token, String(request.id))
      .then(
        (actor) => actor.locale,
        () => undefined,
      )
      .then((locale) => answerException(exception, request, reply, locale))
      .catch((error: unknown) => logger.error({ err: error, reqId: request.id }, 'A refusal could not be sent'));
  }
}

const logger = new Logger('HTTP');

/** Answers `exception` (the filter, and the checks that run before Nest's pipeline: early-refusal.ts). */
export function answerException(
  exception: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
  locale: Locale = readerLocale(request),
): FastifyReply {
  const { status, body } = describe(exception, request, locale);
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

/** Fastify's and its plugins' refusals that have a text of ours, by their code. */
const LIBRARY_MESSAGES = new Map<unknown, ServerMessage>([
  ['FST_ERR_CTP_BODY_TOO_LARGE', { key: 'bodyTooLarge' }],
  ['FST_REQ_FILE_TOO_LARGE', { key: 'fileTooLarge' }],
]);

/**
 * What a refusal of Nest or Fastify says: ours where we have one, else its English text where it is read in
 * English, and general words elsewhere.
 */
function libraryMessage(error: Error, status: number, request: FastifyRequest): ServerMessage {
  if (error instanceof HttpException && status === 404 && !error.cause) {
    return { key: 'noSuchRoute', method: request.method, path: request.url };
  }
  const code = (error.cause as { code?: unknown } | undefined)?.code ?? (error as { code?: unknown }).code;
  return LIBRARY_MESSAGES.get(code) ?? { key: 'requestRefused', status, text: englishText(error) };
}

function englishText(error: Error): string {
  if (!(error instanceof HttpException)) return error.message;
  const response = error.getResponse();
  const message = typeof response === 'string' ? response : (response as { message?: unknown }).message;
  return Array.isArray(message) ? message.join('; ') : String(message);
}

/** The status and body of the answer, every text in the reader's language. */
function describe(
  exception: unknown,
  request: FastifyRequest,
  locale: Locale,
): { status: number; body: Record<string, unknown> } {
  if (exception instanceof DomainException) {
    const status = statusOf(exception.code);
    const { message, errors } = exception.localized(locale);
    return { status, body: { statusCode: status, message, ...(errors ? { errors } : {}), ...exception.details } };
  }
  if (exception instanceof ClientError) {
    const status = exception.statusCode;
    return { status, body: { statusCode: status, message: serverMessage(locale, exception.said) } };
  }
  // Nest's own (an unknown route), and Fastify's, which Nest hands on as HttpException with the error as cause.
  const status = exception instanceof HttpException ? exception.getStatus() : clientErrorStatus(exception);
  if (status !== null) {
    const said = libraryMessage(exception as Error, status, request);
    return { status, body: { statusCode: status, message: serverMessage(locale, said) } };
  }
  if (isStatementTimeout(exception)) {
    return { status: 503, body: { statusCode: 503, message: serverMessage(locale, { key: 'statementTimeout' }) } };
  }
  return { status: 500, body: { statusCode: 500, message: serverMessage(locale, { key: 'internalError' }) } };
}

/** The signed-in caller's own language, else the first of Accept-Language that we speak, else English. */
export function readerLocale(request: FastifyRequest): Locale {
  return (request as RequestWithActor).actor?.locale ?? negotiateLocale(request.headers['accept-language']);
}
