import { Module } from '@nestjs/common';
import { MetricsModule } from '#metrics';
import { MetricsController } from './metrics.controller.js';

/** Prometheus metrics, for a scraper with the metrics token. */
@Module({
  imports: [MetricsModule],
  controllers: [MetricsController],
})
export class MetricsHttpModule {}
