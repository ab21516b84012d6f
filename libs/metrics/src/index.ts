// Public surface of the metrics lib ('#metrics'). Prometheus metrics of the processes and of the work waiting in
// the database.
export { BacklogMetrics } from './backlog.metrics.js';
export { MetricsModule } from './metrics.module.js';
export { processMetrics } from './process-metrics.js';
export { isScraper } from './scraper-token.js';
