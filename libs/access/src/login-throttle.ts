import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/src/config.module.js';
import type { AppConfig } from '../../config/src/config.js';
import { TooManyAttemptsException } from '../../database/src/domain.exception.js';

/**
 * Limits sign-in attempts per client address (all attempts) and per account
 * (failed attempts), counted in PostgreSQL so that every API replica shares the
 * counts. The address is Fastify's request.ip: X-Forwarded-For counts only when
 * TRUST_PROXY names the proxy.
 */
@Injectable()
export class LoginThrottle {
  private readonly perAddress: RateLimiterPostgres;
  private readonly perAccount: RateLimiterPostgres;

  constructor(@Inject(DataSource) dataSource: DataSource, @Inject(APP_CONFIG) config: AppConfig) {
    const common = {
      storeClient: dataSource,
      storeType: 'typeorm',
      tableName: 'login_throttle',
      tableCreated: true,
      duration: config.auth.loginWindowMinutes * 60,
      clearExpiredByTimeout: false,
    };
    this.perAddress = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'address',
      points: config.auth.loginAttemptsPerAddress,
    });
    this.perAccount = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'account',
      points: config.auth.loginAttemptsPerAccount,
    });
  }

  /** Counts an attempt from `address`; refuses when the address or the account is over its limit. */
  async admit(address: string, email: string): Promise<void> {
    await this.perAddress.consume(address).catch((result: unknown) => refuse(result));
    const account = await this.perAccount.get(email);
    if (account && account.remainingPoints <= 0) refuse(account);
  }

  async failed(email: string): Promise<void> {
    await this.perAccount.consume(email).catch((result: unknown) => {
      if (!(result instanceof RateLimiterRes)) throw result;
    });
  }

  async succeeded(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }
}

function refuse(result: unknown): never {
  if (result instanceof RateLimiterRes) {
    throw new TooManyAttemptsException(Math.max(1, Math.ceil(result.msBeforeNext / 1000)));
  }
  throw result;
}
