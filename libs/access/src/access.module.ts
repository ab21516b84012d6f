import { Module, type DynamicModule } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '#config';
import { AuthService } from './auth.service.js';
import { DemoAccounts } from './demo-accounts.js';
import { LoginThrottle } from './login-throttle.js';
import { RateLimits } from './rate-limits.js';
import { AccountSlots, COSTLY_SLOTS, SEARCH_SLOTS } from './account-slots.js';
import { SignedInUsers } from './signed-in-users.js';
import { JWT_SECRET, TokenService } from './token.service.js';
import { UserRepository } from './user.repository.js';
import { UserService } from './user.service.js';

@Module({})
export class AccessModule {
  static forRoot(jwtSecret: string): DynamicModule {
    return {
      module: AccessModule,
      providers: [
        { provide: JWT_SECRET, useValue: jwtSecret },
        TokenService,
        LoginThrottle,
        RateLimits,
        {
          provide: AccountSlots,
          useFactory: (config: AppConfig) =>
            new AccountSlots(config.http.requestsAtOncePerAccount, config.http.requestsQueuedPerAccount),
          inject: [APP_CONFIG],
        },
        {
          provide: COSTLY_SLOTS,
          useFactory: (config: AppConfig) =>
            new AccountSlots(config.http.costlyRequestsAtOncePerAccount, config.http.requestsQueuedPerAccount),
          inject: [APP_CONFIG],
        },
        {
          provide: SEARCH_SLOTS,
          // One key for every search of the process; the queue is as long as every account's together.
          useFactory: (config: AppConfig) => new AccountSlots(config.http.searchesAtOnce, 10_000),
          inject: [APP_CONFIG],
        },
        SignedInUsers,
        UserRepository,
        UserService,
        AuthService,
        DemoAccounts,
      ],
      exports: [UserService, AuthService, DemoAccounts, RateLimits, AccountSlots, COSTLY_SLOTS, SEARCH_SLOTS],
    };
  }
}
