import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG, type AppConfig } from '#config';
import { DomainException, UnauthenticatedException } from '#kernel';
import { BacklogMetrics, isScraper } from '#metrics';
import { Public } from '../access/access-policy.decorator.js';

/** Prometheus metrics, for the scraper that holds METRICS_TOKEN: no user account reads them. */
@ApiTags('health')
@Controller('metrics')
export class MetricsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(BacklogMetrics) private readonly metrics: BacklogMetrics,
  ) {}

  @Get()
  @Public()
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Prometheus metrics of this process and of the backlog (Authorization: Bearer METRICS_TOKEN)',
  })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'Prometheus text exposition format' })
  @ApiNotFoundResponse({ description: 'METRICS_TOKEN is not set: metrics are off' })
  async metricsText(@Headers('authorization') authorization: string | undefined, @Res() reply: FastifyReply) {
    const token = this.config.metrics.token;
    if (token === null) throw new DomainException('not_found', { key: 'metricsOff' });
    if (!isScraper(authorization, token)) {
      throw new UnauthenticatedException({ key: 'metricsNeedToken' });
    }
    const { contentType, body } = await this.metrics.render();
    void reply.header('Content-Type', contentType).header('Cache-Control', 'no-store').send(body);
  }
}
