import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule } from '../../../libs/config/src/config.module.js';
import type { AppConfig } from '../../../libs/config/src/config.js';
import { DatabaseModule } from '../../../libs/database/src/database.module.js';

/**
 * The worker is the API minus HTTP: the same contexts, with job processors
 * instead of controllers. The reminder processors arrive with the reminders
 * context; for now it connects and stays ready.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(databaseUrl, config.database.poolSize)],
    };
  }
}
