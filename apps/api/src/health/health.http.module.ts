import { Module } from '@nestjs/common';
import { HealthController } from './health.controller.js';

/** Liveness and readiness for the load balancer. */
@Module({
  imports: [],
  controllers: [HealthController],
})
export class HealthHttpModule {}
