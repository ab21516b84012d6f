import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import { EVIDENCE_MAX_BYTES } from '#progress';
import { AuthService, RateLimits } from '#access';
import { processMetrics } from '#metrics';
import { AppModule, type AppModuleOptions } from '../app.module.js';
import { findAdminBuild, serveAdminApp } from './admin-static.js';
import { registerCacheControl } from './cache-control.js';
import { refuseAccountsOverLimits } from '../access/early-refusal.js';
import type { RequestWithActor } from '../access/access.guard.js';
import { ClientError } from './client-error.js';
import { DomainExceptionFilter } from './domain-exception.filter.js';
import { parseRequestJson } from './request-json.js';

/** Builds the configured HTTP application (used by main and by the tests). */
export async function createApp(options: AppModuleOptions): Promise<NestFastifyApplication> {
  const { config } = options;
  const adapter = new FastifyAdapter({
    bodyLimit: config.http.bodyLimitBytes,
    // The server's own id, always: a caller's X-Request-Id is its word, kept beside (audit trail, logs), never as it.
    genReqId: () => randomUUID(),
    routerOptions: { maxParamLength: 200 },
    // Behind a proxy, request.ip (login throttling, logs) comes from X-Forwarded-For only when configured.
    trustProxy: config.http.trustProxy as boolean | string | string[],
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(options), adapter, {
    bufferLogs: true,
    bodyParser: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  // The API speaks JSON only: any other body is 415. react-admin's simple-rest provider labels its
  // body-less DELETE requests text/plain, so an empty body of any type is accepted.
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser(
    '*',
    { parseAs: 'string', bodyLimit: config.http.bodyLimitBytes },
    (request, body, done) => {
      if (body === '') return done(null, undefined);
      const mediaType = String(request.headers['content-type']);
      done(new ClientError(415, { key: 'unsupportedMediaType', mediaType }), undefined);
    },
  );
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: config.http.bodyLimitBytes },
    (_request, body, done) => {
      try {
        done(null, parseRequestJson(body as string));
      } catch (error) {
        done(error as Error, undefined);
      }
    },
  );
  // Evidence uploads: one file per request, at most EVIDENCE_MAX_BYTES (413 beyond).
  await app.register(multipart, {
    limits: { fileSize: EVIDENCE_MAX_BYTES, files: 1, fields: 5, parts: 6, headerPairs: 100 },
  });
  // Served over plain HTTP (a LAN, a demo on 0.0.0.0), telling browsers to upgrade every request to https, or
  // to remember HSTS, would leave the app blank: both only when the public address is https.
  const https = config.mail.publicUrl.startsWith('https://');
  await app.register(helmet, {
    hsts: https,
    // Swagger UI and the admin app (MUI styles through emotion) need inline styles; nothing needs inline scripts.
    contentSecurityPolicy: {
      directives: {
        upgradeInsecureRequests: https ? [] : null,
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api');
  app.useGlobalFilters(new DomainExceptionFilter(app.get(AuthService)));
  // The admin app is served from this origin: cross-origin access exists only for origins configured, and
  // without any, no CORS handling runs at all (it cost 4% of a cheap read's CPU even when refusing).
  if (config.http.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.http.corsOrigins,
      exposedHeaders: ['Content-Range', 'X-Total-Estimated', 'ETag', 'X-Request-Id'],
      allowedHeaders: ['Content-Type', 'Authorization', 'If-Match', 'Range', 'X-Request-Id'],
      methods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
    });
  }
  registerCacheControl(fastify);
  refuseAccountsOverLimits(fastify, app.get(AuthService), app.get(RateLimits), config.http);
  // An account's slot (AccessGuard) is freed when its answer is sent, or when the caller went away first.
  fastify.addHook('onResponse', async (request) => (request as RequestWithActor).releaseSlot?.());
  fastify.addHook('onRequestAbort', async (request) => {
    (request as RequestWithActor).abandoned = true;
    (request as RequestWithActor).releaseSlot?.();
  });
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('X-Request-Id', request.id);
  });
  // By route pattern, never by raw URL (ids would make a series per record); unknown paths share one series.
  const requestSeconds = processMetrics().httpRequestSeconds;
  fastify.addHook('onResponse', async (request, reply) => {
    requestSeconds.observe(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  // Built on the first request for the docs, not at start: scanning every route costs ~250 ms of CPU that
  // a process serving the API never needs.
  const document = () =>
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('REX/587 Action Plan tracker API')
        .setDescription(
          'Plans, priorities, objectives, milestones, organisations, users, progress updates and the audit trail ' +
            'of the EESC opinion REX/587 Action Plan. Lists follow react-admin simple-rest conventions ' +
            '(sort, range, filter; Content-Range); writes use optimistic concurrency (ETag / If-Match).',
        )
        .setVersion('1')
        .addBearerAuth()
        .build(),
    );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  // The admin app (apps/admin, built by `npm run build`) at `/`; an API-only build simply has none.
  const adminBuild = findAdminBuild();
  if (adminBuild) await serveAdminApp(app, adminBuild);
  return app;
}
