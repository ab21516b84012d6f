import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '#config';
import { processMetrics } from '#metrics';
import type { SignedInUser } from './user.repository.js';

/** The channel the users table's triggers notify on (migration UserChangeNotifications). */
export const USER_CHANGED_CHANNEL = 'rex587_user_changed';

/** Beyond this many signed-in users, the least recently loaded are dropped first. */
const MAX_ENTRIES = 20_000;
const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 30_000;

interface Entry {
  user: SignedInUser | null;
  expiresAt: number;
}

/**
 * The users behind bearer tokens, kept in memory so that a request costs no database read for its caller.
 *
 * Revocation still takes effect at once: a trigger on `users` notifies every process on commit when a role,
 * organisation or token version changes or a user is deleted, and the entry is dropped then; writes made by this
 * process drop theirs before they answer. While the notification channel is down nothing is served from memory,
 * and a read that raced with a notification is not kept. `ttlSeconds` bounds an entry's age all the same.
 */
export class SignedInUserMemory {
  private readonly entries = new Map<string, Entry>();
  /** Bumped by every drop: a read that started before one may be stale and is not kept. */
  private generation = 0;
  private trusted = false;
  hits = 0;
  misses = 0;

  constructor(
    protected readonly ttlSeconds: number,
    private readonly now: () => number = Date.now,
    /** Told of each lookup served from memory (true) or read (false), for the metrics. */
    private readonly counted: (fromMemory: boolean) => void = () => undefined,
  ) {}

  /** Whether change notifications are arriving, so that remembered users can be trusted. */
  setTrusted(trusted: boolean): void {
    this.trusted = trusted;
    this.forgetAll();
  }

  async read(id: string, load: () => Promise<SignedInUser | null>): Promise<SignedInUser | null> {
    if (!this.trusted || this.ttlSeconds === 0) {
      this.counted(false);
      return load();
    }
    const entry = this.entries.get(id);
    if (entry && entry.expiresAt > this.now()) {
      this.hits += 1;
      this.counted(true);
      return entry.user;
    }
    this.misses += 1;
    this.counted(false);
    const generation = this.generation;
    const user = await load();
    if (generation === this.generation && this.trusted) this.remember(id, user);
    return user;
  }

  forget(id: string): void {
    this.generation += 1;
    this.entries.delete(id);
  }

  forgetAll(): void {
    this.generation += 1;
    this.entries.clear();
  }

  /** Whether remembered users are being served (change notifications are arriving). */
  get serving(): boolean {
    return this.trusted && this.ttlSeconds > 0;
  }

  get size(): number {
    return this.entries.size;
  }

  private remember(id: string, user: SignedInUser | null): void {
    this.entries.delete(id);
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(id, { user, expiresAt: this.now() + this.ttlSeconds * 1000 });
  }
}

/** The process's SignedInUserMemory, fed by a dedicated connection that LISTENs for user changes. */
@Injectable()
export class SignedInUsers extends SignedInUserMemory implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SignedInUsers');
  private client: pg.Client | null = null;
  private reconnectDelay = RECONNECT_MIN_MS;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {
    super(config.auth.userCacheSeconds, Date.now, (fromMemory) =>
      processMetrics().signedInUserLookups.inc({ source: fromMemory ? 'memory' : 'database' }),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.ttlSeconds === 0) return;
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = null;
    this.setTrusted(false);
    await client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const { url } = this.dataSource.options as { url?: string };
    const client = new pg.Client({ connectionString: url, application_name: 'rex587-tracker-listener' });
    const lost = (reason: string) => {
      if (this.client !== client) return;
      this.client = null;
      this.setTrusted(false);
      client.removeAllListeners();
      client.on('error', () => undefined);
      void client.end().catch(() => undefined);
      if (this.stopped) return;
      this.logger.warn(`User change notifications lost (${reason}); reading users on every request until back`);
      this.scheduleReconnect();
    };
    client.on('notification', (message) => {
      if (message.channel === USER_CHANGED_CHANNEL && message.payload) this.forget(message.payload);
    });
    client.on('error', (error) => lost(error.message));
    client.on('end', () => lost('connection closed'));
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${USER_CHANGED_CHANNEL}`);
    } catch (error) {
      lost(error instanceof Error ? error.message : String(error));
      return;
    }
    if (this.client !== client) return;
    this.reconnectDelay = RECONNECT_MIN_MS;
    this.setTrusted(true);
  }

  private scheduleReconnect(): void {
    const delay = this.reconnectDelay;
    this.reconnectDelay = Math.min(this.reconnectDelay * 2, RECONNECT_MAX_MS);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (!this.stopped) void this.listen();
    }, delay);
    this.reconnectTimer.unref();
  }
}
