import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '#config';
import { RATE_LIMITED_ACTIONS, type RateLimitedAction, RateLimitedException } from '#kernel';

const MAX_REMEMBERED_REFUSALS = 10_000;

/**
 * The per-account limits of costly requests (RATE_LIMIT_<ACTION>), counted where every replica sees the same
 * counts: in Redis when REDIS_URL is set, else in PostgreSQL (table rate_limits). Should Redis be unreachable,
 * each process counts in its own memory meanwhile rather than letting everything through or refusing it.
 */
@Injectable()
export class RateLimits implements OnModuleInit, OnModuleDestroy {
  private readonly limiters: Record<RateLimitedAction, RateLimiterAbstract>;
  private readonly redis: Redis | null;
  /** Refused keys and until when (performance.now()), oldest first; bounded, so that a flood of addresses cannot grow it. */
  private readonly refused = new Map<string, number>();

  constructor(@Inject(DataSource) dataSource: DataSource, @Inject(APP_CONFIG) config: AppConfig) {
    const url = config.queue.redisUrl;
    // No offline queue: while Redis is away, a count fails at once and the in-memory insurance answers.
    this.redis = url ? new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true }) : null;
    this.redis?.on('error', () => undefined);
    this.limiters = Object.fromEntries(
      RATE_LIMITED_ACTIONS.map((action) => {
        const { points, seconds } = config.rateLimits[action];
        // Once over the limit, an account is refused from memory until its window ends: a flood of refused
        // requests costs no round trip to the store.
        const inMemoryBlockOnConsumed = points + 1;
        const limiter: RateLimiterAbstract = this.redis
          ? new RateLimiterRedis({
              storeClient: this.redis,
              keyPrefix: `${config.queue.prefix}:rate-limit:${action}`,
              points,
              duration: seconds,
              inMemoryBlockOnConsumed,
              insuranceLimiter: new RateLimiterMemory({ points, duration: seconds }),
            })
          : new RateLimiterPostgres({
              storeClient: dataSource,
              storeType: 'typeorm',
              tableName: 'rate_limits',
              tableCreated: true,
              keyPrefix: action,
              points,
              duration: seconds,
              inMemoryBlockOnConsumed,
              clearExpiredByTimeout: false,
            });
        return [action, limiter];
      }),
    ) as Record<RateLimitedAction, RateLimiterAbstract>;
  }

  /** Counts one request of `key` (rate-limit.policy.ts) against `action`'s limit; 429 beyond it. */
  async consume(action: RateLimitedAction, key: string): Promise<void> {
    try {
      await this.limiters[action].consume(key);
    } catch (result) {
      if (result instanceof RateLimiterRes) {
        this.remember(`${action} ${key}`, result.msBeforeNext);
        throw new RateLimitedException(action, Math.max(1, Math.ceil(result.msBeforeNext / 1000)));
      }
      throw result;
    }
  }

  /**
   * Seconds until `key` may again send an `action`, as this process last heard from the store; 0 when it may.
   * Read as a request arrives (early-refusal.ts), so that a script ignoring Retry-After is answered before its
   * body is read. A key refused in another replica is refused here after its first request.
   */
  refusedFor(action: RateLimitedAction, key: string): number {
    const id = `${action} ${key}`;
    const until = this.refused.get(id);
    if (until === undefined) return 0;
    const ms = until - performance.now();
    if (ms > 0) return Math.ceil(ms / 1000);
    this.refused.delete(id);
    return 0;
  }

  private remember(id: string, ms: number): void {
    this.refused.delete(id);
    if (this.refused.size >= MAX_REMEMBERED_REFUSALS) this.refused.delete(this.refused.keys().next().value as string);
    this.refused.set(id, performance.now() + ms);
  }

  /** Connected before the first request, so that replicas share counts from the start; a Redis that is away is no reason not to start. */
  async onModuleInit(): Promise<void> {
    await this.redis?.connect().catch((error: unknown) => {
      new Logger('RateLimits').warn(`Redis unreachable, counting in memory until it is back: ${String(error)}`);
    });
  }

  async onModuleDestroy(): Promise<void> {
    this.redis?.disconnect();
  }
}
