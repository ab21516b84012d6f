import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { redactUrl } from './http/log-redaction.js';
import { AuditModule, clientRequestId } from '#audit';
import { AccessGuard } from './access/access.guard.js';
import { AuthController } from './access/auth.controller.js';
import { AccessModule } from '#access';
import { type AppConfig, Clock, ConfigModule, isFrameworkChatter, SystemClock } from '#config';
import { DatabaseModule } from '#database';
import { PlanModule } from '#plan';
import { ProgressModule } from '#progress';
import { UsersController } from './access/users.controller.js';
import { AuditEventsController } from './audit/audit-events.controller.js';
import { HealthController } from './health/health.controller.js';
import { NotificationsModule } from '#notifications';
import { RemindersModule } from '#reminders';
import { RemindersController } from './reminders/reminders.controller.js';
import { NotificationsController } from './notifications/notifications.controller.js';
import { ActionPlansController } from './plan/action-plans.controller.js';
import { MilestonesController } from './plan/milestones.controller.js';
import { ObjectivesController } from './plan/objectives.controller.js';
import { OrganisationsController } from './plan/organisations.controller.js';
import { PrioritiesController } from './plan/priorities.controller.js';
import { ProgressUpdatesController } from './progress/progress-updates.controller.js';
import { EvidenceController } from './progress/evidence.controller.js';
import { CompletenessController } from './progress/completeness.controller.js';
import { ReportingModule } from '#reporting';
import { ReportsController } from './reporting/reports.controller.js';
import { PublishingModule } from '#publishing';
import { CalendarController, CalendarFeedsController } from './publishing/calendar-feeds.controller.js';
import { PublicSummaryController } from './publishing/public-summary.controller.js';
import { MetricsModule } from '#metrics';
import { MetricsController } from './metrics/metrics.controller.js';
import { SCHEMA } from '#schema';

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

/** The HTTP application: the contexts plus their controllers. */
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
        PlanModule,
        AccessModule.forRoot(jwtSecret),
        ProgressModule,
        AuditModule,
        NotificationsModule,
        RemindersModule,
        ReportingModule,
        PublishingModule,
        MetricsModule,
      ],
      providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
      controllers: [
        HealthController,
        MetricsController,
        AuthController,
        ActionPlansController,
        PrioritiesController,
        ObjectivesController,
        MilestonesController,
        OrganisationsController,
        UsersController,
        ProgressUpdatesController,
        EvidenceController,
        CompletenessController,
        RemindersController,
        NotificationsController,
        AuditEventsController,
        ReportsController,
        CalendarFeedsController,
        CalendarController,
        PublicSummaryController,
      ],
    };
  }
}
