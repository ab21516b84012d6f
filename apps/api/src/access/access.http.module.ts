import { Module, type DynamicModule } from '@nestjs/common';
import { AccessModule } from '#access';
import { ReportingModule } from '#reporting';
import { AuthController } from './auth.controller.js';
import { UsersController } from './users.controller.js';

/**
 * Sign-in and accounts. It exports the access context to the application too: the access guard, which every
 * route passes, runs at the application's level.
 */
@Module({})
export class AccessHttpModule {
  static forRoot(jwtSecret: string): DynamicModule {
    const access = AccessModule.forRoot(jwtSecret);
    return {
      module: AccessHttpModule,
      imports: [access, ReportingModule],
      controllers: [AuthController, UsersController],
      exports: [access],
    };
  }
}
