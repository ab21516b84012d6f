import { Controller, Get, Inject, Res, type OnModuleDestroy } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig, Clock } from '#config';
import { Database } from '#database';
import { Public } from '../access/access-policy.decorator.js';

type Check = 'up' | 'down';

/** Resolves to the check's outcome within two seconds: a hanging dependency is a down one. */
function within(check: Promise<unknown>): Promise<Check> {
  return Promise.race([
    check.then(() => 'up' as const),
    new Promise<'down'>((resolve) => setTimeout(() => resolve('down'), 2000).unref()),
  ]).catch(() => 'down' as const);
}

/**
 * Liveness and readiness in one: 200 when PostgreSQL answers and, with
 * REDIS_URL, Redis too (without it the queues live in PostgreSQL); 503 otherwise.
 */
@ApiTags('health')
@Controller('health')
export class HealthController implements OnModuleDestroy {
  private readonly redis: Redis | null;

  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    this.redis = config.queue.redisUrl
      ? new Redis(config.queue.redisUrl, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0 })
      : null;
    this.redis?.on('error', () => undefined);
  }

  @Get()
  @Public()
  @ApiOperation({ summary: 'Health of the API and what it depends on' })
  @ApiOkResponse({ schema: { example: { status: 'ok', checks: { database: 'up', queue: 'up' } } } })
  @ApiServiceUnavailableResponse({
    schema: { example: { status: 'error', checks: { database: 'up', queue: 'down' } } },
  })
  async check(@Res({ passthrough: true }) reply: FastifyReply) {
    const [database, queue] = await Promise.all([within(this.db.query('SELECT 1')), this.queue()]);
    const ok = database === 'up' && queue === 'up';
    void reply.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'error', checks: { database, queue }, time: this.clock.now().toISOString() };
  }

  private async queue(): Promise<Check> {
    if (!this.redis) return within(this.db.query('SELECT 1'));
    if (this.redis.status === 'wait' || this.redis.status === 'end') await this.redis.connect().catch(() => undefined);
    return within(this.redis.ping());
  }

  onModuleDestroy(): void {
    this.redis?.disconnect();
  }
}
