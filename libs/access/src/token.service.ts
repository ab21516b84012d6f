import { Inject, Injectable } from '@nestjs/common';
import { errors, jwtVerify, SignJWT } from 'jose';
import { Clock } from '../../config/src/clock.js';
import { APP_CONFIG } from '../../config/src/config.module.js';
import type { AppConfig } from '../../config/src/config.js';
import { UnauthenticatedException } from '../../database/src/domain.exception.js';

export const JWT_SECRET = Symbol('JWT_SECRET');

export interface TokenClaims {
  userId: string;
  tokenVersion: number;
}

const ISSUER = 'rex587-tracker';

/** Short-lived HS256 access tokens; only HS256 is accepted (no `alg: none`, no key confusion). */
@Injectable()
export class TokenService {
  private readonly key: Uint8Array;

  constructor(
    @Inject(JWT_SECRET) secret: string,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(claims: TokenClaims): Promise<{ token: string; expiresAt: Date }> {
    const now = Math.floor(this.clock.now().getTime() / 1000);
    const expires = now + this.config.auth.accessTokenMinutes * 60;
    const token = await new SignJWT({ tv: claims.tokenVersion })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setIssuedAt(now)
      .setExpirationTime(expires)
      .sign(this.key);
    return { token, expiresAt: new Date(expires * 1000) };
  }

  async verify(token: string): Promise<TokenClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        currentDate: this.clock.now(),
      });
      if (typeof payload.sub !== 'string' || typeof payload.tv !== 'number') throw new Error('claims missing');
      return { userId: payload.sub, tokenVersion: payload.tv };
    } catch (error) {
      const expired = error instanceof errors.JWTExpired;
      throw new UnauthenticatedException(
        expired ? 'The sign-in has expired: sign in again' : 'The access token is not valid',
      );
    }
  }
}
