import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../../../libs/access/src/actor.js';

/**
 * The caller of a request. Until sign-in exists (issue: access) every caller
 * acts as an anonymous administrator; the request id reaches the audit trail.
 */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const request = context.switchToHttp().getRequest<FastifyRequest>();
  return { userId: null, role: 'admin', organisationId: null, requestId: String(request.id) };
});
