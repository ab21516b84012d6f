import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../../../libs/access/src/actor.js';
import { AuthService } from '../../../../libs/access/src/auth.service.js';
import { hasRole } from '../../../../libs/access/src/role.policy.js';
import { ForbiddenException, UnauthenticatedException } from '../../../../libs/database/src/domain.exception.js';
import { ACCESS_POLICY, type AccessPolicy } from './access-policy.decorator.js';

export type RequestWithActor = FastifyRequest & { actor?: Actor };

/**
 * Deny by default: a route must declare its policy (@Public or @Allow), or
 * nobody reaches it. Signed-in callers are checked against the user as it is
 * now (SignedInUsers), so a revoked token or a changed role takes effect at once.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(AuthService) private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.get<AccessPolicy | undefined>(ACCESS_POLICY, context.getHandler());
    if (!policy) throw new ForbiddenException('This route has no access policy');
    if (policy.public) return true;
    const request = context.switchToHttp().getRequest<RequestWithActor>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9._~+/=-]{1,4096})$/.exec(header.trim()) : null;
    if (!match) throw new UnauthenticatedException();
    const actor = await this.auth.authenticate(match[1], String(request.id));
    request.actor = actor;
    if (!hasRole(actor, policy.roles)) {
      throw new ForbiddenException(`This needs one of the roles ${policy.roles.join(', ')}`);
    }
    return true;
  }
}
