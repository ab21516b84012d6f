import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { type Actor, UnauthenticatedException } from '#kernel';
import { clientRequestId } from '#audit';
import type { RequestWithActor } from '../access/access.guard.js';

/**
 * The signed-in caller, as the access guard established it, with the caller's
 * own X-Request-Id when it is well-formed (the audit trail keeps it beside the
 * server's request id).
 */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const request = context.switchToHttp().getRequest<RequestWithActor>();
  if (!request.actor) throw new UnauthenticatedException();
  return { ...request.actor, clientRequestId: clientRequestId(request.headers['x-request-id']) };
});
