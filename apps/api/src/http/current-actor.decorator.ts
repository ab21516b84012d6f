import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from '../../../../libs/access/src/actor.js';
import { UnauthenticatedException } from '../../../../libs/database/src/domain.exception.js';
import type { RequestWithActor } from '../access/access.guard.js';

/** The signed-in caller, as the access guard established it. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<RequestWithActor>().actor;
  if (!actor) throw new UnauthenticatedException();
  return actor;
});
