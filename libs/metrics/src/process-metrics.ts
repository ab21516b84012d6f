import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/**
 * The metrics of this process, in Prometheus' text format (prom-client). One registry per process: in demo mode
 * the API and the worker share a process, and so share the registry that GET /api/metrics shows.
 */
export interface ProcessMetrics {
  registry: Registry;
  httpRequestSeconds: Histogram<'method' | 'route' | 'status'>;
  jobSeconds: Histogram<'queue' | 'job' | 'outcome'>;
  remindersDispatched: Counter<'outcome'>;
  signedInUserLookups: Counter<'source'>;
}

let current: ProcessMetrics | null = null;

export function processMetrics(): ProcessMetrics {
  current ??= createProcessMetrics();
  return current;
}

function createProcessMetrics(): ProcessMetrics {
  const registry = new Registry();
  // CPU, memory, event-loop lag, garbage collection, open handles: what a slow or leaking process shows first.
  collectDefaultMetrics({ register: registry, prefix: 'rex587_' });
  const registers = [registry];
  return {
    registry,
    httpRequestSeconds: new Histogram({
      name: 'rex587_http_request_duration_seconds',
      help: 'HTTP requests by method, route pattern and status, and how long they took',
      labelNames: ['method', 'route', 'status'],
      // Around the aims: 50 ms for a read, 100 ms for a dashboard aggregate, 3 s for a report download.
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 3, 10],
      registers,
    }),
    jobSeconds: new Histogram({
      name: 'rex587_job_duration_seconds',
      help: 'Queued jobs run by this process, by queue, job and outcome (completed or failed)',
      labelNames: ['queue', 'job', 'outcome'],
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60],
      registers,
    }),
    remindersDispatched: new Counter({
      name: 'rex587_reminders_dispatched_total',
      help: 'Reminders and staff alerts handled by this process: sent, failed (to be retried or given up) or voided',
      labelNames: ['outcome'],
      registers,
    }),
    signedInUserLookups: new Counter({
      name: 'rex587_signed_in_user_lookups_total',
      help: 'Signed-in users looked up by the access guard, served from memory or read from the database',
      labelNames: ['source'],
      registers,
    }),
  };
}
