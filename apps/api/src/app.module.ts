import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { clientRequestId } from '#audit';
import { type AppConfig, Clock, ConfigModule, isFrameworkChatter, SystemClock } from '#config';
import { DatabaseModule } from '#database';
import { SCHEMA } from '#schema';
import { redactUrl } from './http/log-redaction.js';
import { AccessGuard } from './access/access.guard.js';
import { AccessHttpModule } from './access/access.http.module.js';
import { AuditHttpModule } from './audit/audit.http.module.js';
import { HealthHttpModule } from './health/health.http.module.js';
import { MetricsHttpModule } from './metrics/metrics.http.module.js';
import { NotificationsHttpModule } from './notifications/notifications.http.module.js';
import { PlanHttpModule } from './plan/plan.http.module.js';
import { ProgressHttpModule } from './progress/progress.http.module.js';
import { PublishingHttpModule } from './publishing/publishing.http.module.js';
import { RemindersHttpModule } from './reminders/reminders.http.module.js';
import { ReportingHttpModule } from './reporting/reporting.http.module.js';

/** Secrets never reach the logs. */
export const redactedPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.body.password',
  'req.body.currentPassword',
  'req.body.newPassword',
];

/** Human-readable log lines for a person's terminal (demo mode), through pino-pretty in a worker thread. */
const prettyLog = {
  transport: {
    target: 'pino-pretty',
    options: {
      colorize: true,
      translateTime: 'SYS:HH:MM:ss',
      ignore: 'pid,hostname,context,req,res,responseTime,reqId',
      messageFormat: '{if context}{context}: {end}{msg}{if req} {req.method} {req.url} {res.statusCode}{end}',
    },
  },
  hooks: {
    logMethod(this: unknown, args: unknown[], method: (...args: unknown[]) => void, level: number) {
      // Info lines (30) of the framework's start-up only; warnings and errors always pass.
      if (level <= 30 && isFrameworkChatter((args[0] as { context?: unknown } | null)?.context)) return;
      method.apply(this, args);
    },
  },
};

export interface AppModuleOptions {
  config: AppConfig;
  /** The database actually used: DATABASE_URL, or the embedded server's. */
  databaseUrl: string;
  clock?: Clock;
  jwtSecret: string;
  /** Where the logs go instead of standard output (tests read them). */
  logStream?: DestinationStream;
}

/** The HTTP application: the context modules with their controllers, behind the access guard. */
@Module({})
export class AppModule {
  static forRoot({
    config,
    databaseUrl,
    jwtSecret,
    clock = new SystemClock(),
    logStream,
  }: AppModuleOptions): DynamicModule {
    const pinoHttp = {
      level: config.logLevel,
      redact: redactedPaths,
      // One short line per request: id, method, URL, caller address, status, time. No headers, no bodies, and
      // no secret of a URL (a calendar feed's address, a token in the query).
      serializers: {
        req: (req: {
          id: unknown;
          method: string;
          url: string;
          remoteAddress?: string;
          headers?: Record<string, unknown>;
        }) => ({
          id: req.id,
          // The caller's own id, when well-formed, so that its traces join up with the server's id.
          clientRequestId: clientRequestId(req.headers?.['x-request-id']) ?? undefined,
          method: req.method,
          url: redactUrl(req.url),
          remoteAddress: req.remoteAddress,
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      customProps: () => ({ context: 'HTTP' }),
      autoLogging: { ignore: (req: { url?: string }) => req.url === '/api/health' },
      ...(config.logFormat === 'pretty' && !logStream ? prettyLog : {}),
    };
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config, clock),
        DatabaseModule.forRoot(SCHEMA, databaseUrl, {
          poolSize: config.database.poolSize,
          statementTimeoutMs: config.database.statementTimeoutMs,
        }),
        LoggerModule.forRoot({ pinoHttp: logStream ? [pinoHttp, logStream] : pinoHttp }),
        // One module per context, owning its controllers.
        HealthHttpModule,
        MetricsHttpModule,
        AccessHttpModule.forRoot(jwtSecret),
        PlanHttpModule,
        ProgressHttpModule,
        AuditHttpModule,
        NotificationsHttpModule,
        RemindersHttpModule,
        ReportingHttpModule,
        PublishingHttpModule,
      ],
      providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
    };
  }
}
