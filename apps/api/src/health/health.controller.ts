import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Database } from '../../../../libs/database/src/database.js';
import { Public } from '../access/access-policy.decorator.js';

/** Liveness and readiness in one: 200 when PostgreSQL answers, 503 otherwise. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@Inject(Database) private readonly db: Database) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Health of the API and what it depends on' })
  @ApiOkResponse({ schema: { example: { status: 'ok', checks: { database: 'up' } } } })
  @ApiServiceUnavailableResponse({ schema: { example: { status: 'error', checks: { database: 'down' } } } })
  async check(@Res({ passthrough: true }) reply: FastifyReply) {
    const database = await Promise.race([
      this.db.query('SELECT 1').then(() => 'up' as const),
      new Promise<'down'>((resolve) => setTimeout(() => resolve('down'), 2000).unref()),
    ]).catch(() => 'down' as const);
    const ok = database === 'up';
    void reply.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'error', checks: { database }, time: new Date().toISOString() };
  }
}
