import { Module, type DynamicModule } from '@nestjs/common';
import { AuthService } from './auth.service.js';
import { DemoAccounts } from './demo-accounts.js';
import { LoginThrottle } from './login-throttle.js';
import { RateLimits } from './rate-limits.js';
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
        SignedInUsers,
        UserRepository,
        UserService,
        AuthService,
        DemoAccounts,
      ],
      exports: [UserService, AuthService, DemoAccounts, RateLimits],
    };
  }
}
