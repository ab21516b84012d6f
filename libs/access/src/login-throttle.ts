import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '#config';
import { TooManyAttemptsException } from '#kernel';
import { failureDelaySeconds } from './login-throttle.policy.js';

/**
 * Slows password guessing without handing anyone a way to lock an account (OWASP Authentication Cheat Sheet):
 *
 * - per account and client address, the first LOGIN_ATTEMPTS_PER_ACCOUNT failures are free, and each further
 *   one makes that address wait longer before its next try (1 s, 2 s, 4 s … up to the window): the owner,
 *   signing in from elsewhere, is not held up;
 * - per account from every address together, ten times as many failures start delays for everyone, capped at
 *   a minute: many addresses guessing at one account slow it down but cannot lock its owner out;
 * - per address, all attempts (LOGIN_ATTEMPTS_PER_ADDRESS), whatever the account.
 *
 * Counted in PostgreSQL (table rate_limits) so that every replica shares the counts. The address is Fastify's
 * request.ip: X-Forwarded-For counts only when TRUST_PROXY names the proxy. A sign-in clears the account's
 * counts.
 */
@Injectable()
export class LoginThrottle {
  private readonly perAddress: RateLimiterPostgres;
  private readonly failures: RateLimiterPostgres;
  private readonly waits: RateLimiterPostgres;
  private readonly freeFailures: number;
  private readonly windowSeconds: number;

  constructor(@Inject(DataSource) dataSource: DataSource, @Inject(APP_CONFIG) config: AppConfig) {
    this.windowSeconds = config.auth.loginWindowMinutes * 60;
    this.freeFailures = config.auth.loginAttemptsPerAccount;
    const common = {
      storeClient: dataSource,
      storeType: 'typeorm',
      tableName: 'rate_limits',
      tableCreated: true,
      duration: this.windowSeconds,
      clearExpiredByTimeout: false,
    };
    this.perAddress = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'sign-in-address',
      points: config.auth.loginAttemptsPerAddress,
    });
    // Counts only: never refuses by itself (the waits do).
    this.failures = new RateLimiterPostgres({ ...common, keyPrefix: 'sign-in-failures', points: 1_000_000 });
    // A key is "blocked" for as long as its holder must wait.
    this.waits = new RateLimiterPostgres({ ...common, keyPrefix: 'sign-in-wait', points: 1 });
  }

  /** Counts an attempt from `address`; refuses while the address, or this account from it, must wait. */
  async admit(address: string, email: string): Promise<void> {
    await this.perAddress.consume(address).catch((result: unknown) => refuse(result));
    for (const key of [pairKey(email, address), accountKey(email)]) {
      const wait = await this.waits.get(key);
      if (wait && wait.consumedPoints > 1 && wait.msBeforeNext > 0) refuse(wait);
    }
  }

  /** A wrong password: the pair's and the account's failures grow, and with them the wait before the next try. */
  async failed(email: string, address: string): Promise<void> {
    const pair = await this.failures.penalty(pairKey(email, address));
    const account = await this.failures.penalty(accountKey(email));
    const pairWait = failureDelaySeconds(pair.consumedPoints, this.freeFailures, this.windowSeconds);
    const accountWait = failureDelaySeconds(account.consumedPoints, this.freeFailures * 10, 60);
    if (pairWait > 0) await this.waits.block(pairKey(email, address), pairWait);
    if (accountWait > 0) await this.waits.block(accountKey(email), accountWait);
  }

  async succeeded(email: string, address: string): Promise<void> {
    await Promise.all([
      this.failures.delete(pairKey(email, address)),
      this.failures.delete(accountKey(email)),
      this.waits.delete(pairKey(email, address)),
      this.waits.delete(accountKey(email)),
    ]);
  }
}

const pairKey = (email: string, address: string) => `${email}|${address}`;
const accountKey = (email: string) => email;

function refuse(result: unknown): never {
  if (result instanceof RateLimiterRes) {
    throw new TooManyAttemptsException(Math.max(1, Math.ceil(result.msBeforeNext / 1000)));
  }
  throw result;
}
