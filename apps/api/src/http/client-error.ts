import { serverMessage, type ServerMessage } from '#i18n';

/**
 * A refusal of the HTTP layer's own, before any context is reached (a body that is not JSON, an upload that is
 * not multipart): its status, and its catalogue message, which the exception filter writes in the reader's
 * language. Fastify passes it on as any error that carries a `statusCode`.
 */
export class ClientError extends Error {
  constructor(
    readonly statusCode: number,
    readonly said: ServerMessage,
  ) {
    super(serverMessage('en', said));
  }
}
