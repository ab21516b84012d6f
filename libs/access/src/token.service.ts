import { webcrypto } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { errors, jwtVerify, SignJWT } from 'jose';
import { APP_CONFIG, type AppConfig, Clock } from '#config';
import { UnauthenticatedException } from '#kernel';

export const JWT_SECRET = Symbol('JWT_SECRET');

export interface TokenClaims {
  userId: string;
  tokenVersion: number;
}

const ISSUER = 'rex587-tracker';
/** Verified tokens remembered at most; beyond, the oldest are forgotten (and checked again if they come back). */
const MAX_VERIFIED = 10_000;

/** Short-lived HS256 access tokens; only HS256 is accepted (no `alg: none`, no key confusion). */
@Injectable()
export class TokenService {
  /** Imported once: given raw bytes, jose would import the key again on every signature check. */
  private readonly key: Promise<webcrypto.CryptoKey>;
  /**
   * Tokens whose signature was checked, by their exact text, with their claims and expiry: a browser sends the
   * same token with every request, and checking an HMAC through WebCrypto costs more than the rest of a read.
   */
  private readonly verified = new Map<string, TokenClaims & { expiresAt: number }>();

  constructor(
    @Inject(JWT_SECRET) secret: string,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    this.key = webcrypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign', 'verify'],
    );
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
      .sign(await this.key);
    return { token, expiresAt: new Date(expires * 1000) };
  }

  async verify(token: string): Promise<TokenClaims> {
    const known = this.verified.get(token);
    if (known && known.expiresAt > this.clock.now().getTime()) {
      return { userId: known.userId, tokenVersion: known.tokenVersion };
    }
    this.verified.delete(token);
    const claims = await this.check(token);
    if (this.verified.size >= MAX_VERIFIED) this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(token, claims);
    return { userId: claims.userId, tokenVersion: claims.tokenVersion };
  }

  private async check(token: string): Promise<TokenClaims & { expiresAt: number }> {
    try {
      const { payload } = await jwtVerify(token, await this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        currentDate: this.clock.now(),
      });
      if (typeof payload.sub !== 'string' || typeof payload.tv !== 'number' || typeof payload.exp !== 'number') {
        throw new Error('claims missing');
      }
      return { userId: payload.sub, tokenVersion: payload.tv, expiresAt: payload.exp * 1000 };
    } catch (error) {
      const expired = error instanceof errors.JWTExpired;
      throw new UnauthenticatedException({ key: expired ? 'signInExpired' : 'tokenNotValid' });
    }
  }
}
